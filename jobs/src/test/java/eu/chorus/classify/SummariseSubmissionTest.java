package eu.chorus.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.chorus.passage.Passage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummariseSubmissionTest {

  private static TaggedPassage tagged(
      String id, String lang, String text, Map<String, Integer> hits, Map<String, Double> cues) {
    return new TaggedPassage(
        new Passage(id, "S", "S/a.pdf", 1, lang, text),
        3,
        hits,
        cues,
        Map.of("ACADEMIA", 1.0),
        List.of());
  }

  private static final String LONG = "word ".repeat(30);

  @Test
  void addsUpHitsAndKeepsTheStrongestPassagePerTopic() {
    SubmissionEvidence e =
        SummariseSubmission.summarise(
            "S",
            List.of(
                tagged("S:1:0002", "en", LONG, Map.of("X.KPIS", 3), Map.of("support", 1.0)),
                tagged("S:1:0001", "en", LONG, Map.of("X.KPIS", 1, "X.PROCESS", 1), Map.of()),
                tagged("S:1:0003", "fr", "un", Map.of(), Map.of())));
    assertEquals(61, e.words());
    assertEquals(3, e.passages());
    assertEquals("en", e.language());
    TopicEvidence kpis = e.topics().get(0);
    assertEquals("X.KPIS", kpis.topic());
    assertEquals(4, kpis.hits());
    assertEquals(2, kpis.passages());
    assertEquals("S:1:0002", kpis.strongestPassageId());
    assertEquals(3, kpis.maxHits());
    assertEquals(Map.of("support", 1.0), kpis.stanceCues());
  }

  @Test
  void anAnswerUnderAQuestionCountsTowardsTheQuestionsTopic() {
    SubmissionEvidence e =
        SummariseSubmission.summarise(
            "S",
            List.of(
                tagged(
                    "S:1:0001",
                    "en",
                    "Do you agree with the KPIs?",
                    Map.of("X.KPIS", 1),
                    Map.of("question", 1.0)),
                tagged("S:1:0002", "en", LONG, Map.of(), Map.of("oppose", 2.0)),
                tagged("S:1:0003", "en", LONG, Map.of("X.PROCESS", 2), Map.of()),
                tagged("S:1:0004", "en", LONG, Map.of(), Map.of("support", 1.0))));
    TopicEvidence kpis = e.topics().get(0);
    assertEquals(1, kpis.headingHits());
    assertEquals(Map.of("question", 1.0, "oppose", 2.0), kpis.stanceCues());
    // X.PROCESS came from a long passage: the passage after it is not its answer.
    assertEquals(Map.of(), e.topics().get(1).stanceCues());
  }

  @Test
  void groupCuesOfTheOpeningPassagesCountAsIntroduction() {
    SubmissionEvidence e =
        SummariseSubmission.summarise(
            "S", List.of(tagged("S:1:0001", "en", LONG, Map.of(), Map.of())));
    assertEquals(Map.of("intro:ACADEMIA", 1.0, "text:ACADEMIA", 1.0), e.groupCues());
  }

  private static TaggedPassage sentences(String id, String text, SentenceCues... sentences) {
    Map<String, Integer> hits = new java.util.TreeMap<>();
    Map<String, Double> cues = new java.util.TreeMap<>();
    for (SentenceCues s : sentences) {
      s.topicHits().forEach((k, v) -> hits.merge(k, v, Integer::sum));
      s.cues().forEach((k, v) -> cues.merge(k, v, Double::sum));
    }
    return new TaggedPassage(
        new Passage(id, "S", "S/a.pdf", 1, "en", text),
        3,
        hits,
        cues,
        Map.of(),
        List.of(),
        List.of(sentences),
        List.of());
  }

  private static Map<String, Double> evidence(SubmissionEvidence e, String topic) {
    return e.topics().stream()
        .filter(t -> t.topic().equals(topic))
        .findFirst()
        .orElseThrow()
        .stanceEvidence();
  }

  @Test
  void eachSentenceLendsItsStanceOnlyToTheTopicItNames() {
    SubmissionEvidence e =
        SummariseSubmission.summarise(
            "S",
            List.of(
                sentences(
                    "S:1:0001",
                    LONG + ".",
                    new SentenceCues(Map.of("X.KPIS", 1), Map.of("support", 1.0)),
                    new SentenceCues(Map.of("X.PROCESS", 1), Map.of("oppose", 1.0)))));
    assertEquals(1.0, evidence(e, "X.KPIS").get("pro"));
    assertEquals(null, evidence(e, "X.KPIS").get("con"));
    assertEquals(1.0, evidence(e, "X.PROCESS").get("con"));
    assertEquals(null, evidence(e, "X.PROCESS").get("pro"));
  }

  @Test
  void aSectionRunsFromItsHeadingToTheNextAndKeepsItsPositionLabel() {
    SubmissionEvidence e =
        SummariseSubmission.summarise(
            "S",
            List.of(
                sentences(
                    "S:1:0001",
                    "3.1 Key performance indicators",
                    new SentenceCues(Map.of("X.KPIS", 1), Map.of())),
                sentences(
                    "S:1:0002",
                    LONG + ".",
                    new SentenceCues(Map.of(), Map.of("oppose", 1.0)),
                    new SentenceCues(Map.of("X.PROCESS", 1), Map.of("mixed", 1.0))),
                // A cell of a table of positions: short, no topic, a stance: still the KPI section.
                sentences(
                    "S:1:0003",
                    "Support with changes",
                    new SentenceCues(Map.of(), Map.of("support", 1.0, "mixed", 1.0))),
                sentences("S:1:0004", "4. Conclusion", new SentenceCues(Map.of(), Map.of())),
                sentences(
                    "S:1:0005", LONG + ".", new SentenceCues(Map.of(), Map.of("support", 3.0)))));
    Map<String, Double> kpis = evidence(e, "X.KPIS");
    assertEquals(4.0, kpis.get("sentences"));
    assertEquals(1.0, kpis.get("con"));
    assertEquals(2.0, kpis.get("mixed"));
    assertEquals(1.0, kpis.get("pro"));
    assertEquals("S:1:0002", e.topics().get(0).stancePassageId());
    assertEquals(
        Map.of("sentences", 1.0, "mixed", 1.0, "cue:mixed", 1.0), evidence(e, "X.PROCESS"));
  }
}
