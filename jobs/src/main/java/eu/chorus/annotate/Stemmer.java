package eu.chorus.annotate;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.German2Stemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Snowball stemmers for the consultation's languages, so that "évaluations" meets "évaluation" and
 * "Hinweisgebern" meets "Hinweisgeber". Unknown languages are left unstemmed. Thread-safe: Snowball
 * stemmers are stateful, so each thread keeps its own.
 */
public final class Stemmer {

  private static final Map<String, Supplier<SnowballStemmer>> FACTORIES =
      Map.of(
          "en", EnglishStemmer::new,
          "fr", FrenchStemmer::new,
          "de", German2Stemmer::new,
          "es", SpanishStemmer::new,
          "it", ItalianStemmer::new);

  private static final ThreadLocal<Map<String, SnowballStemmer>> STEMMERS =
      ThreadLocal.withInitial(HashMap::new);

  private Stemmer() {}

  public static boolean supports(String language) {
    return FACTORIES.containsKey(language);
  }

  /**
   * @param word lower-case
   */
  public static String stem(String language, String word) {
    Supplier<SnowballStemmer> factory = FACTORIES.get(language);
    if (factory == null) {
      return word;
    }
    SnowballStemmer stemmer = STEMMERS.get().computeIfAbsent(language, l -> factory.get());
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
