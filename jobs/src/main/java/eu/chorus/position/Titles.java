package eu.chorus.position;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chorus.ops.ClasspathJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position's title: its representative claim, cut cleanly when long. A claim of up to {@link
 * #MAX_WORDS} words is its own title; a longer one is cut at the last clause boundary (comma,
 * semicolon, colon, dash or parenthesis) that leaves at least {@link #MIN_WORDS} words and at most
 * {@link #MAX_WORDS}, else after {@link #MAX_WORDS} words, and ends with "…". A long claim that
 * opens with a subordinate clause or lead-in ("If the Code is serious about Article 55(1)(b), ...",
 * "While it is understandable that ..., it is unclear why ...": {@code chorus/title-openers.json})
 * is titled by its main clause, after the lead-in's comma, marked by a leading "…": cut as above,
 * it would say only the condition or the concession.
 */
final class Titles {

  static final String RESOURCE = "chorus/title-openers.json";
  private static final String FALLBACK = "en";

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

  /** Per language, the lead-ins a claim may open with, as one pattern anchored at its start. */
  private final Map<String, Pattern> openers;

  /** Per language, the words after a comma that carry a lead-in on ("which", "and"). */
  private final Map<String, Set<String>> continuations;

  private Titles(Map<String, Pattern> openers, Map<String, Set<String>> continuations) {
    this.openers = Map.copyOf(openers);
    this.continuations = Map.copyOf(continuations);
  }

  static Titles load() {
    JsonNode root = ClasspathJson.read(RESOURCE, "title openers");
    Map<String, Pattern> openers = new HashMap<>();
    byLanguage(root, "openers")
        .forEach(
            (language, words) -> {
              List<String> longestFirst = new ArrayList<>(words);
              longestFirst.sort(Comparator.comparingInt(String::length).reversed());
              StringBuilder alternatives = new StringBuilder();
              for (String w : longestFirst) {
                alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(w));
                // "lorsqu'" runs into its next word; the others end where a word does.
                alternatives.append(w.endsWith("'") ? "" : "(?![\\p{L}\\p{N}])");
              }
              openers.put(
                  language,
                  Pattern.compile(
                      "^\\P{L}*(?:" + alternatives + ")",
                      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            });
    return new Titles(openers, byLanguage(root, "continuations"));
  }

  /** A list of the resource per language, in lower case. */
  private static Map<String, Set<String>> byLanguage(JsonNode root, String list) {
    Map<String, Set<String>> out = new HashMap<>();
    root.path(list)
        .fields()
        .forEachRemaining(
            e -> {
              Set<String> words = new HashSet<>();
              e.getValue().forEach(w -> words.add(w.asText().toLowerCase(Locale.ROOT)));
              out.put(e.getKey(), Set.copyOf(words));
            });
    return out;
  }

  /** The title: the claim, shortened, and what the position asks for when {@code asks} is set. */
  String label(String claim, String language, String asks) {
    String title = of(claim, language);
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

  /**
   * The claim as a title: whole when short, else cut, from its main clause when it has a lead-in.
   */
  String of(String claim, String language) {
    String s = claim.strip();
    String lang = openers.containsKey(language) ? language : FALLBACK;
    Pattern opener = openers.get(lang);
    if (opener != null
        && words(s) > MAX_WORDS
        && opener.matcher(s.replace('\u2019', '\'')).find()) {
      String main = mainClause(s, continuations.getOrDefault(lang, Set.of()));
      if (words(main) >= MIN_WORDS) {
        return "… " + of(main);
      }
    }
    return of(s);
  }

  /**
   * What follows the first comma that ends the lead-in: one outside parentheses and not followed by
   * a word carrying the lead-in on; empty when there is none.
   */
  private static String mainClause(String s, Set<String> continuations) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        String rest = s.substring(i + 1).strip();
        Matcher next = WORD.matcher(rest);
        if (next.find()
            && !continuations.contains(
                next.group().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}.]", ""))) {
          return rest;
        }
      }
    }
    return "";
  }

  private static int words(String s) {
    Matcher w = WORD.matcher(s);
    int n = 0;
    while (w.find()) {
      n++;
    }
    return n;
  }

  /** The claim cut at a clause boundary when long, whatever it opens with. */
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
