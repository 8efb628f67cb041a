package eu.chorus.cluster;

import java.io.Serializable;

/**
 * How positions are found within a topic and stance ({@code cluster.positions.*} settings).
 *
 * @param maxPositions the largest k tried
 * @param minPassages a position must rest on at least this many passages; k is tried only up to
 *     (evidence passages / minPassages), and a k that leaves a smaller cluster is not chosen
 * @param minSilhouette below this mean silhouette the passages are one position (k = 1)
 * @param labelTerms how many distinctive terms label a position
 * @param minDocFreq a term must occur in at least this many evidence passages to count
 * @param seed seeds k-means++, per topic and stance, so reruns give the same positions
 */
public record PositionSettings(
    int maxPositions, int minPassages, double minSilhouette, int labelTerms, int minDocFreq, long seed)
    implements Serializable {

  public PositionSettings {
    if (maxPositions < 1 || minPassages < 1 || labelTerms < 1 || minDocFreq < 1) {
      throw new IllegalArgumentException(
          "cluster.positions.maxPositions, minPassages, labelTerms and minDocFreq must be at least 1");
    }
  }
}
