package eu.chorus.campaign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleBiFunction;

/**
 * Joins verified pairs into campaigns (connected components, by union-find) and describes each: its
 * medoid and its lowest and mean pairwise similarity. The pair list is small (pairs of
 * near-identical letters), so this runs in the driver.
 */
public final class CampaignGrouping {

  private CampaignGrouping() {}

  /**
   * @param pairs verified pairs, each at or above the similarity threshold
   * @param similarity the exact similarity of any two members (also pairs below the threshold,
   *     which a component joined through a third member can contain)
   * @return campaigns ordered by size (largest first), then template id, numbered in that order
   */
  public static List<Campaign> group(
      Collection<SimilarPair> pairs, ToDoubleBiFunction<String, String> similarity) {
    Map<String, String> parent = new HashMap<>();
    for (SimilarPair p : pairs) {
      union(parent, p.a(), p.b());
    }
    Map<String, TreeSet<String>> components = new TreeMap<>();
    for (String id : parent.keySet()) {
      components.computeIfAbsent(root(parent, id), k -> new TreeSet<>()).add(id);
    }
    List<Campaign> unnumbered = new ArrayList<>();
    for (TreeSet<String> members : components.values()) {
      unnumbered.add(describe(List.copyOf(members), similarity));
    }
    return numbered(unnumbered);
  }

  /**
   * The campaigns ordered by size (largest first), then template id, and numbered in that order.
   */
  static List<Campaign> numbered(Collection<Campaign> campaigns) {
    List<Campaign> sorted = new ArrayList<>(campaigns);
    sorted.sort(
        Comparator.comparingInt(Campaign::size)
            .reversed()
            .thenComparing(Campaign::templateSubmissionId));
    String format = "CAMP-%0" + Math.max(2, String.valueOf(sorted.size()).length()) + "d";
    List<Campaign> numbered = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      numbered.add(sorted.get(i).withId(String.format(Locale.ROOT, format, i + 1)));
    }
    return numbered;
  }

  /** Per member submission, its campaign id. */
  public static Map<String, String> campaignOf(List<Campaign> campaigns) {
    Map<String, String> of = new TreeMap<>();
    campaigns.forEach(c -> c.members().forEach(m -> of.put(m, c.campaignId())));
    return of;
  }

  /** Pairwise statistics of sorted members; the medoid's ties go to the smallest id. */
  static Campaign describe(List<String> members, ToDoubleBiFunction<String, String> similarity) {
    int n = members.size();
    double[] sums = new double[n];
    double min = Double.POSITIVE_INFINITY;
    double total = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = similarity.applyAsDouble(members.get(i), members.get(j));
        sums[i] += s;
        sums[j] += s;
        min = Math.min(min, s);
        total += s;
      }
    }
    int medoid = 0;
    for (int i = 1; i < n; i++) {
      if (sums[i] > sums[medoid]) {
        medoid = i;
      }
    }
    return new Campaign("", members, members.get(medoid), min, total / (n * (n - 1) / 2.0));
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = root(parent, a);
    String rb = root(parent, b);
    if (!ra.equals(rb)) {
      // The smaller id becomes the root: the same pairs give the same trees in any order.
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  private static String root(Map<String, String> parent, String id) {
    parent.putIfAbsent(id, id);
    String x = id;
    while (!x.equals(parent.get(x))) {
      parent.put(x, parent.get(parent.get(x))); // path halving keeps the trees shallow
      x = parent.get(x);
    }
    return x;
  }
}
