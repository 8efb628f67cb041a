package eu.chorus.campaign;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Locality-sensitive hashing of shingle sets: MinHash signatures cut into bands. A set's signature
 * holds {@code bands × rows} minimum hashes; two sets whose signatures agree on every row of at
 * least one band are proposed as a pair. Sets with Jaccard similarity s are proposed with
 * probability {@code 1 - (1 - s^rows)^bands} ({@link #proposalProbability}), so rows and bands set
 * how steeply proposals fall off below the campaign threshold; every proposal is then verified with
 * the exact similarity, so a hash collision costs a comparison, never a wrong pair.
 */
public final class MinHashBands implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int bands;
  private final int rows;
  private final long[] seeds;

  /** Same seed, same signatures: the proposals, and so the run's campaigns, are reproducible. */
  public MinHashBands(int bands, int rows, long seed) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "MinHash bands and rows must be positive, were " + bands + ", " + rows);
    }
    this.bands = bands;
    this.rows = rows;
    this.seeds = new long[bands * rows];
    for (int k = 0; k < seeds.length; k++) {
      seeds[k] = Shingles.mix(seed + 0x9e3779b97f4a7c15L * (k + 1));
    }
  }

  /** The probability that two sets with this Jaccard similarity are proposed. */
  public double proposalProbability(double similarity) {
    return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
  }

  /**
   * The signature of a set of shingle hashes ({@link Shingles#hashed}): per hash function, the
   * least value.
   */
  public long[] signature(long[] shingles) {
    long[] signature = new long[seeds.length];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int k = 0; k < seeds.length; k++) {
        long h = Shingles.mix(shingle ^ seeds[k]);
        if (h < signature[k]) {
          signature[k] = h;
        }
      }
    }
    return signature;
  }

  /**
   * The proposed pairs among these signatures: indexes {@code [i, j]}, {@code i < j}, each pair
   * once, in ascending order.
   */
  public List<int[]> candidates(List<long[]> signatures) {
    long n = signatures.size();
    Set<Long> pairs = new HashSet<>();
    for (int band = 0; band < bands; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < signatures.size(); i++) {
        long key = band;
        for (int r = 0; r < rows; r++) {
          key = Shingles.mix(key * 31 + signatures.get(i)[band * rows + r]);
        }
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            pairs.add(bucket.get(x) * n + bucket.get(y));
          }
        }
      }
    }
    return pairs.stream().sorted().map(p -> new int[] {(int) (p / n), (int) (p % n)}).toList();
  }
}
