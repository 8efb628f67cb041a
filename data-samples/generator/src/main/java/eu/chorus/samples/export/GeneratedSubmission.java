package eu.chorus.samples.export;

import eu.chorus.samples.compose.ComposedSubmission;
import java.util.List;

/**
 * A submission once written to disk.
 *
 * @param files paths relative to {@code files/}, in the order listed in {@code submissions.csv}
 * @param bytes total size of its files
 */
public record GeneratedSubmission(ComposedSubmission composed, List<String> files, long bytes) {

  public GeneratedSubmission {
    files = List.copyOf(files);
  }
}
