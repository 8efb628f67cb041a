package eu.chorus.synthesis;

import eu.chorus.profile.StakeholderGroup;
import eu.chorus.profile.Stance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One cell of the framework matrix: a topic × stakeholder group.
 *
 * @param stances individual submissions (campaign signatories excluded) per stance
 * @param campaignStances per stance, the campaigns holding it (a campaign's stance is the one most
 *     of its signatories hold) and their signatories
 */
public record SynthesisRow(
    String topic,
    StakeholderGroup group,
    Map<Stance, Integer> stances,
    Map<Stance, CampaignCount> campaignStances,
    String source) {

  /** {@link #source()} of counts read from the submissions' texts. */
  public static final String TEXT = "TEXT";

  /**
   * {@link #source()} of counts of the answers respondents ticked on the questionnaire's closed
   * questions.
   */
  public static final String ANSWER = "ANSWER";

  /** A cell of stances read from the texts. */
  public SynthesisRow(
      String topic,
      StakeholderGroup group,
      Map<Stance, Integer> stances,
      Map<Stance, CampaignCount> campaignStances) {
    this(topic, group, stances, campaignStances, TEXT);
  }

  /** Campaigns holding one stance, and how many signatories they have between them. */
  public record CampaignCount(int campaigns, int signatories) {}

  /** {@link #majority()} when no stance has more individual submissions than every other. */
  public static final String SPLIT = "SPLIT";

  /** {@link #majority()} when the cell has no individual submission. */
  public static final String NONE = "NONE";

  public SynthesisRow {
    stances = full(stances);
    campaignStances = Map.copyOf(campaignStances);
  }

  private static Map<Stance, Integer> full(Map<Stance, Integer> counts) {
    Map<Stance, Integer> m = new EnumMap<>(Stance.class);
    for (Stance s : Stance.values()) {
      m.put(s, counts.getOrDefault(s, 0));
    }
    return Map.copyOf(m);
  }

  /** The working group: the code's prefix (WG1…WG4, X or RISK in the GPAI codebook). */
  public String workingGroup() {
    int dot = topic.indexOf('.');
    return dot < 0 ? topic : topic.substring(0, dot);
  }

  public int submissions() {
    return stances.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int count(Stance s) {
    return stances.get(s);
  }

  public int campaigns() {
    return campaignStances.values().stream().mapToInt(CampaignCount::campaigns).sum();
  }

  public int campaignSignatories() {
    return campaignStances.values().stream().mapToInt(CampaignCount::signatories).sum();
  }

  public int campaigns(Stance s) {
    CampaignCount c = campaignStances.get(s);
    return c == null ? 0 : c.campaigns();
  }

  /**
   * The stance most individual submissions hold, whether or not more than half hold it (see {@link
   * #reading()}); {@link #SPLIT} on a tie, {@link #NONE} if none.
   */
  public String majority() {
    List<Stance> top = top();
    return top.isEmpty() ? NONE : top.size() > 1 ? SPLIT : top.get(0).name();
  }

  /** The share of individual submissions holding the most-held stance (0 when none). */
  public double majorityShare() {
    List<Stance> top = top();
    return top.isEmpty() ? 0 : (double) count(top.get(0)) / submissions();
  }

  /**
   * A sentence a chair can read: "majority OPPOSE (7 of 10); minority SUPPORT (2), MIXED (1)".
   * "Majority" only when more than half of the individual submissions hold the stance; the most
   * held stance of half or less is a "plurality" ("plurality OPPOSE (4 of 10)").
   */
  public String reading() {
    List<Stance> top = top();
    List<String> parts = new ArrayList<>();
    if (top.isEmpty()) {
      parts.add("no individual submissions");
    } else {
      int n = submissions();
      int most = count(top.get(0));
      if (top.size() > 1) {
        parts.add(
            String.format(
                Locale.ROOT,
                "split %s (%d each of %d)",
                String.join(" / ", top.stream().map(Stance::name).toList()),
                most,
                n));
      } else {
        parts.add(
            String.format(
                Locale.ROOT,
                "%s %s (%d of %d)",
                most == n ? "all" : most * 2 > n ? "majority" : "plurality",
                top.get(0),
                most,
                n));
      }
      List<String> minority =
          Arrays.stream(Stance.values())
              .filter(s -> !top.contains(s) && count(s) > 0)
              .sorted(Comparator.comparingInt((Stance s) -> -count(s)))
              .map(s -> String.format(Locale.ROOT, "%s (%d)", s, count(s)))
              .toList();
      if (!minority.isEmpty()) {
        parts.add("minority " + String.join(", ", minority));
      }
    }
    for (Stance s : Stance.values()) {
      CampaignCount c = campaignStances.get(s);
      if (c != null && c.campaigns() > 0) {
        parts.add(
            String.format(
                Locale.ROOT,
                "%d campaign%s %s (%d signatories)",
                c.campaigns(),
                c.campaigns() == 1 ? "" : "s",
                s,
                c.signatories()));
      }
    }
    return String.join("; ", parts);
  }

  private List<Stance> top() {
    int most = stances.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (most == 0) {
      return List.of();
    }
    return Arrays.stream(Stance.values()).filter(s -> count(s) == most).toList();
  }
}
