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
import java.util.function.BiFunction;
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

  /** Prefix of a kind of body the text says the respondent is ("we are a non-profit"). */
  public static final String IS = "is:";

  private static final String INTRODUCER = "introducer";

  /**
   * Tokens between "we are", "X is the"... and the kind it introduces ("is the European
   * association").
   */
  private static final int INTRODUCER_WINDOW = 4;

  private final Map<String, PhraseMatcher> selfByLanguage;
  private final Map<String, PhraseMatcher> nameByLanguage;
  private final Map<String, PhraseMatcher> formByLanguage;

  /**
   * The forms and the introducers, apart from the self-descriptions so that neither hides the
   * other.
   */
  private final Map<String, PhraseMatcher> introducedByLanguage;

  private GroupCues(
      Map<String, PhraseMatcher> self,
      Map<String, PhraseMatcher> name,
      Map<String, PhraseMatcher> form,
      Map<String, PhraseMatcher> introduced) {
    this.selfByLanguage = self;
    this.nameByLanguage = name;
    this.formByLanguage = form;
    this.introducedByLanguage = introduced;
  }

  public static GroupCues load() {
    return parse(ClasspathJson.read(RESOURCE, "group cues"));
  }

  static GroupCues parse(JsonNode root) {
    Map<String, Map<String, List<List<String>>>> self = new HashMap<>();
    Map<String, Map<String, List<List<String>>>> name = new HashMap<>();
    root.path("groups")
        .fields()
        .forEachRemaining(
            group -> {
              collect(group.getKey(), group.getValue().path("self"), self);
              collect(group.getKey(), group.getValue().path("name"), name);
            });
    collect(NEGATOR, root.path("negators"), self);
    Map<String, Map<String, List<List<String>>>> form = new HashMap<>();
    Map<String, Map<String, List<List<String>>>> introduced = new HashMap<>();
    root.path("forms")
        .fields()
        .forEachRemaining(
            kind -> {
              collect(kind.getKey(), kind.getValue(), form);
              collect(IS + kind.getKey(), kind.getValue(), introduced);
            });
    collect(INTRODUCER, root.path("introducers"), introduced);
    return new GroupCues(matchers(self), matchers(name), matchers(form), matchers(introduced));
  }

  private static void collect(
      String group, JsonNode byLanguage, Map<String, Map<String, List<List<String>>>> into) {
    byLanguage
        .fields()
        .forEachRemaining(
            lang -> {
              List<List<String>> phrases =
                  into.computeIfAbsent(lang.getKey(), l -> new HashMap<>())
                      .computeIfAbsent(group, g -> new ArrayList<>());
              lang.getValue()
                  .forEach(p -> phrases.add(TermAnalyzer.phrase(p.asText(), lang.getKey())));
            });
  }

  private static Map<String, PhraseMatcher> matchers(
      Map<String, Map<String, List<List<String>>>> phrases) {
    Map<String, PhraseMatcher> m = new HashMap<>();
    phrases.forEach((lang, byGroup) -> m.put(lang, new PhraseMatcher(byGroup)));
    return m;
  }

  public String lexiconLanguage(String language) {
    return selfByLanguage.containsKey(language) ? language : "en";
  }

  /**
   * Self-description cue counts per group code, for tokens analysed in {@link #lexiconLanguage}. A
   * cue a negator denies ("we are not a model developer", "wir sind kein Verband") counts as {@code
   * not:<GROUP>}: it says what the respondent is not, which is evidence too.
   */
  public Map<String, Double> selfDescription(List<String[]> tokens, String language) {
    Map<String, Double> counts =
        counted(
            selfByLanguage,
            tokens,
            language,
            NEGATOR,
            NEGATION_WINDOW,
            (label, denied) -> denied ? NOT + label : label);
    introducedKinds(tokens, language).forEach((kind, n) -> counts.merge(kind, n, Double::sum));
    return counts;
  }

  /**
   * The kinds of body (the lexicon's {@code forms}) the text says the respondent is: a form shortly
   * after an introducer ("X is the European association of...", "as a university", "wir sind ein
   * gemeinnütziger Verein"), counted as {@code is:<kind>}.
   */
  Map<String, Double> introducedKinds(List<String[]> tokens, String language) {
    return counted(
        introducedByLanguage,
        tokens,
        language,
        INTRODUCER,
        INTRODUCER_WINDOW,
        (label, introduced) -> introduced ? label : null);
  }

  /**
   * Counts of the matches other than {@code marker}, each under the key {@code key} gives it
   * knowing whether a {@code marker} ends at most {@code window} tokens before it (none: not
   * counted).
   */
  private Map<String, Double> counted(
      Map<String, PhraseMatcher> byLanguage,
      List<String[]> tokens,
      String language,
      String marker,
      int window,
      BiFunction<String, Boolean, String> key) {
    Map<String, Double> counts = new TreeMap<>();
    PhraseMatcher matcher = byLanguage.get(lexiconLanguage(language));
    if (matcher == null) {
      return counts;
    }
    List<PhraseMatcher.Match> matches = matcher.find(tokens);
    for (int i = 0; i < matches.size(); i++) {
      String label = matches.get(i).label();
      String k =
          label.equals(marker)
              ? null
              : key.apply(label, PhraseMatcher.precededBy(matches, i, marker, window));
      if (k != null) {
        counts.merge(k, 1.0, Double::sum);
      }
    }
    return counts;
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}.']+");

  /** Organisation-name cue counts per group code; names are tried in every language. */
  public Map<String, Double> organisationName(String organisation) {
    return inName(nameByLanguage, organisation);
  }

  /**
   * The kinds of body the organisation's name says it is ("gmbh" and "ltd": company; "e.V.",
   * "asbl", "Stiftung": nonprofit; "Gewerkschaft": trade_union...), from the lexicon's {@code
   * forms}: whatever the consultation, so that a profile's own model learns what each kind means
   * for its groups. Cue counts per kind; names are tried in every language.
   */
  public Map<String, Double> organisationForms(String organisation) {
    return inName(formByLanguage, organisation);
  }

  private static Map<String, Double> inName(
      Map<String, PhraseMatcher> byLanguage, String organisation) {
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
    byLanguage.forEach(
        (lang, matcher) -> {
          Map<String, Double> inLanguage = new TreeMap<>();
          matcher
              .find(TermAnalyzer.tokens(words, words, lang))
              .forEach(x -> inLanguage.merge(x.label(), 1.0, Double::sum));
          inLanguage.forEach((label, n) -> counts.merge(label, n, Double::max));
        });
    return counts;
  }
}
