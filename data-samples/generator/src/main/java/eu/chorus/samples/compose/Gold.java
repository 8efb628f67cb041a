package eu.chorus.samples.compose;

import eu.chorus.samples.domain.Stance;
import eu.chorus.samples.domain.Topic;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** What a submission's composition argued and mentioned: the source of its gold labels. */
final class Gold {
  private final Map<Topic, Stance> addressed = new EnumMap<>(Topic.class);
  private final Set<Topic> mentioned = EnumSet.noneOf(Topic.class);

  void addressed(Topic topic, Stance stance) {
    Stance before = addressed.putIfAbsent(topic, stance);
    if (before != null && before != stance) {
      throw new IllegalStateException("topic " + topic + " argued twice with different stances");
    }
  }

  void mentioned(Topic topic) {
    mentioned.add(topic);
  }

  Map<Topic, Stance> addressed() {
    return addressed;
  }

  /** Mentions of topics the submission also argues are not "mentioned only". */
  Set<Topic> mentionedOnly() {
    Set<Topic> only = EnumSet.noneOf(Topic.class);
    only.addAll(mentioned);
    only.removeAll(addressed.keySet());
    return only;
  }
}
