package eu.chorus.classify;

import eu.chorus.annotate.TermAnalyzer;
import eu.chorus.profile.Codebook;
import eu.chorus.profile.Topic;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds codebook terms in analysed text of a given language. Passages in a language the codebook
 * has no terms for are matched with the English terms.
 */
public final class TopicMatcher implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FALLBACK = "en";

  private final Map<String, PhraseMatcher> byLanguage = new HashMap<>();

  /** The phrases naming a measure's alternative ({@link Topic#alternatives}), by language. */
  private final Map<String, PhraseMatcher> alternativesByLanguage = new HashMap<>();

  public TopicMatcher(Codebook codebook) {
    Map<String, Map<String, List<List<String>>>> phrases = new HashMap<>();
    Map<String, Map<String, List<List<String>>>> alternatives = new HashMap<>();
    for (Topic topic : codebook.topics()) {
      topic.terms().forEach((language, terms) -> add(phrases, topic, language, terms));
      topic.alternatives().forEach((language, terms) -> add(alternatives, topic, language, terms));
    }
    phrases.forEach((language, byTopic) -> byLanguage.put(language, new PhraseMatcher(byTopic)));
    alternatives.forEach(
        (language, byTopic) -> alternativesByLanguage.put(language, new PhraseMatcher(byTopic)));
  }

  private static void add(
      Map<String, Map<String, List<List<String>>>> phrases,
      Topic topic,
      String language,
      List<String> terms) {
    List<List<String>> stems =
        phrases
            .computeIfAbsent(language, l -> new HashMap<>())
            .computeIfAbsent(topic.code(), c -> new ArrayList<>());
    terms.forEach(term -> stems.add(TermAnalyzer.phrase(term, language)));
  }

  /**
   * The topics whose measure's alternative the text names ("mandatory labelling" for a voluntary
   * label): asking for it takes the other side on the measure.
   *
   * @param tokens text analysed with {@link TermAnalyzer#tokens} for {@link #matchingLanguage}
   */
  public Set<String> alternatives(List<String[]> tokens, String language) {
    PhraseMatcher matcher = alternativesByLanguage.get(matchingLanguage(language));
    Set<String> named = new TreeSet<>();
    if (matcher != null) {
      matcher.find(tokens).forEach(m -> named.add(m.label()));
    }
    return named;
  }

  /** The language whose terms and stemmer are used for text in {@code language}. */
  public String matchingLanguage(String language) {
    return byLanguage.containsKey(language) ? language : FALLBACK;
  }

  /**
   * @param tokens text analysed with {@link TermAnalyzer#tokens} for {@link #matchingLanguage}
   * @return per topic code, the number of term occurrences
   */
  public Map<String, Integer> match(List<String[]> tokens, String language) {
    Map<String, Integer> hits = new TreeMap<>();
    for (PhraseMatcher.Match m : byLanguage.get(matchingLanguage(language)).find(tokens)) {
      hits.merge(m.label(), 1, Integer::sum);
    }
    return hits;
  }

  /**
   * Which of {@code words} are inside a topic's term: the name of a measure is no position on it
   * ("voluntary" in "a voluntary label", "mandatory" in "mandatory requirements"), so stance cues
   * are read without them ({@link #masked}).
   */
  public boolean[] inTerms(List<String> words, List<String> lemmas, String language) {
    String lang = matchingLanguage(language);
    // A word may analyse to several stems or none: remember whose each token is.
    List<String[]> tokens = new ArrayList<>(words.size());
    List<Integer> wordOf = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      for (String[] t :
          TermAnalyzer.tokens(words.subList(i, i + 1), lemmas.subList(i, i + 1), lang)) {
        tokens.add(t);
        wordOf.add(i);
      }
    }
    boolean[] in = new boolean[words.size()];
    for (PhraseMatcher.Match m : byLanguage.get(lang).find(tokens)) {
      for (int k = m.start(); k < m.end(); k++) {
        in[wordOf.get(k)] = true;
      }
    }
    return in;
  }

  /** What stands for a word of a topic's term where stance cues are read: no cue matches it. */
  public static final String TERM_WORD = "\u2205";

  /** {@code words} with those {@code in} a term replaced by {@link #TERM_WORD}. */
  public static List<String> masked(List<String> words, boolean[] in) {
    List<String> masked = new ArrayList<>(words);
    for (int i = 0; i < masked.size(); i++) {
      if (in[i]) {
        masked.set(i, TERM_WORD);
      }
    }
    return masked;
  }

  /**
   * The topics the text names (or names the alternative of), the most named first, then in the
   * order they are first named: what a sentence is mainly about comes first.
   *
   * @param alternatives the topics whose alternative the text names ({@link #alternatives})
   */
  public List<String> ranked(List<String[]> tokens, String language, Set<String> alternatives) {
    Map<String, Integer> hits = new LinkedHashMap<>();
    for (PhraseMatcher.Match m : byLanguage.get(matchingLanguage(language)).find(tokens)) {
      hits.merge(m.label(), 1, Integer::sum);
    }
    // A sentence asking for a measure's alternative is about the measure.
    for (String topic : alternatives) {
      hits.merge(topic, 1, Integer::sum);
    }
    List<String> ranked = new ArrayList<>(hits.keySet());
    ranked.sort(Comparator.comparingInt((String t) -> -hits.get(t)));
    return ranked;
  }
}
