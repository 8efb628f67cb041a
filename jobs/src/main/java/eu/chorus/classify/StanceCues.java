package eu.chorus.classify;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chorus.annotate.TermAnalyzer;
import eu.chorus.ops.ClasspathJson;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stance cues of a passage, from the per-language lexicon {@code chorus/stance-lexicon.json}:
 * support, oppose and mixed markers, with negation scope ("we do not oppose") and reversals ("we
 * oppose any weakening of") resolved before counting. The counts are features for the stance model,
 * not a decision.
 */
public final class StanceCues implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final String RESOURCE = "chorus/stance-lexicon.json";

  /** Feature names, the columns the stance model is trained on. */
  public static final String SUPPORT = "support";

  public static final String OPPOSE = "oppose";
  public static final String SUPPORT_NEGATED = "support_negated";
  public static final String OPPOSE_NEGATED = "oppose_negated";
  public static final String SUPPORT_REVERSED = "support_reversed";
  public static final String OPPOSE_REVERSED = "oppose_reversed";
  public static final String MIXED = "mixed";
  public static final String HEDGE = "hedge";
  public static final String QUESTION = "question";
  public static final String NEUTRAL = "neutral";

  /** Modality and voice, matched apart from the cues above so that they never hide one. */
  public static final String DEMAND = "demand";

  public static final String FIRST_PERSON = "first_person";
  public static final String NUMBER = "number";

  /**
   * How respondents argue, matched apart from the cues (a sentence's counts of its own, never
   * hiding a cue): advisory and hedged forms ("we believe", "we recommend"), stance by consequence
   * ({@link #HARM}: "would stifle innovation", "disproportionate burden"; {@link #BENEFIT}:
   * "essential safeguard", "legal certainty"), concern ("we are concerned that").
   */
  public static final String ADVICE = "advice";

  public static final String HARM = "harm";
  public static final String BENEFIT = "benefit";
  public static final String CONCERN = "concern";

  /**
   * Support and opposition cues after the last contrast marker of a sentence: where it turns to.
   */
  public static final String CONTRAST_PRO = "contrast_pro";

  public static final String CONTRAST_CON = "contrast_con";

  private static final List<String> CATEGORIES =
      List.of(
          "support", "requests", "oppose", "mixed", "neutral", "negators", "reversal", "hedges");

  /**
   * Deontic modals ("must", "should", "need to") and the respondent's own voice ("we", "our"):
   * whether a sentence asks for something or speaks for the respondent, whatever it is about.
   */
  private static final List<String> VOICE = List.of("demand", "first_person");

  /** Lexicon categories of {@link #voice}'s argument forms, and the feature each counts as. */
  private static final Map<String, String> ARGUMENT =
      Map.of(
          "advice",
          ADVICE,
          "harms",
          HARM,
          "benefits",
          BENEFIT,
          "concern",
          CONCERN,
          "contrast",
          "contrast",
          "citation",
          "citation");

  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile(".*\\d.*");

  /** Tokens before a cue in which a negator flips it. */
  private static final int NEGATION_WINDOW = 3;

  /**
   * Tokens before a cue in which a negator still flips it when no other cue stands between ("we do
   * not think that this proposal should be supported"); the lexicon's {@code negationReach}.
   */
  private final int negationReach;

  /** Tokens after a cue in which a reversal target ("weakening", "removal") turns it around. */
  private static final int REVERSAL_WINDOW = 5;

  /** Tokens after a modal within which its predicate is looked for. */
  private static final int PREDICATE_WINDOW = 3;

  /**
   * What a demand can ask for: that a measure be cut back, be kept or extended, or be made clear.
   */
  private static final List<String> ASKS = List.of("asks_restrict", "asks_extend", "asks_clarify");

  private final Map<String, PhraseMatcher> byLanguage;
  private final Map<String, PhraseMatcher> voiceByLanguage;

  /** Per language, what a demand can ask for ({@link #ASKS}), and the one-word negators. */
  private final Map<String, PhraseMatcher> asksByLanguage;

  private final Map<String, Set<String>> negators;

  /** Per language, the argument forms ({@link #ARGUMENT}). */
  private final Map<String, PhraseMatcher> argumentByLanguage;

  private final String version;

  private StanceCues(
      Map<String, PhraseMatcher> byLanguage,
      Map<String, PhraseMatcher> voiceByLanguage,
      Map<String, PhraseMatcher> asksByLanguage,
      Map<String, Set<String>> negators,
      Map<String, PhraseMatcher> argumentByLanguage,
      int negationReach,
      String version) {
    this.byLanguage = byLanguage;
    this.voiceByLanguage = voiceByLanguage;
    this.asksByLanguage = asksByLanguage;
    this.negators = negators;
    this.argumentByLanguage = argumentByLanguage;
    this.negationReach = negationReach;
    this.version = version;
  }

  public static StanceCues load() {
    return parse(ClasspathJson.read(RESOURCE, "stance lexicon"));
  }

  static StanceCues parse(JsonNode root) {
    Map<String, PhraseMatcher> matchers = new HashMap<>();
    Map<String, PhraseMatcher> voice = new HashMap<>();
    Map<String, PhraseMatcher> asks = new HashMap<>();
    Map<String, Set<String>> negators = new HashMap<>();
    Map<String, PhraseMatcher> argument = new HashMap<>();
    root.path("languages")
        .fields()
        .forEachRemaining(
            lang -> {
              argument.put(
                  lang.getKey(),
                  matcher(lang.getValue(), lang.getKey(), List.copyOf(ARGUMENT.keySet())));
              matchers.put(lang.getKey(), matcher(lang.getValue(), lang.getKey(), CATEGORIES));
              voice.put(lang.getKey(), matcher(lang.getValue(), lang.getKey(), VOICE));
              asks.put(lang.getKey(), matcher(lang.getValue(), lang.getKey(), ASKS));
              negators.put(lang.getKey(), words(lang.getValue().path("negators"), lang.getKey()));
            });
    return new StanceCues(
        matchers,
        voice,
        asks,
        negators,
        argument,
        root.path("negationReach").asInt(NEGATION_WINDOW),
        root.path("version").asText(""));
  }

  /** The one-word entries of a lexicon list, as stems. */
  private static Set<String> words(JsonNode list, String language) {
    Set<String> stems = new HashSet<>();
    list.forEach(
        p -> {
          List<String> phrase = TermAnalyzer.phrase(p.asText(), language);
          if (phrase.size() == 1) {
            stems.add(phrase.get(0));
          }
        });
    return stems;
  }

  private static PhraseMatcher matcher(JsonNode lexicon, String language, List<String> categories) {
    Map<String, List<List<String>>> phrases = new HashMap<>();
    for (String category : categories) {
      List<List<String>> stems = new ArrayList<>();
      lexicon.path(category).forEach(p -> stems.add(TermAnalyzer.phrase(p.asText(), language)));
      phrases.put(category, stems);
    }
    return new PhraseMatcher(phrases);
  }

  public String version() {
    return version;
  }

  /** The language whose lexicon serves text in {@code language} (English when it has none). */
  public String lexiconLanguage(String language) {
    return byLanguage.containsKey(language) ? language : "en";
  }

  /**
   * @param tokens analysed with {@link TermAnalyzer#tokens} for {@link #lexiconLanguage}
   * @return feature counts (absent = 0)
   */
  public Map<String, Double> features(
      List<String[]> tokens, String language, boolean endsWithQuestion) {
    return features(tokens, language, endsWithQuestion, null);
  }

  /**
   * Which of a sentence's cues a negator flips, read otherwise than by the token window (CoreNLP's
   * dependency parse: {@link DependencyNegation}).
   */
  public interface NegationScope {

    /**
     * @param cueStart the cue's first token
     * @param cueEnd after the cue's last token
     * @param negatorStart the first token of the negator the token window finds for the cue, -1
     *     when it finds none
     * @param negatorEnd after that negator's last token, -1 when none
     */
    boolean negated(int cueStart, int cueEnd, int negatorStart, int negatorEnd);
  }

  /**
   * As {@link #features(List, String, boolean)}, negation read by {@code scope} (null: the token
   * window).
   */
  public Map<String, Double> features(
      List<String[]> tokens, String language, boolean endsWithQuestion, NegationScope scope) {
    List<PhraseMatcher.Match> matches = byLanguage.get(lexiconLanguage(language)).find(tokens);
    Map<String, Double> f = new TreeMap<>();
    for (int i = 0; i < matches.size(); i++) {
      PhraseMatcher.Match m = matches.get(i);
      switch (m.label()) {
        case "support", "oppose" -> {
          boolean support = m.label().equals("support");
          if (negated(matches, i, scope)) {
            add(f, support ? SUPPORT_NEGATED : OPPOSE_NEGATED);
          } else if (reversed(matches, i)) {
            add(f, support ? SUPPORT_REVERSED : OPPOSE_REVERSED);
          } else {
            add(f, support ? SUPPORT : OPPOSE);
          }
        }
        case "requests" -> {
          // "We call for X to be deleted" opposes X: what is asked for carries the stance.
          if (negated(matches, i, scope)) {
            add(f, SUPPORT_NEGATED);
          } else if (!polarCueFollows(matches, i)) {
            add(f, SUPPORT);
          }
        }
        case "mixed" -> add(f, MIXED);
        case "hedges" -> add(f, HEDGE);
        case "neutral" -> add(f, NEUTRAL);
        default -> {}
      }
    }
    if (endsWithQuestion) {
      add(f, QUESTION);
    }
    return f;
  }

  /**
   * How a sentence is put, whatever its cues: deontic modals ({@link #DEMAND}), the respondent's
   * own voice ({@link #FIRST_PERSON}) and figures ({@link #NUMBER}). Kept apart from {@link
   * #features} since they are no stance cues themselves.
   */
  public Map<String, Double> voice(List<String[]> tokens, String language) {
    Map<String, Double> f = new TreeMap<>();
    String lang = lexiconLanguage(language);
    for (PhraseMatcher.Match m : voiceByLanguage.get(lang).find(tokens)) {
      add(f, m.label().equals("demand") ? DEMAND : FIRST_PERSON);
    }
    int turn = -1;
    for (PhraseMatcher.Match m : argumentByLanguage.get(lang).find(tokens)) {
      if (m.label().equals("contrast")) {
        turn = m.end();
      } else if (!m.label().equals("citation")) {
        add(f, ARGUMENT.get(m.label()));
      }
    }
    if (turn > 0 && turn < tokens.size()) {
      // "We welcome the aim, but the obligations would ...": the cues after the turn, on their own.
      Map<String, Double> after = features(tokens.subList(turn, tokens.size()), language, false);
      if (pro(after) > 0) {
        f.put(CONTRAST_PRO, pro(after));
      }
      if (con(after) > 0) {
        f.put(CONTRAST_CON, con(after));
      }
    }
    for (String[] token : tokens) {
      if (DIGITS.matcher(token[0]).matches()) {
        add(f, NUMBER);
      }
    }
    return f;
  }

  /**
   * What each deontic modal or request of the sentence asks for, by the kind of its predicate
   * ({@code asks_*} in the lexicon): the first such word in the few tokens after the modal, negated
   * when a negator stands between ("should be deleted": {@code demand:restrict}; "must not be
   * weakened": {@code demand:not_restrict}; "should be clarified": {@code demand:clarify}).
   */
  public Map<String, Double> demandPredicates(List<String[]> tokens, String language) {
    String lang = lexiconLanguage(language);
    Set<String> not = negators.get(lang);
    List<PhraseMatcher.Match> demands =
        voiceByLanguage.get(lang).find(tokens).stream()
            .filter(m -> m.label().equals("demand"))
            .toList();
    if (demands.isEmpty()) {
      return Map.of(); // most sentences: no need to look for predicates
    }
    List<PhraseMatcher.Match> asks = asksByLanguage.get(lang).find(tokens);
    Map<String, Double> f = new TreeMap<>();
    for (int k = 0; k < demands.size(); k++) {
      PhraseMatcher.Match d = demands.get(k);
      int limit =
          Math.min(
              d.end() + PREDICATE_WINDOW,
              k + 1 < demands.size() ? demands.get(k + 1).start() : tokens.size());
      for (PhraseMatcher.Match a : asks) {
        if (a.start() >= d.end() && a.start() < limit) {
          boolean negated =
              tokens.subList(Math.max(0, d.start() - 1), a.start()).stream()
                  .anyMatch(t -> not.contains(t[0]));
          add(f, PREDICATE + (negated ? "not_" : "") + a.label().substring("asks_".length()));
          break;
        }
      }
    }
    return f;
  }

  /**
   * Whether a sentence is a reference rather than the respondent's voice: a footnote or citation (a
   * web address, "et al.", "ibid.", "available at"), whose wording is someone else's.
   */
  public boolean citation(List<String[]> tokens, String language) {
    return argumentByLanguage.get(lexiconLanguage(language)).find(tokens).stream()
        .anyMatch(m -> m.label().equals("citation"));
  }

  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*");
  private static final java.util.regex.Pattern NOT_CLITIC =
      java.util.regex.Pattern.compile("(.+)n['’]t");

  /**
   * Lower-case words of raw text, with English "n't" split off as CoreNLP does ("don't" → "do",
   * "n't"): for text read without CoreNLP (quote candidates, lexicon and paragraph comparisons).
   * Kept out of the annotate package, whose code is part of the annotation cache's fingerprint.
   */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    java.util.regex.Matcher m = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
    while (m.find()) {
      java.util.regex.Matcher clitic = NOT_CLITIC.matcher(m.group());
      if (clitic.matches()) {
        words.add(clitic.group(1));
        words.add("n't");
      } else {
        words.add(m.group());
      }
    }
    return words;
  }

  /** Prefix of the {@link #demandPredicates} keys. */
  public static final String PREDICATE = "demand:";

  /**
   * Support cues once negation and reversal are resolved: "support", "not oppose", "oppose the
   * removal".
   */
  public static double pro(Map<String, Double> f) {
    return f.getOrDefault(SUPPORT, 0.0)
        + f.getOrDefault(OPPOSE_NEGATED, 0.0)
        + f.getOrDefault(OPPOSE_REVERSED, 0.0);
  }

  /** Opposition cues once negation and reversal are resolved. */
  public static double con(Map<String, Double> f) {
    return f.getOrDefault(OPPOSE, 0.0)
        + f.getOrDefault(SUPPORT_NEGATED, 0.0)
        + f.getOrDefault(SUPPORT_REVERSED, 0.0);
  }

  /**
   * A negator in the {@link #NEGATION_WINDOW} tokens before the cue, or within {@code reach} tokens
   * with no other cue or contrast between (which would be what it negates).
   */
  private boolean negated(List<PhraseMatcher.Match> matches, int at, NegationScope scope) {
    int n = negator(matches, at, negationReach);
    if (scope == null) {
      return n >= 0;
    }
    PhraseMatcher.Match cue = matches.get(at);
    return scope.negated(
        cue.start(),
        cue.end(),
        n < 0 ? -1 : matches.get(n).start(),
        n < 0 ? -1 : matches.get(n).end());
  }

  /** The index of the match that negates the cue at {@code at}, or -1 (see {@link #negated}). */
  private static int negator(List<PhraseMatcher.Match> matches, int at, int reach) {
    int start = matches.get(at).start();
    boolean stopped = false;
    for (int j = at - 1;
        j >= 0 && matches.get(j).end() >= start - Math.max(reach, NEGATION_WINDOW);
        j--) {
      String label = matches.get(j).label();
      if (label.equals("negators")) {
        return matches.get(j).end() >= start - NEGATION_WINDOW || !stopped ? j : -1;
      }
      stopped |= STOPS_NEGATION.contains(label);
    }
    return -1;
  }

  /**
   * A support, oppose or request cue of a sentence: its label, its token span [start, end), and the
   * span of the negator that flips it by the token window (-1, -1 when none does).
   */
  public record PolarCue(String label, int start, int end, int negatorStart, int negatorEnd) {}

  /**
   * The sentence's support, oppose and request cues with the negation {@link #features} reads for
   * each: for comparing negation scopes (jobs/bench/DepparseNegation.java).
   */
  public List<PolarCue> polarCues(List<String[]> tokens, String language) {
    List<PhraseMatcher.Match> matches = byLanguage.get(lexiconLanguage(language)).find(tokens);
    List<PolarCue> cues = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      PhraseMatcher.Match m = matches.get(i);
      if (POLAR.contains(m.label())) {
        int n = negator(matches, i, negationReach);
        cues.add(
            new PolarCue(
                m.label(),
                m.start(),
                m.end(),
                n < 0 ? -1 : matches.get(n).start(),
                n < 0 ? -1 : matches.get(n).end()));
      }
    }
    return cues;
  }

  /** The cues a negator flips. */
  private static final Set<String> POLAR = Set.of("support", "oppose", "requests");

  /** The cues that stand between a negator and a later cue: the polar ones and a mixed one. */
  private static final Set<String> STOPS_NEGATION =
      Stream.concat(POLAR.stream(), Stream.of(MIXED)).collect(Collectors.toUnmodifiableSet());

  private static boolean polarCueFollows(List<PhraseMatcher.Match> matches, int at) {
    for (int j = at + 1; j < matches.size(); j++) {
      String label = matches.get(j).label();
      if (label.equals("support") || label.equals("oppose")) {
        return true;
      }
    }
    return false;
  }

  private static boolean reversed(List<PhraseMatcher.Match> matches, int at) {
    int end = matches.get(at).end();
    for (int j = at + 1;
        j < matches.size() && matches.get(j).start() <= end + REVERSAL_WINDOW;
        j++) {
      if (matches.get(j).label().equals("reversal")) {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<String, Double> f, String name) {
    f.merge(name, 1.0, Double::sum);
  }
}
