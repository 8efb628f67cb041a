package eu.chorus.cluster;

import eu.chorus.passage.Passage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapGroupsFunction;

/**
 * A submission's whole text (its passages in file and reading order, joined) as word shingles.
 *
 * @param words how many words the text has
 * @param shingles distinct shingles, sorted
 */
public record SubmissionShingles(String submissionId, int words, List<String> shingles)
    implements Serializable {

  public SubmissionShingles {
    shingles = List.copyOf(shingles);
  }

  /** Reading order: file index, then sequence, parsed from the passage id (not compared as text). */
  static final Comparator<Passage> READING_ORDER = Comparator
      .comparingInt((Passage p) -> idPart(p, 2))
      .thenComparingInt(p -> idPart(p, 1));

  private static int idPart(Passage p, int fromEnd) {
    String[] parts = p.passageId().split(":");
    return Integer.parseInt(parts[parts.length - fromEnd]);
  }

  /** Groups one submission's passages into its shingles. */
  public static final class Build implements MapGroupsFunction<String, Passage, SubmissionShingles> {
    private final int shingleWords;

    public Build(int shingleWords) {
      this.shingleWords = shingleWords;
    }

    @Override
    public SubmissionShingles call(String submissionId, Iterator<Passage> passages) {
      List<Passage> ordered = new ArrayList<>();
      passages.forEachRemaining(ordered::add);
      ordered.sort(READING_ORDER);
      List<String> words = new ArrayList<>();
      ordered.forEach(p -> words.addAll(Shingles.words(p.text())));
      return new SubmissionShingles(
          submissionId, words.size(), new ArrayList<>(Shingles.of(words, shingleWords)));
    }
  }
}
