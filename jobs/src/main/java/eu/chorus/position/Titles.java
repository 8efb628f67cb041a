package eu.chorus.position;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position's title: its representative claim, cut cleanly when long. A claim of up to {@link
 * #MAX_WORDS} words is its own title; a longer one is cut at the last clause boundary (comma,
 * semicolon, colon, dash or parenthesis) that leaves at least {@link #MIN_WORDS} words and at most
 * {@link #MAX_WORDS}, else after {@link #MAX_WORDS} words, and ends with "…".
 */
final class Titles {

  static final int MAX_WORDS = 20;
  static final int MIN_WORDS = 6;

  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern BOUNDARY = Pattern.compile("\\s*(?:[,;:(]|\\s[-–—]\\s)");

  /** What a demand asks for ({@link ClaimReader.Claim#asks}) → the words of a title. */
  static final Map<String, String> ASKS =
      Map.of(
          "restrict",
          "cut back",
          "extend",
          "keep or extend",
          "clarify",
          "clarify",
          "not_restrict",
          "keep as is",
          "not_extend",
          "go no further");

  private Titles() {}

  /** The title: the claim, shortened, and what the position asks for when {@code asks} is set. */
  static String label(String claim, String asks) {
    String title = of(claim);
    return asks.isEmpty()
        ? title
        : title + " — asks to " + ASKS.getOrDefault(asks, asks.replace('_', ' '));
  }

  /**
   * What a position asks for: what its representative claim asks for, else what more than half of
   * its claims ask for; empty when neither.
   */
  static String asks(String representative, List<String> claims) {
    if (!representative.isEmpty()) {
      return representative;
    }
    Map<String, Long> counts = new TreeMap<>();
    claims.stream().filter(a -> !a.isEmpty()).forEach(a -> counts.merge(a, 1L, Long::sum));
    return counts.entrySet().stream()
        .filter(e -> e.getValue() * 2 > claims.size())
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("");
  }

  static String of(String claim) {
    String s = claim.strip();
    Matcher w = WORD.matcher(s);
    int words = 0;
    int cut = -1;
    int minEnd = -1;
    while (w.find()) {
      words++;
      if (words == MIN_WORDS) {
        minEnd = w.end();
      }
      if (words == MAX_WORDS) {
        cut = w.end();
      }
    }
    if (words <= MAX_WORDS) {
      return s;
    }
    Matcher b = BOUNDARY.matcher(s);
    int clause = -1;
    while (b.find() && b.start() <= cut) {
      if (b.start() >= minEnd) {
        clause = b.start();
      }
    }
    String head = s.substring(0, clause > 0 ? clause : cut).replaceAll("[\\s,;:(–—-]+$", "");
    return head + " …";
  }
}
