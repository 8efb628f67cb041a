package eu.chorus.position;

import java.io.Serializable;

/**
 * How positions are found within a topic and stance ({@code cluster.positions.*} settings).
 *
 * @param maxPositions the largest k tried: no topic and stance has more positions
 * @param minPassages a position must rest on the claims of at least this many submissions; k is
 *     tried only up to (submissions with a claim / minPassages), and a k that leaves a smaller
 *     cluster is not chosen
 * @param minSilhouette below this weighted cosine silhouette the claims are one position (k = 1)
 * @param minDocFreq a term must occur in the claims of at least this many submissions to count
 * @param seed seeds k-means, per topic and stance, so reruns give the same positions
 * @param titleMinConfidence a position is titled by a claim of a submission whose stance was read
 *     with at least this confidence, where it has one
 */
public record PositionSettings(
    int maxPositions,
    int minPassages,
    double minSilhouette,
    int minDocFreq,
    long seed,
    double titleMinConfidence)
    implements Serializable {

  public PositionSettings {
    if (maxPositions < 1 || minPassages < 1 || minDocFreq < 1) {
      throw new IllegalArgumentException(
          "cluster.positions.maxPositions, minPassages and minDocFreq must be at least 1");
    }
  }
}
