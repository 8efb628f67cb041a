package eu.chorus.output;

import eu.chorus.classify.StanceFinding;
import java.util.List;

/** {@code stances.csv}: one row per (submission, topic) the submission addresses. */
public final class StancesTable {

  /** Columns of stances.csv, in order. */
  public enum Column {
    submission_id, topic, stance, confidence, passage_id, source
  }

  public static final CsvTable<Column, StanceFinding> TABLE = CsvTable.of(Column.class, s -> List.of(
      s.submissionId(), s.topic(), s.stance(), s.confidence(), s.passageId(), s.source()));

  private StancesTable() {}
}
