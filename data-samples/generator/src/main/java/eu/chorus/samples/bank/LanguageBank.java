package eu.chorus.samples.bank;

import eu.chorus.samples.domain.Group;
import eu.chorus.samples.domain.Language;
import eu.chorus.samples.domain.Topic;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything the bank holds for one language. Topic files may be missing while the bank is being
 * written; {@link #topic} says so and callers decide whether that is fatal.
 */
public record LanguageBank(
    Language language,
    Map<Topic, TopicText> topics,
    Map<Group, List<Paragraph>> intros,
    List<Paragraph> closings,
    List<Paragraph> offTopic,
    Map<Topic, List<String>> questions,
    Map<Topic, List<String>> headings) {

  public LanguageBank {
    // Sorted copies, never Map.copyOf: its iteration order changes between JVM runs.
    topics = Collections.unmodifiableMap(new TreeMap<>(topics));
    intros = Collections.unmodifiableMap(new TreeMap<>(intros));
    closings = List.copyOf(closings);
    offTopic = List.copyOf(offTopic);
    questions = Collections.unmodifiableMap(new TreeMap<>(questions));
    headings = Collections.unmodifiableMap(new TreeMap<>(headings));
  }

  public Optional<TopicText> topic(Topic topic) {
    return Optional.ofNullable(topics.get(topic));
  }

  public List<Paragraph> intros(Group group) {
    return intros.getOrDefault(group, List.of());
  }

  public List<String> questions(Topic topic) {
    return questions.getOrDefault(topic, List.of());
  }

  public List<String> headings(Topic topic) {
    return headings.getOrDefault(topic, List.of());
  }

  /** Relative path of a topic's file, for messages: {@code bank/en/WG1.DOCUMENTATION.txt}. */
  public String topicFile(Topic topic) {
    return "bank/" + language.code() + "/" + topic.code() + ".txt";
  }
}
