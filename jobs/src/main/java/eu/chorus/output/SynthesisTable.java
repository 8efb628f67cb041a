package eu.chorus.output;

import eu.chorus.profile.Stance;
import eu.chorus.synthesis.SynthesisRow;
import java.util.Arrays;

/**
 * {@code synthesis.csv}: the framework matrix in long form, one row per topic × stakeholder group
 * with at least one individual submission or campaign. Stance counts are of individual submissions;
 * campaigns are counted apart (the {@code campaign_<stance>} columns, additions, give how many
 * campaigns hold each stance). {@code majority_share} is empty when the majority is NONE. {@code
 * source} keeps what the texts say ({@code TEXT}) apart from what respondents ticked on the
 * questionnaire's closed questions ({@code ANSWER}): a cell appears once for each.
 */
public final class SynthesisTable {

  /** Columns of synthesis.csv, in order. */
  public enum Column {
    topic,
    working_group,
    stakeholder_group,
    submissions,
    support,
    oppose,
    mixed,
    neutral,
    campaigns,
    campaign_signatories,
    majority,
    majority_share,
    reading,
    campaign_support,
    campaign_oppose,
    campaign_mixed,
    campaign_neutral,
    source
  }

  public static final CsvTable<Column, SynthesisRow> TABLE =
      CsvTable.of(
          "synthesis.csv",
          Column.class,
          r ->
              Arrays.asList(
                  r.topic(),
                  r.workingGroup(),
                  r.group(),
                  r.submissions(),
                  r.count(Stance.SUPPORT),
                  r.count(Stance.OPPOSE),
                  r.count(Stance.MIXED),
                  r.count(Stance.NEUTRAL),
                  r.campaigns(),
                  r.campaignSignatories(),
                  r.majority(),
                  r.submissions() == 0 ? null : r.majorityShare(),
                  r.reading(),
                  r.campaigns(Stance.SUPPORT),
                  r.campaigns(Stance.OPPOSE),
                  r.campaigns(Stance.MIXED),
                  r.campaigns(Stance.NEUTRAL),
                  r.source()));

  private SynthesisTable() {}
}
