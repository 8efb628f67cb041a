package eu.chorus.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    Map<String, Analysis> analysed = ANALYSED.get().computeIfAbsent(language, l -> new HashMap<>());
    for (int i = 0; i < words.size(); i++) {
      Analysis word = analysed.get(words.get(i));
      if (word == null) {
        if (analysed.size() >= CACHED_WORDS) {
          analysed.clear();
        }
        word = analyse(words.get(i), language);
        analysed.put(words.get(i), word);
      }
      for (String stem : word.stems()) {
        if (english && word.onlyPart() != null && !lemmas.get(i).equals(word.onlyPart())) {
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
    return List.of(analyse(phrase, language).stems());
  }

  /**
   * One word (or phrase) analysed: its stems, and its one part when it has exactly one (English
   * tokens compare it with their lemma).
   */
  private record Analysis(String[] stems, String onlyPart) {}

  private static Analysis analyse(String text, String language) {
    Map<String, String> contractions = CONTRACTIONS.getOrDefault(language, Map.of());
    List<String> parts = new ArrayList<>(2);
    for (String part : parts(text)) {
      // Tokenisers that leave a contraction whole ("cannot") meet the lexicon's split form.
      parts.addAll(List.of(contractions.getOrDefault(part, part).split(" ")));
    }
    String[] stems = new String[parts.size()];
    for (int i = 0; i < stems.length; i++) {
      stems[i] = Stemmer.stem(language, parts.get(i));
    }
    return new Analysis(stems, parts.size() == 1 ? parts.get(0) : null);
  }

  /**
   * Per thread and language, the analysis of each word seen: a consultation repeats its words, and
   * the regular expression, contractions and Snowball stemmer were most of the tagging's CPU
   * (jobs/bench/results/profile-1x.md). Cleared when full, so that memory stays bounded on any
   * export.
   */
  private static final ThreadLocal<Map<String, Map<String, Analysis>>> ANALYSED =
      ThreadLocal.withInitial(HashMap::new);

  private static final int CACHED_WORDS = 200_000;

  private static final Map<String, Map<String, String>> CONTRACTIONS = contractions();

  private static Map<String, Map<String, String>> contractions() {
    Map<String, Map<String, String>> m = new HashMap<>();
    try (InputStream in =
        TermAnalyzer.class.getClassLoader().getResourceAsStream("chorus/contractions.tsv")) {
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
