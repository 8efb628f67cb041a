package eu.chorus.classify;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chorus.annotate.TermAnalyzer;
import eu.chorus.ops.ClasspathJson;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence of a respondent's stakeholder group, from {@code chorus/group-cues.json}: words of
 * organisation names ("federation", "université", "Bundesamt") and self-descriptions ("our
 * members", "in a personal capacity"), per language. Counts are features for the group model.
 */
public final class GroupCues implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final String RESOURCE = "chorus/group-cues.json";
  /** Prefix of a self-description cue under a negator. */
  public static final String NOT = "not:";
  private static final String NEGATOR = "negator";
  /** Tokens between a negator and the cue it denies ("not [a|an|the|one] cue"). */
  private static final int NEGATION_WINDOW = 3;

  private final Map<String, PhraseMatcher> selfByLanguage;
  private final Map<String, PhraseMatcher> nameByLanguage;

  private GroupCues(Map<String, PhraseMatcher> self, Map<String, PhraseMatcher> name) {
    this.selfByLanguage = self;
    this.nameByLanguage = name;
  }

  public static GroupCues load() {
    return parse(ClasspathJson.read(RESOURCE, "group cues"));
  }

  static GroupCues parse(JsonNode root) {
    Map<String, Map<String, List<List<String>>>> self = new HashMap<>();
    Map<String, Map<String, List<List<String>>>> name = new HashMap<>();
    root.path("groups").fields().forEachRemaining(group -> {
      collect(group.getKey(), group.getValue().path("self"), self);
      collect(group.getKey(), group.getValue().path("name"), name);
    });
    collect(NEGATOR, root.path("negators"), self);
    return new GroupCues(matchers(self), matchers(name));
  }

  private static void collect(String group, JsonNode byLanguage, Map<String, Map<String, List<List<String>>>> into) {
    byLanguage.fields().forEachRemaining(lang -> {
      List<List<String>> phrases = into.computeIfAbsent(lang.getKey(), l -> new HashMap<>())
          .computeIfAbsent(group, g -> new ArrayList<>());
      lang.getValue().forEach(p -> phrases.add(TermAnalyzer.phrase(p.asText(), lang.getKey())));
    });
  }

  private static Map<String, PhraseMatcher> matchers(Map<String, Map<String, List<List<String>>>> phrases) {
    Map<String, PhraseMatcher> m = new HashMap<>();
    phrases.forEach((lang, byGroup) -> m.put(lang, new PhraseMatcher(byGroup)));
    return m;
  }

  public String lexiconLanguage(String language) {
    return selfByLanguage.containsKey(language) ? language : "en";
  }

  /**
   * Self-description cue counts per group code, for tokens analysed in {@link #lexiconLanguage}. A
   * cue a negator denies ("we are not a model developer", "wir sind kein Verband") counts as
   * {@code not:<GROUP>}: it says what the respondent is not, which is evidence too.
   */
  public Map<String, Double> selfDescription(List<String[]> tokens, String language) {
    Map<String, Double> counts = new TreeMap<>();
    PhraseMatcher matcher = selfByLanguage.get(lexiconLanguage(language));
    if (matcher == null) {
      return counts;
    }
    List<PhraseMatcher.Match> matches = matcher.find(tokens);
    for (int i = 0; i < matches.size(); i++) {
      String label = matches.get(i).label();
      if (!label.equals(NEGATOR)) {
        boolean denied = PhraseMatcher.precededBy(matches, i, NEGATOR, NEGATION_WINDOW);
        counts.merge(denied ? NOT + label : label, 1.0, Double::sum);
      }
    }
    return counts;
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}.']+");

  /** Organisation-name cue counts per group code; names are tried in every language. */
  public Map<String, Double> organisationName(String organisation) {
    Map<String, Double> counts = new TreeMap<>();
    if (organisation == null || organisation.isBlank()) {
      return counts;
    }
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(organisation);
    while (m.find()) {
      words.add(m.group());
    }
    // Distinct cues add up within a language ("Centre for Research, University of X"); the same
    // word listed in several languages counts once.
    nameByLanguage.forEach((lang, matcher) -> {
      Map<String, Double> inLanguage = new TreeMap<>();
      matcher.find(TermAnalyzer.tokens(words, words, lang)).forEach(x -> inLanguage.merge(x.label(), 1.0, Double::sum));
      inLanguage.forEach((group, n) -> counts.merge(group, n, Double::max));
    });
    return counts;
  }
}
