package eu.chorus.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.passage.Passage;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AnswerTopicsTest {

  private static TaggedPassage passage(String file, String id, String text, String... topics) {
    Map<String, Integer> hits = new java.util.TreeMap<>();
    for (String t : topics) {
      hits.put(t, 1);
    }
    return new TaggedPassage(
        new Passage(id, id.substring(0, id.indexOf(':')), file, 1, "en", text),
        text.split(" ").length,
        hits,
        Map.of(),
        Map.of(),
        List.of());
  }

  private static AnswerTopics of(TaggedPassage... passages) {
    return AnswerTopics.of(
        Stream.of(passages).flatMap(p -> AnswerTopics.Line.of(p).stream()).toList());
  }

  private static final TaggedPassage LABEL_QUESTION =
      passage(
          "questionnaire#F1",
          "F1:0:0003",
          "Do you have any further suggestion on a voluntary labelling system?:",
          "LABEL");
  private static final TaggedPassage ANSWER =
      passage("questionnaire#F1", "F1:0:0004", "I would not trust a voluntary system.");
  private static final TaggedPassage ANSWER_GOES_ON =
      passage(
          "questionnaire#F1", "F1:0:0005", "It would be gamed, as biometric checks are.", "BIO");
  private static final TaggedPassage PLAIN_QUESTION =
      passage("questionnaire#F1", "F1:0:0006", "Do you have any further suggestion?:");
  private static final TaggedPassage LATER_ANSWER =
      passage("questionnaire#F1", "F1:0:0007", "More funding for research.");

  @Test
  void anAnswerIsAboutWhatItsQuestionNames() {
    AnswerTopics answers = of(ANSWER, LABEL_QUESTION); // any order
    assertEquals(List.of("LABEL"), answers.topics(ANSWER));
  }

  @Test
  void everyPassageOfTheAnswerKeepsItsOwnTopicsToo() {
    AnswerTopics answers = of(LABEL_QUESTION, ANSWER, ANSWER_GOES_ON);
    assertEquals(List.of("BIO", "LABEL"), answers.topics(ANSWER_GOES_ON));
    assertEquals(2, answers.size());
  }

  @Test
  void theNextQuestionEndsTheAnswer() {
    AnswerTopics answers = of(LABEL_QUESTION, ANSWER, PLAIN_QUESTION, LATER_ANSWER);
    assertTrue(answers.topics(LATER_ANSWER).isEmpty());
    assertEquals(List.of("LABEL"), answers.topics(LABEL_QUESTION), "a question keeps its own");
  }

  @Test
  void aPapersHeadingLendsNoTopicToTheTextAfterIt() {
    TaggedPassage heading =
        passage("F1_paper.pdf", "F1:1:0001", "Recommendations on labelling:", "LABEL");
    TaggedPassage paragraph =
        passage("F1_paper.pdf", "F1:1:0002", "Funding for research should grow.");
    AnswerTopics answers = of(heading, paragraph);
    assertTrue(answers.topics(paragraph).isEmpty());
    assertEquals(0, answers.size());
  }

  @Test
  void questionsOfAnotherRespondentDoNotCarryOver() {
    TaggedPassage other = passage("questionnaire#F2", "F2:0:0001", "Funding for research.");
    AnswerTopics answers = of(LABEL_QUESTION, ANSWER, other);
    assertTrue(answers.topics(other).isEmpty());
  }
}
