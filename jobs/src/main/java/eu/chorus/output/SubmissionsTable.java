package eu.chorus.output;

import eu.chorus.classify.SubmissionRow;
import java.util.List;

/** {@code submissions.csv}: one row per submission. Organisation only when consent is PUBLIC. */
public final class SubmissionsTable {

  /** Columns of submissions.csv, in order. */
  public enum Column {
    submission_id,
    organisation,
    declared_group,
    stakeholder_group,
    group_source,
    group_confidence,
    inferred_group,
    inferred_confidence,
    group_conflict,
    language,
    country,
    consent,
    words,
    passages,
    files,
    campaign_id,
    excluded
  }

  public static final CsvTable<Column, SubmissionRow> TABLE =
      CsvTable.of(
          "submissions.csv",
          Column.class,
          r ->
              List.of(
                  r.submission().id(),
                  r.submission().publishableOrganisation(),
                  r.submission().declaredType(),
                  r.group().group(),
                  r.group().source(),
                  r.group().confidence(),
                  r.group().inferred(),
                  r.group().inferredConfidence(),
                  r.group().conflict(),
                  r.evidence().language().isEmpty()
                      ? r.submission().language()
                      : r.evidence().language(),
                  r.submission().country(),
                  r.submission().consent(),
                  r.evidence().words(),
                  r.evidence().passages(),
                  String.join(";", r.submission().files()),
                  r.campaignId(),
                  r.excluded()));

  private SubmissionsTable() {}
}
