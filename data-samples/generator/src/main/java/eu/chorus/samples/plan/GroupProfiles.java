package eu.chorus.samples.plan;

import eu.chorus.samples.bank.BankFormatException;
import eu.chorus.samples.bank.SectionedText;
import eu.chorus.samples.domain.Group;
import eu.chorus.samples.domain.Stance;
import eu.chorus.samples.domain.Topic;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How each stakeholder group writes ({@code profiles/groups.txt}): which document kinds it sends,
 * which topics it picks and which stance it tends to take on each.
 */
final class GroupProfiles {

  /** Topic weight and stance weights for one group and topic. */
  record TopicBias(double weight, Map<Stance, Double> stances) {}

  /** One group's profile. */
  record Profile(Map<DocumentKind, Double> kinds, Map<Topic, TopicBias> topics) {}

  private static final String RESOURCE = "/profiles/groups.txt";
  private final Map<Group, Profile> profiles;

  private GroupProfiles(Map<Group, Profile> profiles) {
    this.profiles = profiles;
  }

  static GroupProfiles load() {
    SectionedText text = SectionedText.fromClasspath(RESOURCE);
    Map<Group, Profile> profiles = new EnumMap<>(Group.class);
    for (Group group : Group.values()) {
      if (!text.has(group.name())) {
        throw new BankFormatException(RESOURCE, 1, "no profile section [" + group + "]");
      }
      Map<DocumentKind, Double> kinds = new EnumMap<>(DocumentKind.class);
      Map<String, TopicBias> raw = new HashMap<>();
      for (String line : text.lines(group.name())) {
        int colon = line.indexOf(':');
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        if (key.equals("kinds")) {
          for (String pair : value.split("\\s+")) {
            String[] kv = pair.split("=");
            kinds.put(DocumentKind.valueOf(kv[0]), Double.parseDouble(kv[1]));
          }
        } else {
          String[] parts = value.split("\\|");
          String[] w = parts[1].strip().split("\\s+");
          Map<Stance, Double> stances = new EnumMap<>(Stance.class);
          for (Stance s : Stance.values()) {
            stances.put(s, Double.parseDouble(w[s.ordinal()]));
          }
          raw.put(key, new TopicBias(Double.parseDouble(parts[0].strip()), stances));
        }
      }
      TopicBias fallback = raw.get("default");
      Map<Topic, TopicBias> topics = new EnumMap<>(Topic.class);
      for (Topic t : Topic.values()) {
        topics.put(t, raw.getOrDefault(t.code(), fallback));
      }
      profiles.put(group, new Profile(kinds, topics));
    }
    return new GroupProfiles(profiles);
  }

  Profile of(Group group) {
    return profiles.get(group);
  }

  DocumentKind drawKind(Group group, SplittableRandom rng) {
    return Draw.weighted(profiles.get(group).kinds(), rng);
  }

  Stance drawStance(Group group, Topic topic, SplittableRandom rng) {
    return Draw.weighted(profiles.get(group).topics().get(topic).stances(), rng);
  }
}
