package eu.chorus.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.LocalSpark;
import eu.chorus.profile.Stance;
import eu.chorus.classify.StanceFinding;
import eu.chorus.classify.TaggedPassage;
import eu.chorus.passage.Passage;
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
  private static final List<String> OPT_OUT = List.of("robots", "crawler", "reservation", "machine-readable",
      "protocol", "websites", "scraping", "metadata", "signal", "identifiers");
  private static final List<String> LICENSING = List.of("licensing", "remuneration", "collective", "management",
      "fees", "royalties", "contracts", "payment", "authors", "compensation");
  private static final PositionSettings SETTINGS = new PositionSettings(6, 3, 0.1, 4, 2, 42L);

  @RegisterExtension
  static final LocalSpark SPARK = new LocalSpark("positions-test", 2);

  private final List<TaggedPassage> passages = new ArrayList<>();
  private final List<StanceFinding> stances = new ArrayList<>();
  private final Random random = new Random(3);

  /** A submission with one passage on the topic, arguing from a pool of words. */
  private void submission(String id, Stance stance, List<String> pool) {
    List<String> words = new ArrayList<>(pool);
    Collections.shuffle(words, random);
    String text = "We oppose this measure of the draft. Providers training models on copyright works should "
        + String.join(" and ", words.subList(0, 7)) + ". This is our view.";
    passage(id, text);
    stances.add(new StanceFinding(id, TOPIC, stance, 0.9, id + ":1:0001"));
  }

  private void passage(String id, String text) {
    passages.add(new TaggedPassage(new Passage(id + ":1:0001", id, id + "/letter.pdf", 2, "en", text), 40,
        Map.of(TOPIC, 3), Map.of(), Map.of(), List.of()));
  }

  private ClusterPositions.Found find() {
    Dataset<TaggedPassage> ds = SPARK.session().createDataset(passages, Encoders.javaSerialization(TaggedPassage.class));
    return new ClusterPositions(SETTINGS).find(ds, stances);
  }

  @Test
  void twoDistinctArgumentsBecomeTwoPositionsLabelledWithTheirOwnTerms() {
    for (int i = 0; i < 8; i++) {
      submission("A" + i, Stance.OPPOSE, OPT_OUT);
      submission("B" + i, Stance.OPPOSE, LICENSING);
    }
    ClusterPositions.Found found = find();
    assertEquals(2, found.positions().size());
    Map<String, Set<String>> members = new HashMap<>();
    for (PassagePosition p : found.passages()) {
      members.computeIfAbsent(p.positionId(), k -> new TreeSet<>()).add(p.submissionId().substring(0, 1));
    }
    assertEquals(Set.of(Set.of("A"), Set.of("B")), Set.copyOf(members.values()), "each position holds one argument");
    for (Position p : found.positions()) {
      List<String> pool = p.positionId().equals(firstOf(found, "A")) ? OPT_OUT : LICENSING;
      assertEquals(4, p.terms().size());
      assertTrue(pool.containsAll(p.terms()), p.positionId() + " labelled " + p.terms());
      assertTrue(passageText(p.representativePassageId()).contains(p.representativeText()));
      assertTrue(p.silhouette() > 0.1);
    }
  }

  @Test
  void tooFewPassagesForTwoPositionsOfThreeMakeOne() {
    for (int i = 0; i < 2; i++) {
      submission("A" + i, Stance.SUPPORT, OPT_OUT);
      submission("B" + i, Stance.SUPPORT, LICENSING);
    }
    ClusterPositions.Found found = find();
    assertEquals(List.of(TOPIC + "/SUPPORT/1"), found.positions().stream().map(Position::positionId).toList());
    assertTrue(Double.isNaN(found.positions().get(0).silhouette()));
    assertEquals(4, found.positions().get(0).passages());
  }

  @Test
  void identicalPassagesAreOnePosition() {
    for (int i = 0; i < 4; i++) {
      submission("A" + i, Stance.OPPOSE, LICENSING); // other evidence, so that IDF weighs the repeated terms
    }
    for (int i = 0; i < 9; i++) {
      passage("C" + i, "We oppose the robots protocol as the only machine-readable reservation of rights.");
      stances.add(new StanceFinding("C" + i, TOPIC, Stance.MIXED, 0.5, "C" + i + ":1:0001"));
    }
    assertEquals(1, find().positions().stream().filter(p -> p.stance() == Stance.MIXED).count());
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
    return found.passages().stream().filter(p -> p.submissionId().startsWith(prefix)).findFirst().orElseThrow().positionId();
  }

  private String passageText(String passageId) {
    return passages.stream().filter(t -> t.passage().passageId().equals(passageId)).findFirst().orElseThrow().passage().text();
  }
}
