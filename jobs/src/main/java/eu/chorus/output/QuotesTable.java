package eu.chorus.output;

import eu.chorus.synthesis.Quote;
import java.util.List;

/** {@code quotes.csv}: up to three cited quotes per topic × stance × stakeholder group. */
public final class QuotesTable {

  /** Columns of quotes.csv, in order ({@code campaign_id} is an addition). */
  public enum Column {
    topic,
    stance,
    stakeholder_group,
    position_id,
    submission_id,
    organisation,
    file,
    page,
    passage_id,
    text,
    campaign_id
  }

  public static final CsvTable<Column, Quote> TABLE =
      CsvTable.of(
          "quotes.csv",
          Column.class,
          q ->
              List.of(
                  q.topic(),
                  q.stance(),
                  q.group(),
                  q.positionId(),
                  q.submissionId(),
                  q.organisation(),
                  q.file(),
                  q.page(),
                  q.passageId(),
                  q.text(),
                  q.campaignId()));

  private QuotesTable() {}
}
