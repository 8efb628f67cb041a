package eu.chorus.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.classify.GroupAssignment;
import eu.chorus.classify.GroupSource;
import eu.chorus.classify.StanceFinding;
import eu.chorus.classify.SubmissionEvidence;
import eu.chorus.classify.SubmissionRow;
import eu.chorus.ingest.Consent;
import eu.chorus.ingest.Submission;
import eu.chorus.output.PositionsTable;
import eu.chorus.output.SynthesisTable;
import eu.chorus.passage.OpenStarts;
import eu.chorus.position.ClusterPositions;
import eu.chorus.position.PassagePosition;
import eu.chorus.position.Position;
import eu.chorus.profile.GpaiProfile;
import eu.chorus.profile.StakeholderGroup;
import eu.chorus.profile.Stance;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counting, majority readings and quotes on a hand-made set of submissions and a campaign. */
class SynthesisTest {

  private static final String TOPIC = "WG2.THRESHOLD";

  private final List<SubmissionRow> submissions = new ArrayList<>();
  private final List<StanceFinding> stances = new ArrayList<>();
  private final List<PassagePosition> passages = new ArrayList<>();
  private final Map<String, String> campaignOf = new HashMap<>();
  private final Map<String, Map<String, Stance>> ticked = new HashMap<>();

  private void submission(
      String id, StakeholderGroup group, Consent consent, Stance stance, int position) {
    submissions.add(
        new SubmissionRow(
            new Submission(id, "", group.code(), "Org " + id, "", "en", consent, List.of(), true),
            new GroupAssignment(group, GroupSource.DECLARED, 1, group, 1, false),
            SubmissionEvidence.none(id)));
    stances.add(new StanceFinding(id, TOPIC, stance, 0.9, id + ":1:0001"));
    passages.add(
        new PassagePosition(
            id + ":1:0001",
            id,
            id + "/a.pdf",
            3,
            TOPIC,
            stance,
            position,
            0.5 + (id.hashCode() % 7) / 100.0,
            excerpt(id, stance)));
  }

  /** A sentence that takes the stance on the topic, in the submission's own words. */
  private static String excerpt(String id, Stance stance) {
    return switch (stance) {
      case SUPPORT -> "We support the threshold in " + id + " as a simple and fair test.";
      case OPPOSE -> "We oppose the threshold in " + id + " as a poor proxy for risk.";
      case MIXED -> "We welcome the threshold in " + id + ", provided that it is reviewed.";
      case NEUTRAL -> "In practice the threshold in " + id + " is measured in operations.";
    };
  }

  private Synthesis synthesis() {
    return synthesis(0);
  }

  private Synthesis synthesis(double quoteMinConfidence) {
    List<Position> positions = new ArrayList<>();
    passages.stream()
        .map(PassagePosition::positionId)
        .distinct()
        .sorted()
        .forEach(
            id -> {
              String[] parts = id.split("/");
              positions.add(
                  new Position(
                      TOPIC,
                      Stance.valueOf(parts[1]),
                      Integer.parseInt(parts[2]),
                      "flop",
                      "",
                      "x",
                      "x",
                      Double.NaN,
                      1,
                      1));
            });
    return Synthesis.of(
        GpaiProfile.PROFILE,
        submissions,
        stances,
        new ClusterPositions.Found(positions, passages, 10),
        Map.of(),
        campaignOf,
        ticked,
        quoteMinConfidence,
        OpenStarts.NONE);
  }

