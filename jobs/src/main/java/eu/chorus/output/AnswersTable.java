package eu.chorus.output;

import eu.chorus.ingest.Answer;
import java.util.List;

/**
 * {@code answers.csv}: the closed answers of the questionnaire (single choice, Likert), one row per
 * respondent and question answered, as the export gives them. Empty for exports without a
 * questionnaire and for blind runs.
 */
public final class AnswersTable {

  /** Columns of answers.csv, in order. */
  public enum Column {
    submission_id,
    question_id,
    question,
    answer
  }

  public static final CsvTable<Column, Answer> TABLE =
      CsvTable.of(
          "answers.csv",
          Column.class,
          a -> List.of(a.submissionId(), a.questionId(), a.question(), a.answer()));

  private AnswersTable() {}
}
