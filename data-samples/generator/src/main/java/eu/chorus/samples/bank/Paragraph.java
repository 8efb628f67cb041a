package eu.chorus.samples.bank;

import eu.chorus.samples.domain.Group;
import java.util.Set;

/**
 * One hand-written paragraph of the bank.
 *
 * @param text the text, placeholders ({@code {org}}, {@code {sector}}, {@code {country}}) intact
 * @param groups groups that may plausibly write it; empty means any group
 * @param source file and line it came from, so a reviewer can find it
 */
public record Paragraph(String text, Set<Group> groups, String source) {

  public Paragraph {
    groups = Set.copyOf(groups);
  }

  public boolean usableBy(Group group) {
    return groups.isEmpty() || groups.contains(group);
  }
}
