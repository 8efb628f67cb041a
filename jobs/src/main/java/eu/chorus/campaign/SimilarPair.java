package eu.chorus.campaign;

import java.io.Serializable;

/**
 * Two submissions (ids in order, {@code a < b}) and the exact Jaccard similarity of their texts.
 */
public record SimilarPair(String a, String b, double similarity) implements Serializable {

  public SimilarPair {
    if (a.compareTo(b) >= 0) {
      throw new IllegalArgumentException("pair ids must be distinct and ordered: " + a + ", " + b);
    }
  }
}
