package eu.chorus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.MissingNode;
import eu.chorus.profile.GpaiProfile;
import eu.chorus.report.ReportView.PositionView;
import eu.chorus.report.ReportView.QuoteView;
import eu.chorus.report.ReportView.TopicSection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report's counting and ordering rules, on tables built in memory. */
class ReportBuilderTest {

  @Test
  void heatIsNetSupportAsAShareOfTheCellInFiveSteps() {
    assertEquals("h-none", ReportBuilder.heat(0, 0, 0));
    assertEquals("h-s2", ReportBuilder.heat(5, 0, 5));
    assertEquals("h-s1", ReportBuilder.heat(3, 1, 5));
    assertEquals("h-0", ReportBuilder.heat(2, 2, 4));
    assertEquals("h-0", ReportBuilder.heat(0, 0, 3), "neutral and mixed only");
    assertEquals("h-o1", ReportBuilder.heat(1, 3, 5));
    assertEquals("h-o2", ReportBuilder.heat(0, 4, 4));
  }

  @Test
  void leadIsTheLargestStanceOrDividedOnATie() {
    assertEquals("SUPPORT", ReportBuilder.lead(ReportBuilder.cell(5, 2, 1, 0, 0, 0)));
    assertEquals("OPPOSE", ReportBuilder.lead(ReportBuilder.cell(1, 4, 0, 2, 0, 0)));
    assertEquals("DIVIDED", ReportBuilder.lead(ReportBuilder.cell(3, 3, 1, 0, 0, 0)));
    assertEquals("NONE", ReportBuilder.lead(ReportBuilder.cell(0, 0, 0, 0, 2, 40)));
  }

  @Test
  void theRunsStartIsShownToTheMinuteInUtc() {
    assertEquals("2026-12-02 03:17 UTC", ReportBuilder.minutes("2026-12-02T03:17:28.081145938Z"));
    assertEquals("", ReportBuilder.minutes(""));
  }

  @Test
  void aLeadIsAMajorityOnlyWhenMoreThanHalfHoldIt() {
    assertEquals(true, ReportBuilder.leadIsMajority(ReportBuilder.cell(5, 2, 1, 0, 0, 0)));
    assertEquals(false, ReportBuilder.leadIsMajority(ReportBuilder.cell(35, 47, 29, 3, 0, 0)));
    assertEquals(
        false, ReportBuilder.leadIsMajority(ReportBuilder.cell(2, 1, 1, 0, 0, 0)), "exactly half");
  }

  @Test
  void aBriefShowsThreeQuotesOnePerGroupAndPerSubmissionFirstAndFoldsTheRest() {
    List<RunTable.Row> quotes = new ArrayList<>();
    for (String[] q :
        new String[][] {
          {"S1", "CIVIL_SOCIETY", "SUPPORT"},
          {"S1", "CIVIL_SOCIETY", "OPPOSE"},
          {"S2", "CIVIL_SOCIETY", "SUPPORT"},
          {"S5", "ACADEMIA", "SUPPORT"}
        }) {
      quotes.add(
          row(
              Map.of(
                  "topic",
                  "WG4.WHISTLEBLOWING",
                  "stance",
                  q[2],
                  "stakeholder_group",
                  q[1],
                  "position_id",
                  "P1",
                  "submission_id",
                  q[0],
                  "passage_id",
                  q[0] + ":1:0001",
                  "text",
                  q[2] + " quote of " + q[0])));
    }
    Map<String, String> position =
        new HashMap<>(
            Map.of(
                "topic",
                "WG4.WHISTLEBLOWING",
                "position_id",
                "P1",
                "stance",
                "SUPPORT",
                "submissions",
                "5",
                "representative_passage_id",
                "S1:1:0001"));
    RunFolder run =
        new RunFolder(
            Path.of("run"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(List.of(row(position))),
            Optional.empty(),
            Optional.of(quotes),
            Optional.empty(),
            MissingNode.getInstance(),
            Map.of());

    TopicSection topic =
        new ReportBuilder(run, GpaiProfile.PROFILE, ReportSettings.load(), Optional.empty())
            .page().workingGroups().stream()
                .flatMap(wg -> wg.topics().stream())
                .filter(t -> t.code().equals("WG4.WHISTLEBLOWING"))
                .findFirst()
                .orElseThrow();
    // support (the stance of the larger side) first; S1's oppose quote waits: S1 is already quoted
    assertEquals(
        List.of("S1", "S5", "S2"),
        topic.quotes().stream().map(q -> q.cite().submissionId()).toList());
    assertEquals(
        List.of("OPPOSE quote of S1"), topic.moreQuotes().stream().map(QuoteView::text).toList());
    assertEquals(
        List.of(),
        topic.quotes().stream()
            .map(QuoteView::cite)
            .filter(c -> !c.organisation().isEmpty())
            .toList(),
        "no organisation without submissions.csv to show consent");
    assertEquals(
        true, topic.quotes().get(0).cite().anonymous(), "without consent on record, anonymous");
  }

  @Test
  void aBriefShowsTheSixLargestPositionsOfAStanceAndFoldsTheRest() {
    List<RunTable.Row> positions = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      positions.add(
          row(
              Map.of(
                  "topic",
                  "WG4.WHISTLEBLOWING",
                  "position_id",
                  "P" + i,
                  "stance",
                  "OPPOSE",
                  "submissions",
                  Integer.toString(20 - i),
                  "representative_passage_id",
                  "")));
    }
    RunFolder run =
        new RunFolder(
            Path.of("run"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(positions),
            Optional.empty(),
            Optional.of(List.of()),
            Optional.empty(),
            MissingNode.getInstance(),
            Map.of());
    TopicSection topic =
        new ReportBuilder(run, GpaiProfile.PROFILE, ReportSettings.load(), Optional.empty())
            .page().workingGroups().stream()
                .flatMap(wg -> wg.topics().stream())
                .filter(t -> t.code().equals("WG4.WHISTLEBLOWING"))
                .findFirst()
                .orElseThrow();
    ReportView.StancePositions oppose = topic.stances().get(0);
    assertEquals(
        List.of("P1", "P2", "P3", "P4", "P5", "P6"),
        oppose.shown().stream().map(PositionView::id).toList());
    assertEquals(List.of("P7", "P8"), oppose.folded().stream().map(PositionView::id).toList());
  }

  @Test
  void positionSizesThatAddUpToMoreThanTheSideAreNamed() {
    List<PositionView> positions =
        List.of(
            position("P1", "OPPOSE", 6),
            position("P2", "OPPOSE", 5),
            position("P3", "SUPPORT", 2),
            position("P4", "SUPPORT", 1));
    // 9 submissions oppose: the oppose positions' 11 are more; 3 support: 3 is not more.
    assertEquals(
        List.of(new ReportView.Overlap("OPPOSE", 2, 11, 9)),
        ReportBuilder.overlaps(positions, ReportBuilder.cell(3, 9, 0, 0, 0, 0)));
  }

  private static PositionView position(String id, String stance, long submissions) {
    return new PositionView(id, stance, "", submissions, 0, 0, List.of(), "", null);
  }

  private static RunTable.Row row(Map<String, String> cells) {
    return new RunTable.Row(cells);
  }
}
