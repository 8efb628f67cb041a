package eu.chorus.samples.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random choices over a seeded stream. Every choice iterates in a fixed order (lists, enum maps,
 * sorted maps), so that the same seed always yields the same corpus.
 */
public final class Draw {

  private Draw() {}

  /** Picks a key with probability proportional to its weight; the map's order must be fixed. */
  public static <T> T weighted(Map<T, Double> weights, SplittableRandom rng) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total <= 0) {
      throw new IllegalArgumentException("no positive weight among " + weights.keySet());
    }
    double r = rng.nextDouble() * total;
    T last = null;
    for (Map.Entry<T, Double> e : weights.entrySet()) {
      if (e.getValue() <= 0) {
        continue;
      }
      last = e.getKey();
      r -= e.getValue();
      if (r < 0) {
        return e.getKey();
      }
    }
    return last;
  }

  public static <T> T one(List<T> items, SplittableRandom rng) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("cannot pick from an empty list");
    }
    return items.get(rng.nextInt(items.size()));
  }

  public static boolean chance(double p, SplittableRandom rng) {
    return rng.nextDouble() < p;
  }

  /** Inclusive range. */
  public static int between(int min, int max, SplittableRandom rng) {
    return min + rng.nextInt(max - min + 1);
  }

  /** Fisher-Yates on a copy. */
  public static <T> List<T> shuffled(List<T> items, SplittableRandom rng) {
    List<T> out = new ArrayList<>(items);
    for (int i = out.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T tmp = out.get(i);
      out.set(i, out.get(j));
      out.set(j, tmp);
    }
    return out;
  }

  /** {@code n} distinct items, each drawn with probability proportional to its weight. */
  public static <T> List<T> weightedDistinct(Map<T, Double> weights, int n, SplittableRandom rng) {
    Map<T, Double> left = new LinkedHashMap<>(weights);
    left.values().removeIf(w -> w <= 0);
    List<T> out = new ArrayList<>();
    while (out.size() < n && !left.isEmpty()) {
      T t = weighted(left, rng);
      out.add(t);
      left.remove(t);
    }
    return out;
  }
}
