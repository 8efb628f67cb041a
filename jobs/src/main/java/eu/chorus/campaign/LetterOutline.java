package eu.chorus.campaign;

import eu.chorus.classify.TaggedPassage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What survives translation of a letter: per passage, in reading order, the codebook topics it
 * carries (the codebook has terms in every language it reads) and the numbers it cites (article and
 * directive references, years, figures). A translated copy keeps the template's outline while
 * sharing none of its words.
 *
 * @param language the language most of the text is in (by characters)
 * @param words how many words the text has
 * @param passages per passage with any topic or number, its sorted features ({@code T:<topic>},
 *     {@code N:<digits>}); passages with neither are left out, so an inserted greeting or a
 *     signature block does not shift the alignment
 */
public record LetterOutline(
    String submissionId, String language, int words, List<List<String>> passages)
    implements Serializable {

  private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");

  public LetterOutline {
    passages = passages.stream().map(List::copyOf).toList();
  }

  /** One passage's features: its topics and the digit runs of its text. */
  static List<String> features(Iterable<String> topics, String text) {
    TreeSet<String> features = new TreeSet<>();
    topics.forEach(t -> features.add("T:" + t));
    Matcher m = DIGITS.matcher(text);
    while (m.find()) {
      features.add("N:" + m.group());
    }
    return List.copyOf(features);
  }

  /**
   * How closely two outlines follow each other: the best monotone alignment of their passages (each
   * pair scored by the Jaccard similarity of its features, a passage matched at most once, order
   * kept), divided by the longer outline's passage count. 1 when every passage has a counterpart
   * with the same features in the same order; a letter on the same topics in another order or with
   * other references scores low.
   */
  public static double similarity(LetterOutline a, LetterOutline b) {
    List<List<String>> x = a.passages();
    List<List<String>> y = b.passages();
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    double[][] best = new double[x.size() + 1][y.size() + 1];
    for (int i = 1; i <= x.size(); i++) {
      for (int j = 1; j <= y.size(); j++) {
        double matched = best[i - 1][j - 1] + Shingles.jaccard(x.get(i - 1), y.get(j - 1));
        best[i][j] = Math.max(matched, Math.max(best[i - 1][j], best[i][j - 1]));
      }
    }
    return best[x.size()][y.size()] / Math.max(x.size(), y.size());
  }

  /** The outline of a submission's tagged passages, already in reading order. */
  static LetterOutline of(String submissionId, List<TaggedPassage> ordered) {
    Map<String, Integer> characters = new HashMap<>();
    List<List<String>> passages = new ArrayList<>();
    int words = 0;
    for (TaggedPassage t : ordered) {
      String text = t.passage().text();
      characters.merge(t.passage().language(), text.length(), Integer::sum);
      words += Shingles.words(text).size();
      List<String> features = features(t.topics(), text);
      if (!features.isEmpty()) {
        passages.add(features);
      }
    }
    String language =
        characters.entrySet().stream()
            .max(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .orElse("");
    return new LetterOutline(submissionId, language, words, passages);
  }

  /** Tagged passages in reading order (file, then sequence). */
  static final Comparator<TaggedPassage> READING_ORDER =
      Comparator.comparing(TaggedPassage::passage, SubmissionShingles.READING_ORDER);
}
