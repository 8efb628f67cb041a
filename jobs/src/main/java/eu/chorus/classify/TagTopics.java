package eu.chorus.classify;

import eu.chorus.profile.Codebook;
import eu.chorus.annotate.AnnotatedPassage;
import eu.chorus.annotate.Mention;
import eu.chorus.annotate.TermAnalyzer;
import eu.chorus.annotate.TextAnnotation;
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

  public TagTopics(Codebook codebook, StanceCues stanceCues, GroupCues groupCues) {
    this.topics = new TopicMatcher(codebook);
    this.stanceCues = stanceCues;
    this.groupCues = groupCues;
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
      List<String[]> cueTokens = cueLanguage.equals(topicLanguage) ? tokens : TermAnalyzer.tokens(words, lemmas, cueLanguage);
      SentenceCues sentence = new SentenceCues(topics.match(tokens, language),
          stanceCues.features(cueTokens, language, words.get(words.size() - 1).equals("?")),
          stanceCues.voice(cueTokens, language), stanceCues.demandPredicates(cueTokens, language));
      if (sentences.isEmpty()) {
        leadTopics = List.copyOf(topics.match(tokens.subList(0, Math.min(LEAD_TOKENS, tokens.size())), language).keySet());
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
    List<String> organisations = a.mentions().stream()
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

  /** Topics named in this many opening tokens of a passage say what the passage is about. */
  static final int LEAD_TOKENS = 10;

  private static final Set<String> SENTENCE_END = Set.of(".", "?", "!", "...");
}
