package eu.chorus.position;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentence spans of a passage, so that quotes are verbatim substrings of the stored text. */
public final class Sentences {

  /** A sentence: its character span in the passage, trimmed. */
  public record Span(int start, int end) {
    public String of(String text) {
      return text.substring(start, end);
    }
  }

  private Sentences() {}

  public static List<Span> of(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    it.setText(text);
    List<Span> spans = new ArrayList<>();
    for (int start = it.first(), end = it.next();
        end != BreakIterator.DONE;
        start = end, end = it.next()) {
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        spans.add(new Span(s, e));
      }
    }
    return spans;
  }

  /**
   * A text as compared for repetition: Unicode-normalised, lower case, only letters and digits
   * (case, spacing and punctuation do not make two texts different).
   */
  public static String normalised(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static int words(String sentence) {
    return sentence.isBlank() ? 0 : sentence.trim().split("\\s+").length;
  }
}
