package eu.chorus.samples.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a paragraph into sentences, closely enough for summaries and recommendation lists. */
final class Sentences {

  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"“«(])");

  /** Tokens after which a full stop does not end a sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "art.", "arts.", "e.g.", "i.e.", "no.", "para.", "cf.", "vgl.", "z.b.", "abs.", "nr.",
          "etc.", "dr.", "prof.", "mr.", "ms.", "st.", "vs.", "p.", "pp.", "ca.", "op.");

  private Sentences() {}

  static List<String> split(String paragraph) {
    List<String> out = new ArrayList<>();
    Matcher m = BOUNDARY.matcher(paragraph);
    int start = 0;
    while (m.find()) {
      String before = paragraph.substring(start, m.start());
      int lastSpace = before.lastIndexOf(' ');
      String lastToken = before.substring(lastSpace + 1).toLowerCase(Locale.ROOT);
      if (ABBREVIATIONS.contains(lastToken)) {
        continue;
      }
      out.add(before.strip());
      start = m.end();
    }
    out.add(paragraph.substring(start).strip());
    out.removeIf(String::isEmpty);
    return out;
  }

  static String first(String paragraph) {
    return split(paragraph).get(0);
  }

  static String last(String paragraph) {
    List<String> s = split(paragraph);
    return s.get(s.size() - 1);
  }

  /** The first {@code maxWords} words, with an ellipsis if cut. */
  static String shorten(String sentence, int maxWords) {
    String[] words = sentence.split("\\s+");
    if (words.length <= maxWords) {
      return sentence;
    }
    return String.join(" ", Arrays.copyOf(words, maxWords)) + " …";
  }
}
