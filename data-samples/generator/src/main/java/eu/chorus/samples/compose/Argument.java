package eu.chorus.samples.compose;

import eu.chorus.samples.domain.Stance;
import eu.chorus.samples.domain.Topic;
import java.util.List;

/** The paragraphs a document devotes to one topic, all of one stance (plus optional context). */
final class Argument {
  private final Topic topic;
  private final Stance stance;
  private final List<String> paragraphs;
  private int context;

  Argument(Topic topic, Stance stance, List<String> paragraphs) {
    this.topic = topic;
    this.stance = stance;
    this.paragraphs = paragraphs;
  }

  Topic topic() {
    return topic;
  }

  Stance stance() {
    return stance;
  }

  /** Mutable on purpose: {@link TextSource#extend} appends to it. */
  List<String> paragraphs() {
    return paragraphs;
  }

  /** Number of NEUTRAL context paragraphs added to a non-neutral argument. */
  int contextParagraphs() {
    return context;
  }

  void addedContext() {
    context++;
  }

  int words() {
    return paragraphs.stream().mapToInt(Document::count).sum();
  }
}
