package eu.chorus.position;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence spans of a passage, so that quotes are verbatim substrings of the stored text. Besides
 * the sentence ends the JDK finds, a sentence ends at a line break (the passage keeps one only
 * after a heading line), at a list bullet (left out; a dash counts as one after a sentence's end or
 * at a passage's start: "… filed away. - Companies that …"), and at a footnote mark run into the
 * next text ("launches.9 Regulation (EU) 2024/1689…": the mark is left out of both).
 */
public final class Sentences {

  /** Where a span found by the JDK holds more than one unit: group 1 is left out of both sides. */
  private static final Pattern INNER_BREAK =
      Pattern.compile(
          "(\\s*\\n\\s*)"
              + "|(?<=\\S)(\\s+[•▪●◦■‣∙]\\s+)"
              + "|(?<=[.!?;:]|[.!?;:][\"”’)])(\\s+[-–—]\\s+)(?=[\\p{Lu}\\d])"
              + "|(?<=\\p{L}[.!?]|\\p{L}[.!?][\"”’)])(\\d{1,3}\\s+)(?=\\p{Lu})");

  /** A bullet opening a span (at a passage's start, or after a line break). */
  private static final Pattern LEADING_BULLET = Pattern.compile("[-–—•▪●◦■‣∙]\\s+(?=\\S)");

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
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      // no space after the break: it is inside a reference ("Section 5.[name] of the Paper")
      if (end < text.length()
          && !Character.isWhitespace(text.charAt(end))
          && !Character.isWhitespace(text.charAt(end - 1))) {
        continue;
      }
      addUnits(text, start, end, spans);
      start = end;
    }
    return spans;
  }

  /** The span [start, end) cut at its {@link #INNER_BREAK}s, each piece trimmed. */
  private static void addUnits(String text, int start, int end, List<Span> spans) {
    Matcher m = INNER_BREAK.matcher(text).region(start, end);
    int from = start;
    while (m.find()) {
      int group = 1;
      while (m.group(group) == null) {
        group++;
      }
      addTrimmed(text, from, m.start(group), spans);
      from = m.end(group);
    }
    addTrimmed(text, from, end, spans);
  }

  private static void addTrimmed(String text, int start, int end, List<Span> spans) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    Matcher bullet = LEADING_BULLET.matcher(text).region(s, e);
    if (bullet.lookingAt()) {
      s = bullet.end();
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      spans.add(new Span(s, e));
    }
  }

  /**
   * Whether two sentences of {@code text} stand next to each other in running text: only spaces
   * between them, no line break, bullet or footnote mark.
   */
  public static boolean adjoin(String text, Span first, Span next) {
    return text.substring(first.end(), next.start()).chars().allMatch(c -> c == ' ');
  }

  /**
   * A text as compared for repetition: Unicode-normalised, lower case, only letters and digits
   * (case, spacing and punctuation do not make two texts different).
   */
  public static String normalised(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /**
   * {@code text} after its first sentence (what is left when that sentence is the rest of one the
   * passage before began); empty when it has one sentence or none.
   */
  public static String afterFirst(String text) {
    List<Span> spans = of(text);
    return spans.size() < 2 ? "" : text.substring(spans.get(1).start());
  }
}
