package eu.chorus.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.LocalSpark;
import eu.chorus.classify.StanceFinding;
import eu.chorus.classify.TaggedPassage;
import eu.chorus.passage.Passage;
import eu.chorus.profile.Stance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Positions found on generated passages whose arguments are known. */
class ClusterPositionsTest {

  private static final String TOPIC = "WG1.COPYRIGHT_POLICY";
  private static final List<String> OPT_OUT =
      List.of(
          "robots",
          "crawler",
          "reservation",
          "machine-readable",
          "protocol",
          "websites",
          "scraping",
          "metadata",
          "signal",
          "identifiers");
  private static final List<String> LICENSING =
      List.of(
          "licensing",
          "remuneration",
          "collective",
          "management",
          "fees",
          "royalties",
          "contracts",
          "payment",
          "authors",
          "compensation");
  private static final PositionSettings SETTINGS = new PositionSettings(6, 3, 0.1, 2, 42L, 0);

  /**
   * Claims here: sentences with "should" (the synthesis stage's reader is tested with its own
   * logic).
   */
  private static final ClaimReader SHOULD =
      (text, language, topic, stance, soleTopic) ->
          Sentences.of(text).stream()
              .map(s -> s.of(text))
              .filter(s -> s.contains(" should "))
              .map(s -> new ClaimReader.Claim(s, s.contains(" reduce ") ? "restrict" : ""))
              .toList();

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("positions-test", 2);

  private final List<TaggedPassage> passages = new ArrayList<>();
  private final List<StanceFinding> stances = new ArrayList<>();
  private final Random random = new Random(3);

  /**
   * A submission with one passage on the topic: a heading, a claim argued from a pool of words,
   * context.
   */
  private void submission(String id, Stance stance, List<String> pool) {
    passage(id, "Copyright and training data. " + claim(pool) + " This is our view.");
    stances.add(new StanceFinding(id, TOPIC, stance, 0.9, id + ":1:0001"));
  }

  private String claim(List<String> pool) {
    List<String> words = new ArrayList<>(pool);
    Collections.shuffle(words, random);
    return "Providers training models on copyright works should respect "
        + String.join(" and ", words.subList(0, 7))
        + ".";
  }

  private void passage(String id, String text) {
    passages.add(
        new TaggedPassage(
            new Passage(id + ":1:0001", id, id + "/letter.pdf", 2, "en", text),
            40,
            Map.of(TOPIC, 3),
            Map.of(),
            Map.of(),
            List.of()));
  }

  private ClusterPositions.Found find() {
    return find(SETTINGS);
  }

  private ClusterPositions.Found find(PositionSettings settings) {
    Dataset<TaggedPassage> ds =
        SPARK.session().createDataset(passages, Encoders.javaSerialization(TaggedPassage.class));
    return new ClusterPositions(settings, SHOULD).find(ds, stances);
  }

  @Test
  void twoDistinctArgumentsBecomeTwoPositionsTitledByAClaimOfTheirOwn() {
    for (int i = 0; i < 8; i++) {
      submission("A" + i, Stance.OPPOSE, OPT_OUT);
      submission("B" + i, Stance.OPPOSE, LICENSING);
    }
    ClusterPositions.Found found = find();
    assertEquals(2, found.positions().size());
    Map<String, Set<String>> members = new HashMap<>();
    for (PassagePosition p : found.passages()) {
      members
          .computeIfAbsent(p.positionId(), k -> new TreeSet<>())
          .add(p.submissionId().substring(0, 1));
    }
    assertEquals(
        Set.of(Set.of("A"), Set.of("B")),
        Set.copyOf(members.values()),
        "each position holds one argument");
    for (Position p : found.positions()) {
      String group = p.positionId().equals(firstOf(found, "A")) ? "A" : "B";
      assertTrue(passageText(p.representativePassageId()).contains(p.representativeText()));
      assertTrue(
          p.representativePassageId().startsWith(group), "titled by a claim of its own argument");
      assertTrue(
          p.representativeText().contains(" should "),
          "a claim, not the heading: " + p.representativeText());
      assertTrue(
          p.label().endsWith(" …") && p.label().split(" ").length <= Titles.MAX_WORDS + 1,
          p.label());
      assertTrue(p.silhouette() > 0.1);
      assertEquals(8, p.passages());
    }
  }

  @Test
  void aSubmissionHoldsOnePositionPerTopicAndStanceSoSizesNeverExceedTheSide() {
    for (int i = 0; i < 6; i++) {
      submission("A" + i, Stance.SUPPORT, OPT_OUT);
      submission("B" + i, Stance.SUPPORT, LICENSING);
    }
    for (int i = 0; i < 4; i++) { // both arguments in one submission, in two passages
      passage("C" + i, claim(OPT_OUT));
      passages.add(
          new TaggedPassage(
              new Passage(
                  "C" + i + ":2:0001", "C" + i, "C" + i + "/letter.pdf", 3, "en", claim(LICENSING)),
              40,
              Map.of(TOPIC, 3),
              Map.of(),
              Map.of(),
              List.of()));
      stances.add(new StanceFinding("C" + i, TOPIC, Stance.SUPPORT, 0.9, "C" + i + ":1:0001"));
    }
    ClusterPositions.Found found = find();
    assertEquals(2, found.positions().size());
    Map<String, Set<String>> positionsOf = new HashMap<>();
    for (PassagePosition p : found.passages()) {
      positionsOf.computeIfAbsent(p.submissionId(), k -> new TreeSet<>()).add(p.positionId());
    }
    assertEquals(16, positionsOf.size());
    positionsOf.forEach((id, held) -> assertEquals(1, held.size(), id + " holds " + held));
  }