  private SynthesisRow cell(Synthesis s, StakeholderGroup group) {
    return s.matrix().stream()
        .filter(r -> r.group().equals(group) && r.source().equals(SynthesisRow.TEXT))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void tickedAnswersAreCountedApartFromWhatTheTextsSay() {
    submission("A", GpaiProfile.CIVIL_SOCIETY, Consent.PUBLIC, Stance.OPPOSE, 1);
    submission("B", GpaiProfile.CIVIL_SOCIETY, Consent.PUBLIC, Stance.OPPOSE, 1);
    ticked.put("A", Map.of(TOPIC, Stance.SUPPORT));
    Synthesis s = synthesis();
    SynthesisRow text = cell(s, GpaiProfile.CIVIL_SOCIETY);
    assertEquals(2, text.count(Stance.OPPOSE));
    assertEquals(0, text.count(Stance.SUPPORT));
    List<SynthesisRow> answers =
        s.matrix().stream().filter(r -> r.source().equals(SynthesisRow.ANSWER)).toList();
    assertEquals(1, answers.size());
    assertEquals(GpaiProfile.CIVIL_SOCIETY, answers.get(0).group());
    assertEquals(1, answers.get(0).count(Stance.SUPPORT));
    assertEquals(1, answers.get(0).submissions());
  }

  @Test
  void aCampaignIsOneHolderWithItsSignatoriesCountedApart() throws IOException {
    for (int i = 0; i < 3; i++) {
      submission("C" + i, GpaiProfile.CIVIL_SOCIETY, Consent.PUBLIC, Stance.OPPOSE, 1);
    }
    submission("S", GpaiProfile.CIVIL_SOCIETY, Consent.PUBLIC, Stance.SUPPORT, 1);
    for (int i = 0; i < 4; i++) {
      // One signatory was classified as another group: the campaign still counts once, under its
      // group.
      submission(
          "K" + i,
          i == 3 ? GpaiProfile.OTHER : GpaiProfile.RIGHTSHOLDER,
          Consent.ANONYMOUS,
          Stance.OPPOSE,
          1);
      campaignOf.put("K" + i, "campaign-1");
    }
    Synthesis s = synthesis();

    SynthesisRow civil = cell(s, GpaiProfile.CIVIL_SOCIETY);
    assertEquals(4, civil.submissions());
    assertEquals("OPPOSE", civil.majority());
    assertEquals(0.75, civil.majorityShare(), 1e-9);
    assertEquals("majority OPPOSE (3 of 4); minority SUPPORT (1)", civil.reading());
    assertEquals(0, civil.campaigns());

    SynthesisRow rights = cell(s, GpaiProfile.RIGHTSHOLDER);
    assertEquals(0, rights.submissions());
    assertEquals(1, rights.campaigns());
    assertEquals(4, rights.campaignSignatories());
    assertEquals(1, rights.campaigns(Stance.OPPOSE));
    assertEquals(SynthesisRow.NONE, rights.majority());
    assertEquals("no individual submissions; 1 campaign OPPOSE (4 signatories)", rights.reading());
    assertEquals(2, s.matrix().size(), "no row for OTHER: its one submission signed the campaign");
    StringBuilder csv = new StringBuilder();
    SynthesisTable.TABLE.write(csv, List.of(rights));
    assertTrue(
        csv.toString()
            .endsWith(
                "\r\nWG2.THRESHOLD,WG2,RIGHTSHOLDER,0,0,0,0,0,1,4,NONE,,"
                    + "no individual submissions; 1 campaign OPPOSE (4 signatories),0,1,0,0,TEXT\r\n"),
        csv.toString());

    PositionRow opposed =
        s.positions().stream()
            .filter(p -> p.position().stance() == Stance.OPPOSE)
            .findFirst()
            .orElseThrow();
    assertEquals(3, opposed.submissions());
    assertEquals(1, opposed.campaigns());
    assertEquals(4, opposed.signatories());
    assertEquals(3, opposed.byGroup().get(GpaiProfile.CIVIL_SOCIETY));
    assertEquals(1, opposed.byGroup().get(GpaiProfile.RIGHTSHOLDER));
    assertEquals(0, opposed.byGroup().get(GpaiProfile.OTHER));
  }

  @Test
  void aTieBetweenStancesIsASplit() {
    submission("A", GpaiProfile.ACADEMIA, Consent.PUBLIC, Stance.SUPPORT, 1);
    submission("B", GpaiProfile.ACADEMIA, Consent.PUBLIC, Stance.SUPPORT, 1);
    submission("C", GpaiProfile.ACADEMIA, Consent.PUBLIC, Stance.OPPOSE, 1);
    submission("D", GpaiProfile.ACADEMIA, Consent.PUBLIC, Stance.OPPOSE, 1);
    submission("E", GpaiProfile.ACADEMIA, Consent.PUBLIC, Stance.NEUTRAL, 1);
    SynthesisRow row = cell(synthesis(), GpaiProfile.ACADEMIA);
    assertEquals(SynthesisRow.SPLIT, row.majority());
    assertEquals(0.4, row.majorityShare(), 1e-9);
    assertEquals("split SUPPORT / OPPOSE (2 each of 5); minority NEUTRAL (1)", row.reading());
  }

  @Test
  void quotesAreAtMostThreePerCellVerbatimAndNameOnlyPublicRespondents() {
    for (int i = 0; i < 5; i++) {
      submission(
          "P" + i,
          GpaiProfile.GPAI_PROVIDER,
          i % 2 == 0 ? Consent.PUBLIC : Consent.ANONYMOUS,
          Stance.OPPOSE,
          1 + i % 2);
    }
    for (int i = 0; i < 3; i++) {
      submission("K" + i, GpaiProfile.RIGHTSHOLDER, Consent.PUBLIC, Stance.SUPPORT, 1);
      campaignOf.put("K" + i, "campaign-9");
    }
    List<Quote> quotes = synthesis().quotes();
    List<Quote> providers =
        quotes.stream().filter(q -> q.group().equals(GpaiProfile.GPAI_PROVIDER)).toList();
    assertEquals(3, providers.size());
    assertEquals(3, providers.stream().map(Quote::submissionId).distinct().count());
    assertEquals(
        2, providers.stream().map(Quote::positionId).distinct().count(), "both positions quoted");
    assertEquals(TOPIC + "/OPPOSE/1", providers.get(0).positionId(), "the larger position first");
    for (Quote q : quotes) {
      boolean anonymous =
          Integer.parseInt(q.submissionId().substring(1)) % 2 == 1
              && q.submissionId().startsWith("P");
      assertEquals(anonymous ? "" : "Org " + q.submissionId(), q.organisation());
      PassagePosition source =
          passages.stream()
              .filter(p -> p.passageId().equals(q.passageId()))
              .findFirst()
              .orElseThrow();
      assertEquals(source.excerpt(), q.text());
    }
    List<Quote> campaign =
        quotes.stream().filter(q -> q.group().equals(GpaiProfile.RIGHTSHOLDER)).toList();
    assertTrue(campaign.size() >= 1 && campaign.size() <= 3);
    assertEquals("campaign-9", campaign.get(0).campaignId());
  }

  @Test
  void aStanceReadWithLessThanTheQuotesConfidenceIsCountedButNotQuoted() {
    submission("S", GpaiProfile.ACADEMIA, Consent.PUBLIC, Stance.OPPOSE, 1);
    submission("U", GpaiProfile.ACADEMIA, Consent.PUBLIC, Stance.OPPOSE, 1);
    stances.set(1, new StanceFinding("U", TOPIC, Stance.OPPOSE, 0.5, "U:1:0001"));
    Synthesis synthesis = synthesis(0.7);
    assertEquals(List.of("S"), synthesis.quotes().stream().map(Quote::submissionId).toList());
    assertEquals(
        2, synthesis.matrix().stream().mapToInt(r -> r.count(Stance.OPPOSE)).sum(), "both counted");
    assertEquals(2, synthesis(0).quotes().size());
  }

  @Test
  void aHeadingIsNeverQuotedEvenAsTheMostCentralPassage() {
    submission("H", GpaiProfile.ACADEMIA, Consent.PUBLIC, Stance.OPPOSE, 1);
    passages.set(
        0,
        new PassagePosition(
            "H:1:0001",
            "H",
            "H/a.pdf",
            1,
            TOPIC,
            Stance.OPPOSE,
            1,
            0.99,
            "Licensing and remuneration"));
    submission("A", GpaiProfile.ACADEMIA, Consent.PUBLIC, Stance.OPPOSE, 1);
    assertEquals(List.of("A"), synthesis().quotes().stream().map(Quote::submissionId).toList());
  }

  @Test
  void belowHalfIsAPluralityNotAMajority() {
    String[] ids = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};
    Stance[] held = {
      Stance.OPPOSE,
      Stance.OPPOSE,
      Stance.OPPOSE,
      Stance.OPPOSE,
      Stance.SUPPORT,
      Stance.SUPPORT,
      Stance.SUPPORT,
      Stance.MIXED,
      Stance.MIXED,
      Stance.NEUTRAL
    };
    for (int i = 0; i < ids.length; i++) {
      submission(ids[i], GpaiProfile.ACADEMIA, Consent.PUBLIC, held[i], 1);
    }
    SynthesisRow row = cell(synthesis(), GpaiProfile.ACADEMIA);
    assertEquals("OPPOSE", row.majority(), "the column names the most held stance");
    assertEquals(
        "plurality OPPOSE (4 of 10); minority SUPPORT (3), MIXED (2), NEUTRAL (1)", row.reading());

    submissions.clear();
    stances.clear();
    passages.clear();
    Stance[] half = {Stance.OPPOSE, Stance.OPPOSE, Stance.SUPPORT, Stance.MIXED};
    for (int i = 0; i < half.length; i++) {
      submission(ids[i], GpaiProfile.ACADEMIA, Consent.PUBLIC, half[i], 1);
    }
    assertEquals(
        "plurality OPPOSE (2 of 4); minority SUPPORT (1), MIXED (1)",
        cell(synthesis(), GpaiProfile.ACADEMIA).reading(),
        "exactly half is no majority");
  }

  @Test
  void positionsTableHasOneColumnPerStakeholderGroupInTheProfilesOrder() throws IOException {
    List<String> header = PositionsTable.table(GpaiProfile.PROFILE.groups()).header();
    List<String> codes = GpaiProfile.PROFILE.groupCodes();
    int first = header.indexOf(codes.get(0));
    assertEquals(header.indexOf("campaign_signatories") + 1, first);
    assertEquals(codes, header.subList(first, first + codes.size()));
    submission("A", GpaiProfile.ACADEMIA, Consent.PUBLIC, Stance.SUPPORT, 1);
    StringBuilder csv = new StringBuilder();
    SynthesisTable.TABLE.write(csv, synthesis().matrix());
    assertEquals(
        "topic,working_group,stakeholder_group,submissions,support,oppose,mixed,neutral,campaigns,"
            + "campaign_signatories,majority,majority_share,reading,campaign_support,campaign_oppose,campaign_mixed,"
            + "campaign_neutral,source\r\n"
            + "WG2.THRESHOLD,WG2,ACADEMIA,1,1,0,0,0,0,0,SUPPORT,1.000,all SUPPORT (1 of 1),0,0,0,0,TEXT\r\n",
        csv.toString());
  }
}
