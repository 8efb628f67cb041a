package eu.chorus.samples.bank;

import eu.chorus.samples.domain.Group;
import eu.chorus.samples.domain.Stance;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The paragraphs of one topic file: per stance, plus the one-sentence MENTIONs. */
public record TopicText(Map<Stance, List<Paragraph>> byStance, List<Paragraph> mentions) {

  public TopicText {
    EnumMap<Stance, List<Paragraph>> copy = new EnumMap<>(Stance.class);
    for (Stance s : Stance.values()) {
      copy.put(s, List.copyOf(byStance.getOrDefault(s, List.of())));
    }
    byStance = copy;
    mentions = List.copyOf(mentions);
  }

  /** Paragraphs of {@code stance} that {@code group} may write, in file order. */
  public List<Paragraph> usable(Stance stance, Group group) {
    return byStance.get(stance).stream().filter(p -> p.usableBy(group)).toList();
  }
}