  @Test
  void noCellHasMoreThanMaxPositions() {
    for (int pool = 0; pool < 9; pool++) {
      List<String> words = new ArrayList<>();
      for (int w = 0; w < 10; w++) {
        words.add("argument" + (char) ('a' + pool) + (char) ('a' + w));
      }
      for (int i = 0; i < 4; i++) {
        submission("P" + pool + "S" + i, Stance.OPPOSE, words);
      }
    }
    ClusterPositions.Found found = find();
    assertTrue(
        found.positions().size() <= SETTINGS.maxPositions(),
        found.positions().size() + " positions");
    assertTrue(found.positions().size() >= 2);
  }

  @Test
  void tooFewSubmissionsForTwoPositionsOfThreeMakeOne() {
    for (int i = 0; i < 2; i++) {
      submission("A" + i, Stance.SUPPORT, OPT_OUT);
      submission("B" + i, Stance.SUPPORT, LICENSING);
    }
    ClusterPositions.Found found = find();
    assertEquals(
        List.of(TOPIC + "/SUPPORT/1"),
        found.positions().stream().map(Position::positionId).toList());
    assertTrue(Double.isNaN(found.positions().get(0).silhouette()));
    assertEquals(4, found.positions().get(0).passages());
  }

  @Test
  void aPositionIsTitledByAClaimOfASubmissionReadWithConfidence() {
    for (int i = 0; i < 4; i++) {
      submission("A" + i, Stance.SUPPORT, OPT_OUT);
      double confidence = i == 2 ? 0.95 : 0.3;
      stances.set(i, new StanceFinding("A" + i, TOPIC, Stance.SUPPORT, confidence, "A" + i));
    }
    List<Position> positions = find(new PositionSettings(6, 3, 0.1, 2, 42L, 0.7)).positions();
    assertEquals(1, positions.size());
    assertEquals("A2:1:0001", positions.get(0).representativePassageId());
  }

  @Test
  void aClaimWrittenWordForWordBySeveralSubmissionsIsOneClaimHeldByAll() {
    for (int i = 0; i < 4; i++) {
      submission(
          "A" + i,
          Stance.OPPOSE,
          LICENSING); // other evidence, so that IDF weighs the repeated terms
    }
    for (int i = 0; i < 9; i++) {
      passage(
          "C" + i,
          (i % 2 == 0 ? "We" : "WE")
              + " should reduce the robots protocol to one machine-readable reservation.");
      stances.add(new StanceFinding("C" + i, TOPIC, Stance.MIXED, 0.5, "C" + i + ":1:0001"));
    }
    List<Position> mixed =
        find().positions().stream().filter(p -> p.stance() == Stance.MIXED).toList();
    assertEquals(1, mixed.size());
    assertEquals(1, mixed.get(0).claims());
    assertEquals(9, mixed.get(0).passages());
    assertEquals("restrict", mixed.get(0).asks());
    assertTrue(mixed.get(0).label().endsWith(" — asks to cut back"), mixed.get(0).label());
  }

  @Test
  void passagesWithoutAClaimPlaceTheirSubmissionInNoPosition() {
    for (int i = 0; i < 4; i++) {
      submission("A" + i, Stance.OPPOSE, OPT_OUT);
    }
    passage("Q", "Copyright and training data. What is a machine-readable reservation?");
    stances.add(new StanceFinding("Q", TOPIC, Stance.OPPOSE, 0.9, "Q:1:0001"));
    PassagePosition q =
        find().passages().stream()
            .filter(p -> p.submissionId().equals("Q"))
            .findFirst()
            .orElseThrow();
    assertEquals(PassagePosition.NONE, q.position());
  }

  @Test
  void aRunWithoutEvidenceHasNoPositions() {
    passage("Z", "Robots and crawler reservation metadata signal scraping.");
    ClusterPositions.Found found = find();
    assertTrue(found.positions().isEmpty());
    assertTrue(found.passages().isEmpty());
  }

  @Test
  void passagesOfSubmissionsWithoutAStanceOnTheTopicAreNotEvidence() {
    for (int i = 0; i < 4; i++) {
      submission("A" + i, Stance.OPPOSE, OPT_OUT);
    }
    passage("Z", "Robots and crawler reservation metadata signal scraping.");
    ClusterPositions.Found found = find();
    assertTrue(found.passages().stream().noneMatch(p -> p.submissionId().equals("Z")));
  }

  @Test
  void reRunningGivesTheSamePositions() {
    for (int i = 0; i < 8; i++) {
      submission("A" + i, Stance.OPPOSE, OPT_OUT);
      submission("B" + i, Stance.OPPOSE, LICENSING);
    }
    assertEquals(find(), find());
  }

  private String firstOf(ClusterPositions.Found found, String prefix) {
    return found.passages().stream()
        .filter(p -> p.submissionId().startsWith(prefix))
        .findFirst()
        .orElseThrow()
        .positionId();
  }

  private String passageText(String passageId) {
    return passages.stream()
        .filter(t -> t.passage().passageId().equals(passageId))
        .findFirst()
        .orElseThrow()
        .passage()
        .text();
  }
}
