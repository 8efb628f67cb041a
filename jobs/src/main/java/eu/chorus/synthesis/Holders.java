package eu.chorus.synthesis;

import eu.chorus.profile.StakeholderGroup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The holders of one view (a position, or a stance in a cell): individual submissions, and
 * campaigns each counted once with their signatories.
 */
final class Holders {

  private final Respondents respondents;
  private final Set<String> individual = new TreeSet<>();
  private final Map<String, Set<String>> signatories = new TreeMap<>();

  Holders(Respondents respondents) {
    this.respondents = respondents;
  }

  void add(String submissionId) {
    String campaign = respondents.campaign(submissionId);
    if (campaign == null) {
      individual.add(submissionId);
    } else {
      signatories.computeIfAbsent(campaign, c -> new TreeSet<>()).add(submissionId);
    }
  }

  int submissions() {
    return individual.size();
  }

  int campaigns() {
    return signatories.size();
  }

  int signatories() {
    return signatories.values().stream().mapToInt(Set::size).sum();
  }

  /** Holders by group: each individual submission, and each campaign once under its group. */
  Map<StakeholderGroup, Integer> byGroup() {
    Map<StakeholderGroup, Integer> counts = new LinkedHashMap<>();
    for (StakeholderGroup g : respondents.groups()) {
      counts.put(g, 0);
    }
    individual.forEach(s -> counts.merge(respondents.holderGroup(s), 1, Integer::sum));
    signatories
        .values()
        .forEach(
            members ->
                counts.merge(respondents.holderGroup(members.iterator().next()), 1, Integer::sum));
    return counts;
  }
}
