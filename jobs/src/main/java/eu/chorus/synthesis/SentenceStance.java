package eu.chorus.synthesis;

import eu.chorus.annotate.TermAnalyzer;
import eu.chorus.classify.StanceCues;
import eu.chorus.classify.TopicMatcher;
import eu.chorus.profile.Codebook;
import eu.chorus.profile.Stance;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one candidate sentence says on its own: the codebook topics it names and whether its own
 * stance cues agree with a cell's stance.
 *
 * <p>The stance model's per-sentence cues ({@link eu.chorus.classify.SentenceCues}) are computed on
 * CoreNLP's sentences, which carry no character offsets and so cannot be matched to the verbatim
 * sentences a quote is cut from, and they do not travel with the positions. So each candidate is
 * read again here with the same lexicon and matcher ({@link StanceCues}, {@link TopicMatcher}), on
 * tokens split by a regular expression instead of CoreNLP's tokeniser: English lemmas are not used
 * (stems still are), and contractions are split only as far as "n't".
 */
final class SentenceStance {

  /**
   * How a sentence's own cues stand to a cell's stance, best first; only the first two are quoted.
   */
  enum Agreement {
    /** Its cues take the cell's stance and no other. */
    AGREES,
    /** Its cues lean to the cell's stance, or (in a mixed cell) take one side of it. */
    LEANS,
    /** No cue either way. */
    SILENT,
    /** Its cues take another stance. */
    CONTRADICTS
  }

  /**
   * One sentence's reading.
   *
   * @param asks what a demand of it asks for ({@link StanceCues#demandPredicates} without the
   *     prefix: "restrict", "not_extend"...; the first by name when it asks for several); empty
   *     when none
   * @param alternativeOf the topics whose measure's alternative it names ({@link
   *     eu.chorus.profile.Topic#alternatives}): on them its support is opposition and the reverse
   */
  record Reading(
      double pro,
      double con,
      double mixed,
      double neutral,
      boolean ownVoice,
      boolean demand,
      List<String> topics,
      String asks,
      Set<String> alternativeOf) {

    Reading {
      alternativeOf = Set.copyOf(alternativeOf);
    }

    /**
     * The reading as it bears on {@code topic}: asking for the measure's alternative ("any
     * labelling scheme should be mandatory, rather than voluntary") opposes the measure, rejecting
     * the alternative supports it; what it asks for is then not the measure's, so it is left out.
     */
    Reading on(String topic) {
      return alternativeOf.contains(topic)
          ? new Reading(con, pro, mixed, neutral, ownVoice, demand, topics, "", Set.of())
          : this;
    }
  }

  private final StanceCues cues;
  private final TopicMatcher topics;
  // Read from several threads at once when positions read their claims.
  private final Map<String, Reading> read = new ConcurrentHashMap<>();

  SentenceStance(StanceCues cues, Codebook codebook) {
    this.cues = cues;
    this.topics = new TopicMatcher(codebook);
  }

  Reading read(String sentence, String language) {
    return read.computeIfAbsent(language + "\t" + sentence, k -> readNow(sentence, language));
  }

  private Reading readNow(String sentence, String language) {
    List<String> words = words(sentence);
    String cueLanguage = cues.lexiconLanguage(language);
    // The words of a topic's name take no side on it, as where the stance model reads cues.
    List<String> cueWords = TopicMatcher.masked(words, topics.inTerms(words, words, language));
    List<String[]> tokens = TermAnalyzer.tokens(cueWords, cueWords, cueLanguage);
    Map<String, Double> f = cues.features(tokens, language, false);
    Map<String, Double> voice = cues.voice(tokens, language);
    Map<String, Double> asks = cues.demandPredicates(tokens, language);
    String topicLanguage = topics.matchingLanguage(language);
    List<String[]> topicTokens = TermAnalyzer.tokens(words, words, topicLanguage);
    Set<String> alternatives = topics.alternatives(topicTokens, language);
    // What a demand asks for carries the stance as the stance model reads it: cutting a measure
    // back opposes it, keeping or extending it supports it, making it clear is a reservation.
    double pro = StanceCues.pro(f) + asked(asks, "extend") + asked(asks, "not_restrict");
    double con = StanceCues.con(f) + asked(asks, "restrict") + asked(asks, "not_extend");
    double mixed = f.getOrDefault(StanceCues.MIXED, 0.0) + asked(asks, "clarify");
    return new Reading(
        pro,
        con,
        mixed,
        f.getOrDefault(StanceCues.NEUTRAL, 0.0),
        voice.getOrDefault(StanceCues.FIRST_PERSON, 0.0) > 0,
        voice.getOrDefault(StanceCues.DEMAND, 0.0) > 0,
        List.copyOf(topics.ranked(topicTokens, language, alternatives)),
        asks.keySet().stream()
            .findFirst()
            .map(k -> k.substring(StanceCues.PREDICATE.length()))
            .orElse(""),
        alternatives);
  }

