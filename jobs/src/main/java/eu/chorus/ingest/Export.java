package eu.chorus.ingest;

import java.util.List;

/**
 * A consultation export as found on disk: its submissions, every file joined to one of them, the
 * questionnaire's answers where the export has them, and the problems met while reading the
 * metadata.
 *
 * @param answers closed answers (single choice, Likert), one per submission and question
 * @param freeText free-text answers, in question order per submission
 */
public record Export(
    List<Submission> submissions,
    List<InputFile> files,
    List<String> problems,
    List<Answer> answers,
    List<FreeTextAnswer> freeText) {

  public Export {
    submissions = List.copyOf(submissions);
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    answers = List.copyOf(answers);
    freeText = List.copyOf(freeText);
  }

  /** An export without a questionnaire (submissions.csv or the folder layout alone). */
  public Export(List<Submission> submissions, List<InputFile> files, List<String> problems) {
    this(submissions, files, problems, List.of(), List.of());
  }

  /**
   * The export as a blind run sees it: no declared respondent type and no closed answer, so that
   * what is read from the texts can be measured against them.
   */
  public Export blind() {
    return new Export(
        submissions.stream().map(Submission::withoutDeclaredType).toList(),
        files,
        problems,
        List.of(),
        freeText);
  }
}
