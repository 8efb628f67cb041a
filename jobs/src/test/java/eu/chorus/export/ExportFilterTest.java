package eu.chorus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.chorus.output.RunTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportFilterTest {

  private static final RunTable SUBMISSIONS =
      new RunTable(
          "submissions",
          List.of("submission_id", "stakeholder_group"),
          List.of(
              List.of("S1", "CIVIL_SOCIETY"),
              List.of("S2", "GPAI_PROVIDER"),
              List.of("S3", "CIVIL_SOCIETY")));
  private static final RunTable STANCES =
      new RunTable(
          "stances",
          List.of("submission_id", "topic", "stance"),
          List.of(
              List.of("S1", "WG1.COPYRIGHT_POLICY", "SUPPORT"),
              List.of("S2", "WG1.COPYRIGHT_POLICY", "OPPOSE"),
              List.of("S3", "WG4.WHISTLEBLOWING", "SUPPORT")));
  private static final RunTable SYNTHESIS =
      new RunTable(
          "synthesis",
          List.of("topic", "stakeholder_group", "support"),
          List.of(
              List.of("WG1.COPYRIGHT_POLICY", "CIVIL_SOCIETY", "1"),
              List.of("WG1.COPYRIGHT_POLICY", "GPAI_PROVIDER", "0"),
              List.of("WG4.WHISTLEBLOWING", "CIVIL_SOCIETY", "1")));
  private static final RunTable POSITIONS =
      new RunTable(
          "positions",
          List.of("topic", "position_id", "CIVIL_SOCIETY", "GPAI_PROVIDER"),
          List.of(
              List.of("WG1.COPYRIGHT_POLICY", "P1", "1", "0"),
              List.of("WG1.COPYRIGHT_POLICY", "P2", "0", "1")));
  private static final RunTable CAMPAIGNS =
      new RunTable(
          "campaigns",
          List.of("campaign_id", "members"),
          List.of(List.of("CAMP-01", "S1;S3"), List.of("CAMP-02", "S2")));
  private static final Map<String, RunTable> RUN =
      Map.of(
          "submissions",
          SUBMISSIONS,
          "stances",
          STANCES,
          "synthesis",
          SYNTHESIS,
          "positions",
          POSITIONS,
          "campaigns",
          CAMPAIGNS);

  private static List<String> first(RunTable t) {
    return t.rows().stream()
        .map(
            r -> r.get(0) + (t.has("stakeholder_group") ? "/" + t.get(r, "stakeholder_group") : ""))
        .toList();
  }

  @Test
  void aWorkingGroupPrefixKeepsItsTopicsAndTheSubmissionsSpeakingToThem() {
    Map<String, RunTable> kept = new ExportFilter(List.of("WG1"), List.of()).apply(RUN);
    assertEquals(List.of("S1/CIVIL_SOCIETY", "S2/GPAI_PROVIDER"), first(kept.get("submissions")));
    assertEquals(List.of("S1", "S2"), first(kept.get("stances")));
    assertEquals(2, kept.get("synthesis").rows().size());
    assertEquals(List.of("CAMP-01", "CAMP-02"), first(kept.get("campaigns")));
  }

  @Test
  void aGroupFilterReachesStancesThroughTheirSubmissionAndPositionsThroughTheirCounts() {
    Map<String, RunTable> kept = new ExportFilter(List.of(), List.of("CIVIL_SOCIETY")).apply(RUN);
    assertEquals(List.of("S1", "S3"), first(kept.get("stances")));
    assertEquals(List.of("WG1.COPYRIGHT_POLICY"), first(kept.get("positions")));
    assertEquals(List.of("P1"), kept.get("positions").values("position_id"));
    assertEquals(List.of("CAMP-01"), first(kept.get("campaigns")));
  }

  @Test
  void topicAndGroupTogetherKeepOnlyTheirCell() {
    Map<String, RunTable> kept =
        new ExportFilter(List.of("WG4.WHISTLEBLOWING"), List.of("CIVIL_SOCIETY")).apply(RUN);
    assertEquals(List.of("WG4.WHISTLEBLOWING/CIVIL_SOCIETY"), first(kept.get("synthesis")));
    assertEquals(List.of("S3/CIVIL_SOCIETY"), first(kept.get("submissions")));
  }

  @Test
  void aTopicCodeDoesNotMatchAnotherThatMerelyStartsLikeIt() {
    ExportFilter filter = new ExportFilter(List.of("WG1.OPEN"), List.of());
    assertEquals(false, filter.keepsTopic("WG1.OPEN_SOURCE"));
    assertEquals(
        true,
        new ExportFilter(List.of("WG1.OPEN_SOURCE"), List.of()).keepsTopic("WG1.OPEN_SOURCE"));
  }
}
