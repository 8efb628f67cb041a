package eu.chorus.profile;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A closed question of a consultation's questionnaire that speaks to a codebook topic, and the
 * stance each of its answers stands for. An answer it does not list ("Other", "No opinion", blank)
 * gives no stance.
 *
 * <p>Questions are recognised by the start of their header: the platform's headers carry the full
 * question, often with trailing text and line breaks. Headers and answers are compared with runs of
 * white space as one space, typographic quotes as plain ones, and case ignored.
 */
public final class ClosedQuestion implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String startsWith;
  private final String topic;
  private final Map<String, Stance> answers;
  private final Map<String, Stance> byNormalisedAnswer = new LinkedHashMap<>();

  /**
   * @param answers answer text → SUPPORT, OPPOSE or MIXED, in the questionnaire's order
   */
  ClosedQuestion(String startsWith, String topic, Map<String, Stance> answers) {
    this.startsWith = startsWith;
    this.topic = topic;
    this.answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    answers.forEach((answer, stance) -> byNormalisedAnswer.put(normalise(answer), stance));
  }

  /** The start of the question's header, as the profile gives it. */
  public String startsWith() {
    return startsWith;
  }

  /** The codebook topic the question speaks to. */
  public String topic() {
    return topic;
  }

  /** Answer text → stance, in the profile's order. */
  public Map<String, Stance> answers() {
    return answers;
  }

  /** Whether a column header is this question's (it starts with {@link #startsWith()}). */
  public boolean matches(String header) {
    return header != null && normalise(header).startsWith(normalise(startsWith));
  }

  /** The stance a ticked answer stands for; empty for an answer the profile does not list. */
  public Optional<Stance> stanceOf(String answer) {
    return answer == null
        ? Optional.empty()
        : Optional.ofNullable(byNormalisedAnswer.get(normalise(answer)));
  }

  /** Text as questions and answers are compared: spaces collapsed, quotes plain, lower case. */
  static String normalise(String text) {
    return text.replace('\u201c', '"')
        .replace('\u201d', '"')
        .replace('\u2018', '\'')
        .replace('\u2019', '\'')
        .replaceAll("[\\s\\u00a0]+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return topic + " <- \"" + startsWith + "\"";
  }
}
