package eu.chorus.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normalisation that text and lexicons (codebook terms, stance cues, group cues) share, so
 * that a phrase written naturally in a lexicon matches the text: lower case, words split at
 * hyphens, apostrophes and slashes ("opt-outs", "d'auteur", "and/or"), punctuation dropped, each
 * part stemmed for its language. In English the CoreNLP lemma is kept as a second form.
 */
public final class TermAnalyzer {

  // Letters and digits, keeping internal dots ("robots.txt"); "10^25" becomes "10", "25" on both
  // sides, since CoreNLP splits it into three tokens.
  private static final Pattern PART = Pattern.compile("[\\p{L}\\p{N}]+(?:[.][\\p{L}\\p{N}]+)*");

  private TermAnalyzer() {}

  /**
   * @param words the annotator's tokens, lower-cased
   * @param lemmas aligned lemmas (used for English only)
   * @return per analysed token its forms: the stem, and for English also the lemma
   */
  public static List<String[]> tokens(List<String> words, List<String> lemmas, String language) {
    List<String[]> tokens = new ArrayList<>(words.size());
    boolean english = "en".equals(language);
    Map<String, String> contractions = CONTRACTIONS.getOrDefault(language, Map.of());
    for (int i = 0; i < words.size(); i++) {
      List<String> parts = new ArrayList<>();
      for (String part : parts(words.get(i))) {
        // Tokenisers that leave a contraction whole ("cannot") meet the lexicon's split form.
        parts.addAll(List.of(contractions.getOrDefault(part, part).split(" ")));
      }
      for (String part : parts) {
        String stem = Stemmer.stem(language, part);
        if (english && parts.size() == 1 && !lemmas.get(i).equals(part)) {
          tokens.add(new String[] {stem, lemmas.get(i).toLowerCase(Locale.ROOT)});
        } else {
          tokens.add(new String[] {stem});
        }
      }
    }
    return tokens;
  }

  /** A lexicon phrase as the stems it must match, in order, contractions split as in the text. */
  public static List<String> phrase(String phrase, String language) {
    List<String> stems = new ArrayList<>();
    Map<String, String> contractions = CONTRACTIONS.getOrDefault(language, Map.of());
    for (String part : parts(phrase)) {
      for (String word : contractions.getOrDefault(part, part).split(" ")) {
        stems.add(Stemmer.stem(language, word));
      }
    }
    return stems;
  }

  private static final Map<String, Map<String, String>> CONTRACTIONS = contractions();

  private static Map<String, Map<String, String>> contractions() {
    Map<String, Map<String, String>> m = new HashMap<>();
    try (InputStream in = TermAnalyzer.class.getClassLoader().getResourceAsStream("chorus/contractions.tsv")) {
      if (in == null) {
        throw new IllegalStateException("chorus/contractions.tsv is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        m.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  private static List<String> parts(String text) {
    List<String> parts = new ArrayList<>(2);
    Matcher m = PART.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      parts.add(m.group());
    }
    return parts;
  }
}
