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
import java.util.TreeMap;

/**
 * Finds codebook terms in analysed text of a given language. Passages in a language the codebook
 * has no terms for are matched with the English terms.
 */
public final class TopicMatcher implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FALLBACK = "en";

  private final Map<String, PhraseMatcher> byLanguage = new HashMap<>();

  public TopicMatcher(Codebook codebook) {
    Map<String, Map<String, List<List<String>>>> phrases = new HashMap<>();
    for (Topic topic : codebook.topics()) {
      topic
          .terms()
          .forEach(
              (language, terms) -> {
                List<List<String>> stems =
                    phrases
                        .computeIfAbsent(language, l -> new HashMap<>())
                        .computeIfAbsent(topic.code(), c -> new ArrayList<>());
                terms.forEach(term -> stems.add(TermAnalyzer.phrase(term, language)));
              });
    }
    phrases.forEach((language, byTopic) -> byLanguage.put(language, new PhraseMatcher(byTopic)));
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
   * The topics the text names, the most named first, then in the order they are first named: what a
   * sentence is mainly about comes first.
   */
  public List<String> ranked(List<String[]> tokens, String language) {
    Map<String, Integer> hits = new LinkedHashMap<>();
    for (PhraseMatcher.Match m : byLanguage.get(matchingLanguage(language)).find(tokens)) {
      hits.merge(m.label(), 1, Integer::sum);
    }
    List<String> ranked = new ArrayList<>(hits.keySet());
    ranked.sort(Comparator.comparingInt((String t) -> -hits.get(t)));
    return ranked;
  }
}
