package eu.chorus.output;

import eu.chorus.correct.Corrections.Applied;
import eu.chorus.correct.Corrections.Rejected;
import java.util.List;

/**
 * The audit trail of the analysts' corrections: {@code overrides_applied.csv} (what each changed,
 * from which value) and {@code overrides_rejected.csv} (lines that could not be applied, and why).
 */
public final class CorrectionsTables {

  public enum AppliedColumn {
    line,
    submission_id,
    field,
    value,
    previous_value,
    analyst,
    reason,
    date
  }

  public enum RejectedColumn {
    line,
    submission_id,
    field,
    value,
    problem
  }

  public static final CsvTable<AppliedColumn, Applied> APPLIED =
      CsvTable.of(
          "overrides_applied.csv",
          AppliedColumn.class,
          a ->
              List.of(
                  a.correction().line(),
                  a.correction().submissionId(),
                  a.correction().field(),
                  a.correction().value(),
                  a.previous(),
                  a.correction().analyst(),
                  a.correction().reason(),
                  a.correction().date()));

  public static final CsvTable<RejectedColumn, Rejected> REJECTED =
      CsvTable.of(
          "overrides_rejected.csv",
          RejectedColumn.class,
          r ->
              List.of(
                  r.correction().line(),
                  r.correction().submissionId(),
                  r.correction().field(),
                  r.correction().value(),
                  r.problem()));

  private CorrectionsTables() {}
}
