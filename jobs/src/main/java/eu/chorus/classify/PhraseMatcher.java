package eu.chorus.classify;

import eu.chorus.annotate.TermAnalyzer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases (already analysed into stems by {@link TermAnalyzer#phrase}) in analysed
 * text. At each position the longest phrase wins and matching resumes after it, so "serious
 * incident" is one match, not also "incident".
 */
public final class PhraseMatcher implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One occurrence: the phrase's label and its token span [start, end). */
  public record Match(String label, int start, int end) implements Serializable {}

  private record Phrase(String label, List<String> stems) implements Serializable {}

  private final Map<String, List<Phrase>> byFirstStem = new HashMap<>();

  /**
   * @param phrases per label, its phrases as stem sequences
   */
  public PhraseMatcher(Map<String, List<List<String>>> phrases) {
    phrases.forEach(
        (label, list) -> {
          for (List<String> stems : list) {
            if (!stems.isEmpty()) {
              byFirstStem
                  .computeIfAbsent(stems.get(0), k -> new ArrayList<>())
                  .add(new Phrase(label, List.copyOf(stems)));
            }
          }
        });
  }

  public boolean isEmpty() {
    return byFirstStem.isEmpty();
  }

  public List<Match> find(List<String[]> tokens) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Phrase best = null;
      for (String form : tokens.get(i)) {
        for (Phrase p : byFirstStem.getOrDefault(form, List.of())) {
          if ((best == null || p.stems().size() > best.stems().size()) && matchesAt(p, tokens, i)) {
            best = p;
          }
        }
      }
      if (best == null) {
        i++;
      } else {
        matches.add(new Match(best.label(), i, i + best.stems().size()));
        i += best.stems().size();
      }
    }
    return matches;
  }

  private static boolean matchesAt(Phrase p, List<String[]> tokens, int start) {
    if (start + p.stems().size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < p.stems().size(); k++) {
      boolean any = false;
      for (String form : tokens.get(start + k)) {
        if (form.equals(p.stems().get(k))) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a match labelled {@code label} ends at most {@code window} tokens before match {@code
   * at} starts (a negator before a cue, for instance).
   */
  public static boolean precededBy(List<Match> matches, int at, String label, int window) {
    int start = matches.get(at).start();
    for (int j = at - 1; j >= 0 && matches.get(j).end() >= start - window; j--) {
      if (matches.get(j).label().equals(label)) {
        return true;
      }
    }
    return false;
  }
}
