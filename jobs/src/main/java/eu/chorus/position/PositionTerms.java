package eu.chorus.position;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.ml.feature.StopWordsRemover;

/**
 * The terms that make an argument: lower-case words of three letters or more (split at apostrophes,
 * kept whole across hyphens), without the stop words of the passage's language (Spark MLlib's
 * lists) or of English (annexes and quotations mix languages), nor Chorus's own list ({@code
 * chorus/position-stopwords.txt}: redaction placeholders and consultation boilerplate that every
 * position shares).
 */
public final class PositionTerms {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*\\p{L}");
  private static final Map<String, String> MLLIB_LANGUAGES =
      Map.of(
          "en",
          "english",
          "fr",
          "french",
          "de",
          "german",
          "es",
          "spanish",
          "it",
          "italian",
          "nl",
          "dutch",
          "pt",
          "portuguese",
          "da",
          "danish",
          "sv",
          "swedish",
          "fi",
          "finnish");
  private static final Set<String> COMMON = common();
  private static final Map<String, Set<String>> BY_LANGUAGE = byLanguage();

  private PositionTerms() {}

  /** The passage's terms, in text order. */
  public static List<String> of(String text, String language) {
    Set<String> own = BY_LANGUAGE.getOrDefault(language, Set.of());
    List<String> terms = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (w.length() >= 3 && !COMMON.contains(w) && !own.contains(w)) {
        terms.add(w);
      }
    }
    return terms;
  }

  private static Set<String> common() {
    Set<String> s = new HashSet<>(List.of(StopWordsRemover.loadDefaultStopWords("english")));
    try (InputStream in =
        PositionTerms.class.getClassLoader().getResourceAsStream("chorus/position-stopwords.txt")) {
      if (in == null) {
        throw new IllegalStateException(
            "chorus/position-stopwords.txt is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          s.add(line.trim().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(s);
  }

  private static Map<String, Set<String>> byLanguage() {
    Map<String, Set<String>> m = new HashMap<>();
    MLLIB_LANGUAGES.forEach(
        (code, name) ->
            m.put(code, Set.copyOf(List.of(StopWordsRemover.loadDefaultStopWords(name)))));
    return Map.copyOf(m);
  }
}
