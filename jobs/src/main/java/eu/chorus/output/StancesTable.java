package eu.chorus.output;

import eu.chorus.classify.StanceFinding;
import eu.chorus.profile.Stance;
import java.util.List;
import java.util.Map;

/**
 * {@code stances.csv}: one row per (submission, topic) the submission addresses, with the stance
 * the respondent ticked on that topic where the questionnaire asks it, and whether the two
 * disagree.
 */
public final class StancesTable {

  /** Columns of stances.csv, in order. */
  public enum Column {
    submission_id,
    topic,
    stance,
    confidence,
    passage_id,
    source,
    ticked_stance,
    disagrees_with_answer
  }

  /**
   * A finding, with the stance the respondent ticked on the questionnaire for the same topic (null
   * when none).
   */
  public record Row(StanceFinding finding, Stance ticked) {

    /**
     * True when the text reads one stance and the respondent ticked another; null without a tick.
     */
    public Boolean disagrees() {
      return ticked == null ? null : ticked != finding.stance();
    }
  }

  public static final CsvTable<Column, Row> TABLE =
      CsvTable.of(
          "stances.csv",
          Column.class,
          r ->
              java.util.Arrays.asList(
                  r.finding().submissionId(),
                  r.finding().topic(),
                  r.finding().stance(),
                  r.finding().confidence(),
                  r.finding().passageId(),
                  r.finding().source(),
                  r.ticked() == null ? "" : r.ticked().name(),
                  r.disagrees()));

  /** The rows of findings, each beside what its respondent ticked on its topic. */
  public static List<Row> rows(
      List<StanceFinding> findings, Map<String, Map<String, Stance>> ticked) {
    return findings.stream()
        .map(f -> new Row(f, ticked.getOrDefault(f.submissionId(), Map.of()).get(f.topic())))
        .toList();
  }

  private StancesTable() {}
}
