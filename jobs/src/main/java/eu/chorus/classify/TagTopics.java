package eu.chorus.classify;

import eu.chorus.annotate.AnnotatedPassage;
import eu.chorus.annotate.Mention;
import eu.chorus.annotate.TermAnalyzer;
import eu.chorus.annotate.TextAnnotation;
import eu.chorus.profile.Codebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;

/**
 * Spark stage: per passage, the codebook topics it names, its stance cues and its stakeholder-group
 * cues, all matched on the stems of the passage's language. Topics and stance cues are matched
 * sentence by sentence, so that negation scope stays inside a sentence and stance can be credited
 * to the topic a sentence is about.
 */
public final class TagTopics implements MapFunction<AnnotatedPassage, TaggedPassage> {

  private static final long serialVersionUID = 1L;

  private final TopicMatcher topics;
  private final StanceCues stanceCues;
  private final GroupCues groupCues;
  private final DependencyNegation negation;

  public TagTopics(Codebook codebook, StanceCues stanceCues, GroupCues groupCues) {
    this(codebook, stanceCues, groupCues, null);
  }

  /**
   * @param negation reads negation from the dependency parse; null: the token window
   */
  public TagTopics(
      Codebook codebook, StanceCues stanceCues, GroupCues groupCues, DependencyNegation negation) {
    this.topics = new TopicMatcher(codebook);
    this.stanceCues = stanceCues;
    this.groupCues = groupCues;
    this.negation = negation;
  }

  @Override
  public TaggedPassage call(AnnotatedPassage p) {
    TextAnnotation a = p.annotation();
    String language = p.passage().language();
    String topicLanguage = topics.matchingLanguage(language);
    String cueLanguage = stanceCues.lexiconLanguage(language);
    List<SentenceCues> sentences = new ArrayList<>();
    List<String> leadTopics = List.of();
    Map<String, Integer> topicHits = new TreeMap<>();
    Map<String, Double> cues = new TreeMap<>();
    String groupLanguage = groupCues.lexiconLanguage(language);
    // Analysis is per word, so the sentences' tokens, joined, are the passage's.
    List<String[]> groupTokens = groupLanguage.equals(topicLanguage) ? new ArrayList<>() : null;
    for (int[] span : sentenceSpans(a.words())) {
      List<String> words = a.words().subList(span[0], span[1]);
      List<String> lemmas = a.lemmas().subList(span[0], span[1]);
      List<String[]> tokens = TermAnalyzer.tokens(words, lemmas, topicLanguage);
      // Stance is read from the respondent's own words: quoted text (a draft's wording, a question)
      // is left out of the cues, and a footnote or citation carries none.
      boolean[] quoted = quoted(words);
      boolean anyQuoted =
          java.util.stream.IntStream.range(0, quoted.length).anyMatch(i -> quoted[i]);
      List<String> cueWords = anyQuoted ? own(words, quoted) : words;
      List<String> cueLemmas = anyQuoted ? own(lemmas, quoted) : lemmas;
      List<String[]> cueTokens =
          cueLanguage.equals(topicLanguage) && !anyQuoted
              ? tokens
              : TermAnalyzer.tokens(cueWords, cueLemmas, cueLanguage);
      boolean voice = !stanceCues.citation(cueTokens, language);
      StanceCues.NegationScope scope =
          negation == null || !voice ? null : negation.scope(cueWords, cueLemmas, cueLanguage);
      SentenceCues sentence =
          new SentenceCues(
              topics.match(tokens, language),
              voice
                  ? stanceCues.features(
                      cueTokens, language, words.get(words.size() - 1).equals("?"), scope)
                  : Map.of(),
              voice ? stanceCues.voice(cueTokens, language) : Map.of(),
              voice ? stanceCues.demandPredicates(cueTokens, language) : Map.of());
      if (sentences.isEmpty()) {
        leadTopics =
            List.copyOf(
                topics
                    .match(tokens.subList(0, Math.min(LEAD_TOKENS, tokens.size())), language)
                    .keySet());
      }
      sentence.topicHits().forEach((k, v) -> topicHits.merge(k, v, Integer::sum));
      sentence.cues().forEach((k, v) -> cues.merge(k, v, Double::sum));
      sentences.add(sentence);
      if (groupTokens != null) {
        groupTokens.addAll(tokens);
      }
    }
    if (groupTokens == null) {
      groupTokens = TermAnalyzer.tokens(a.words(), a.lemmas(), groupLanguage);
    }
    List<String> organisations =
        a.mentions().stream()
            .filter(m -> Mention.ORGANIZATION.equals(m.type()))
            .map(Mention::text)
            .toList();
    return new TaggedPassage(
        p.passage(),
        a.tokens(),
        topicHits,
        cues,
        groupCues.selfDescription(groupTokens, language),
        organisations,
        sentences,
        leadTopics);
  }

  /** Sentence spans [start, end) over the tokens: a sentence ends with its final punctuation. */
  static List<int[]> sentenceSpans(List<String> words) {
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < words.size(); i++) {
      if (SENTENCE_END.contains(words.get(i))) {
        spans.add(new int[] {start, i + 1});
        start = i + 1;
      }
    }
    if (start < words.size()) {
      spans.add(new int[] {start, words.size()});
    }
    return spans;
  }

  /** Quotation marks as CoreNLP's tokeniser and typesetting leave them. */
  private static final Set<String> OPEN_QUOTE = Set.of("``", "\u201c", "\u201e", "\u00ab");

  private static final Set<String> CLOSE_QUOTE = Set.of("''", "\u201d", "\u00bb");

  /**
   * A quotation this long is quoted text (a draft's wording); shorter ones name a term
   * ("high-risk").
   */
  static final int QUOTED_WORDS = 4;

  /** Per word, whether it lies inside a quotation of at least {@link #QUOTED_WORDS} words. */
  static boolean[] quoted(List<String> words) {
    boolean[] inside = new boolean[words.size()];
    int open = -1;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean straight = w.equals("\"");
      if (open < 0 && (OPEN_QUOTE.contains(w) || straight)) {
        open = i;
      } else if (open >= 0 && (CLOSE_QUOTE.contains(w) || straight)) {
        if (i - open - 1 >= QUOTED_WORDS) {
          java.util.Arrays.fill(inside, open, i + 1, true);
        }
        open = -1;
      }
    }
    return inside;
  }

  private static List<String> own(List<String> words, boolean[] quoted) {
    List<String> own = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      if (!quoted[i]) {
        own.add(words.get(i));
      }
    }
    return own;
  }

  /** Topics named in this many opening tokens of a passage say what the passage is about. */
  static final int LEAD_TOKENS = 10;

  private static final Set<String> SENTENCE_END = Set.of(".", "?", "!", "...");
}
