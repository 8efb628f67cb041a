package eu.chorus.ingest;

import java.util.List;

/**
 * A consultation export as found on disk: its submissions, every file joined to one of them, and
 * the problems met while reading the metadata.
 */
public record Export(List<Submission> submissions, List<InputFile> files, List<String> problems) {

  public Export {
    submissions = List.copyOf(submissions);
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }
}
