package eu.chorus.classify;

import eu.chorus.extract.QuestionnaireTexts;
import eu.chorus.passage.Passage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The topics of a questionnaire's free-text answers: an answer is about what its question asks,
 * whether or not it names the topic itself ("In such a high risk area, with so much to gain by
 * abuse, I would not trust a voluntary system." under "Do you have any further suggestion on a
 * voluntary labelling system?"). In a respondent's questionnaire text ({@link QuestionnaireTexts})
 * every answer follows its question, a heading that ends with ':'; the answer's passages run to the
 * next question. Papers are not read this way: a heading of a paper that names a topic may open
 * text about something else ("Recommendations to the Chairs and Vice-Chairs:").
 */
public final class AnswerTopics implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final AnswerTopics NONE = new AnswerTopics(Map.of());

  /**
   * What of a questionnaire passage decides the topics of the answers after it: whether it is a
   * question, and the topics it names.
   */
  public record Line(String passageId, boolean question, List<String> topics)
      implements Serializable {

    public Line {
      topics = List.copyOf(topics);
    }

    /** Empty for a passage that is not of a questionnaire text. */
    public static Optional<Line> of(TaggedPassage t) {
      Passage p = t.passage();
      if (!QuestionnaireTexts.isQuestionnaire(p.file())) {
        return Optional.empty();
      }
      return Optional.of(
          new Line(p.passageId(), QuestionnaireTexts.isQuestion(p.text()), t.topics()));
    }

    String file() {
      return Passage.fileOf(passageId);
    }

    int sequence() {
      return Passage.sequenceOf(passageId);
    }
  }

  private final Map<String, Set<String>> byAnswer;

  private AnswerTopics(Map<String, Set<String>> byAnswer) {
    this.byAnswer = Map.copyOf(byAnswer);
  }

  /** The answers among {@code lines} (any files, any order) and the topics of their questions. */
  public static AnswerTopics of(Collection<Line> lines) {
    List<Line> ordered = new ArrayList<>(lines);
    ordered.sort(Comparator.comparing(Line::file).thenComparingInt(Line::sequence));
    Map<String, Set<String>> byAnswer = new TreeMap<>();
    String file = "";
    List<String> asked = List.of();
    for (Line line : ordered) {
      if (!line.file().equals(file)) {
        file = line.file();
        asked = List.of();
      }
      if (line.question()) {
        asked = line.topics();
      } else if (!asked.isEmpty()) {
        byAnswer.put(line.passageId(), Set.copyOf(asked));
      }
    }
    return new AnswerTopics(byAnswer);
  }

  /** The passage's own topics and those its question names, sorted. */
  public List<String> topics(TaggedPassage t) {
    Set<String> asked = byAnswer.get(t.passage().passageId());
    if (asked == null) {
      return t.topics();
    }
    Set<String> all = new TreeSet<>(t.topics());
    all.addAll(asked);
    return List.copyOf(all);
  }

  /** How many passages answer a question that names a topic. */
  public int size() {
    return byAnswer.size();
  }
}
