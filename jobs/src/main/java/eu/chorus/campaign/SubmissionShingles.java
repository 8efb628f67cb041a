package eu.chorus.campaign;

import eu.chorus.passage.Passage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A submission's whole text (its passages in file and reading order, joined) as word shingles.
 *
 * @param words how many words the text has
 * @param shingles the distinct shingles' hashes, sorted ({@link Shingles#hashed})
 * @param signature their MinHash signature ({@link MinHashBands#signature})
 */
public record SubmissionShingles(String submissionId, int words, long[] shingles, long[] signature)
    implements Serializable {

  /**
   * Reading order: file index, then sequence, parsed from the passage id (not compared as text).
   */
  static final Comparator<Passage> READING_ORDER =
      Comparator.comparingInt((Passage p) -> idPart(p, 2)).thenComparingInt(p -> idPart(p, 1));

  private static int idPart(Passage p, int fromEnd) {
    String[] parts = p.passageId().split(":");
    return Integer.parseInt(parts[parts.length - fromEnd]);
  }

  /** The shingles of a submission's passages, already in reading order. */
  static SubmissionShingles of(
      String submissionId, List<Passage> ordered, int shingleWords, MinHashBands lsh) {
    List<String> words = new ArrayList<>();
    ordered.forEach(p -> words.addAll(Shingles.words(p.text())));
    long[] shingles = Shingles.hashed(words, shingleWords);
    return new SubmissionShingles(submissionId, words.size(), shingles, lsh.signature(shingles));
  }

  /** The exact Jaccard similarity of the two texts' shingle sets. */
  public double similarity(SubmissionShingles other) {
    return Shingles.jaccard(shingles, other.shingles);
  }
}
