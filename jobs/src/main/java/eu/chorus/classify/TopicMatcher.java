package eu.chorus.classify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds codebook terms in an annotated passage. A term token matches a text token when it equals
 * the token's lemma or its lower-cased word (so "data" matches although CoreNLP lemmatises it to
 * "datum"); hyphens in the text are skipped, as they are in terms.
 */
public final class TopicMatcher implements Serializable {

  private record Term(String topic, List<String> tokens) implements Serializable {}

  private final Map<String, List<Term>> byFirstToken = new HashMap<>();

  public TopicMatcher(Codebook codebook) {
    for (Topic topic : codebook.topics()) {
      for (List<List<String>> sequences : topic.terms().values()) {
        for (List<String> tokens : sequences) {
          byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Term(topic.code(), tokens));
        }
      }
    }
  }

  /**
   * @param words lower-cased tokens
   * @param lemmas lower-cased lemmas, aligned with {@code words}
   * @return per topic code, the number of term occurrences (longest match wins at each position)
   */
  public Map<String, Integer> match(List<String> words, List<String> lemmas) {
    List<String[]> tokens = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.indexOf('-') >= 0 && w.length() > 1) {
        // The tokenizer may keep "opt-outs" whole (lemma "opt-out"); terms spell it "opt out".
        String[] wordParts = w.split("-");
        String[] lemmaParts = lemmas.get(i).split("-");
        for (int k = 0; k < wordParts.length; k++) {
          if (!wordParts[k].isEmpty()) {
            String lemma = lemmaParts.length == wordParts.length ? lemmaParts[k] : wordParts[k];
            tokens.add(new String[] {wordParts[k], lemma});
          }
        }
      } else if (!w.equals("–") && !w.equals("/")) {
        tokens.add(new String[] {w, lemmas.get(i)});
      }
    }
    Map<String, Integer> hits = new TreeMap<>();
    int i = 0;
    while (i < tokens.size()) {
      Term best = null;
      for (String key : tokens.get(i)) {
        for (Term term : byFirstToken.getOrDefault(key, List.of())) {
          if ((best == null || term.tokens().size() > best.tokens().size()) && matchesAt(term, tokens, i)) {
            best = term;
          }
        }
      }
      if (best == null) {
        i++;
      } else {
        hits.merge(best.topic(), 1, Integer::sum);
        i += best.tokens().size();
      }
    }
    return hits;
  }

  private static boolean matchesAt(Term term, List<String[]> tokens, int start) {
    if (start + term.tokens().size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < term.tokens().size(); k++) {
      String[] token = tokens.get(start + k);
      String expected = term.tokens().get(k);
      if (!expected.equals(token[0]) && !expected.equals(token[1])) {
        return false;
      }
    }
    return true;
  }
}
