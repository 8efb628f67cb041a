package eu.chorus.synthesis;

import eu.chorus.ingest.Answer;
import eu.chorus.profile.ClosedQuestion;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.profile.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The closed answers counted per question × stakeholder group × answer: what respondents ticked,
 * beside what their texts say. A question the profile maps to a topic carries the topic and the
 * stance of each answer; other questions are counted all the same.
 */
public final class AnswerCounts {

  /** One cell: how many respondents of a group ticked one answer of one question. */
  public record Row(
      String questionId,
      String question,
      String topic,
      String stakeholderGroup,
      String answer,
      String stance,
      int respondents) {}

  private AnswerCounts() {}

  /**
   * @param groupOf submission id → the stakeholder group code it is counted under (a submission
   *     missing here is counted under the profile's catch-all group)
   */
  public static List<Row> of(
      List<Answer> answers, Map<String, String> groupOf, ConsultationProfile profile) {
    Map<List<String>, Integer> counts =
        new TreeMap<>(
            Comparator.comparing((List<String> k) -> questionOrder(k.get(0)))
                .thenComparing(k -> k.get(0))
                .thenComparing(k -> profile.order(k.get(2)))
                .thenComparing(k -> k.get(3)));
    Map<String, String> questions = new TreeMap<>();
    for (Answer a : answers) {
      String group = groupOf.getOrDefault(a.submissionId(), profile.catchAll().code());
      counts.merge(List.of(a.questionId(), a.question(), group, a.answer()), 1, Integer::sum);
      questions.putIfAbsent(a.questionId(), a.question());
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach(
        (k, n) -> {
          Optional<ClosedQuestion> q = profile.closedQuestionFor(k.get(1));
          String topic = q.map(ClosedQuestion::topic).orElse("");
          String stance = q.flatMap(c -> c.stanceOf(k.get(3))).map(Stance::name).orElse("");
          rows.add(new Row(k.get(0), k.get(1), topic, k.get(2), k.get(3), stance, n));
        });
    return rows;
  }

  /** Q13 before Q101: question ids sort by their column number. */
  private static int questionOrder(String questionId) {
    String digits = questionId.replaceAll("\\D", "");
    return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }
}