  private static double asked(Map<String, Double> asks, String what) {
    return asks.getOrDefault(StanceCues.PREDICATE + what, 0.0);
  }

  /** How a reading stands to {@code stance} on {@code topic}. */
  static Agreement agreement(Reading reading, String topic, Stance stance) {
    Reading r = reading.on(topic);
    boolean pro = r.pro() > 0;
    boolean con = r.con() > 0;
    boolean mixed = r.mixed() > 0;
    return switch (stance) {
      case SUPPORT -> side(r.pro(), r.con(), mixed);
      case OPPOSE -> side(r.con(), r.pro(), mixed);
      case MIXED ->
          (pro && con) || mixed
              ? Agreement.AGREES
              : pro || con ? Agreement.LEANS : Agreement.SILENT;
      // Neutral text takes no side and asks for nothing: it agrees by a neutral cue ("we note",
      // "in practice") or leans by describing the topic itself.
      case NEUTRAL ->
          pro || con || mixed || r.demand()
              ? Agreement.CONTRADICTS
              : r.neutral() > 0
                  ? Agreement.AGREES
                  : r.topics().contains(topic) ? Agreement.LEANS : Agreement.SILENT;
    };
  }

  /**
   * Whether a sentence is about {@code topic}: the topic it names most (the first named of equals)
   * is that one, or it names no topic in a passage that carries that topic alone. One naming other
   * topics first ("We support keeping discrimination in the taxonomy" is about discrimination
   * before the taxonomy) is about them, and one naming none in a passage carrying several topics
   * may be about any of them.
   */
  static boolean about(Reading r, String topic, boolean soleTopic) {
    return r.topics().isEmpty() ? soleTopic : r.topics().get(0).equals(topic);
  }

  /** Whether a reading agrees with {@code stance} on {@code topic} or leans to it. */
  static boolean takes(Reading r, String topic, Stance stance) {
    Agreement a = agreement(r, topic, stance);
    return a == Agreement.AGREES || a == Agreement.LEANS;
  }

  /**
   * Whether a passage as a whole may hold a cell's sentences (quotes, claims): its cues, all
   * sentences together, do not take another stance; a mixed cell's passage takes some side (a
   * "however" alone is no mixed position); a neutral cell's passage takes none (a sentence without
   * cues inside an argument is that argument's context, not a neutral statement).
   */
  boolean passageAllows(String text, String language, String topic, Stance stance) {
    Reading whole = read(text, language);
    if (stance == Stance.MIXED && whole.pro() + whole.con() == 0) {
      return false;
    }
    return agreement(whole, topic, stance) != Agreement.CONTRADICTS;
  }

  private static Agreement side(double own, double other, boolean mixed) {
    if (other > own) {
      return Agreement.CONTRADICTS;
    }
    if (own > 0) {
      return other == 0 && !mixed ? Agreement.AGREES : Agreement.LEANS;
    }
    return other > 0 ? Agreement.CONTRADICTS : Agreement.SILENT;
  }

  /** Lower-case words, with English "n't" split off as CoreNLP does ("don't" → "do", "n't"). */
  static List<String> words(String sentence) {
    return StanceCues.words(sentence);
  }
}
