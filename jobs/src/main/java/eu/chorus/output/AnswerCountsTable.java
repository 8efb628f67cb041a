package eu.chorus.output;

import eu.chorus.synthesis.AnswerCounts;
import java.util.List;

/**
 * {@code answer_counts.csv}: closed question × stakeholder group × answer, with the respondents.
 */
public final class AnswerCountsTable {

  /** Columns of answer_counts.csv, in order. */
  public enum Column {
    question_id,
    question,
    topic,
    stakeholder_group,
    answer,
    stance,
    respondents
  }

  public static final CsvTable<Column, AnswerCounts.Row> TABLE =
      CsvTable.of(
          "answer_counts.csv",
          Column.class,
          r ->
              List.of(
                  r.questionId(),
                  r.question(),
                  r.topic(),
                  r.stakeholderGroup(),
                  r.answer(),
                  r.stance(),
                  r.respondents()));

  private AnswerCountsTable() {}
}
