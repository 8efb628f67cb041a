package eu.chorus.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.chorus.passage.Passage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummariseSubmissionTest {

  private static TaggedPassage tagged(String id, String lang, String text, Map<String, Integer> hits) {
    return new TaggedPassage(new Passage(id, "S", "S/a.pdf", 1, lang, text), 3, hits, List.of());
  }

  @Test
  void addsUpHitsAndKeepsTheStrongestPassagePerTopic() {
    SubmissionEvidence e = SummariseSubmission.summarise("S", List.of(
        tagged("S:1:0002", "en", "two words", Map.of("X.KPIS", 3)),
        tagged("S:1:0001", "en", "three more words", Map.of("X.KPIS", 1, "X.PROCESS", 1)),
        tagged("S:1:0003", "fr", "un", Map.of())));
    assertEquals(6, e.words());
    assertEquals(3, e.passages());
    assertEquals("en", e.language());
    assertEquals(List.of(
        new TopicEvidence("X.KPIS", 4, 2, "S:1:0002"),
        new TopicEvidence("X.PROCESS", 1, 1, "S:1:0001")), e.topics());
  }

  @Test
  void baselineKeepsTopicsWithEnoughHitsAsUnassessedNeutral() {
    SubmissionEvidence e = new SubmissionEvidence("S", 10, 2, "en", List.of(
        new TopicEvidence("X.KPIS", 4, 2, "S:1:0002"), new TopicEvidence("X.PROCESS", 1, 1, "S:1:0001")));
    assertEquals(List.of(new StanceFinding("S", "X.KPIS", Stance.NEUTRAL, 0.0, "S:1:0002")),
        new BaselineStances(2).decide(e));
  }

  @Test
  void declaredTypeDecidesTheGroupElseOther() {
    DeclaredGroupClassifier c = new DeclaredGroupClassifier();
    assertEquals(new GroupAssignment(StakeholderGroup.ACADEMIA, GroupSource.DECLARED, 1.0), c.classify("academia"));
    assertEquals(new GroupAssignment(StakeholderGroup.OTHER, GroupSource.DEFAULT, 0.0), c.classify("University"));
    assertEquals(StakeholderGroup.OTHER, c.classify("").group());
  }
}
