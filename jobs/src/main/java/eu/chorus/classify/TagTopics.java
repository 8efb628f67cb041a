package eu.chorus.classify;

import eu.chorus.annotate.AnnotatedPassage;
import eu.chorus.annotate.Mention;
import eu.chorus.annotate.TermAnalyzer;
import eu.chorus.annotate.TextAnnotation;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;

/**
 * Spark stage: per passage, the codebook topics it names, its stance cues and its stakeholder-group
 * cues, all matched on the stems of the passage's language.
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
    List<String[]> tokens = TermAnalyzer.tokens(a.words(), a.lemmas(), topicLanguage);
    String cueLanguage = stanceCues.lexiconLanguage(language);
    List<String[]> cueTokens = cueLanguage.equals(topicLanguage) ? tokens : TermAnalyzer.tokens(a.words(), a.lemmas(), cueLanguage);
    String groupLanguage = groupCues.lexiconLanguage(language);
    List<String[]> groupTokens = groupLanguage.equals(topicLanguage) ? tokens : TermAnalyzer.tokens(a.words(), a.lemmas(), groupLanguage);
    List<String> organisations = a.mentions().stream()
        .filter(m -> Mention.ORGANIZATION.equals(m.type()))
        .map(Mention::text)
        .toList();
    return new TaggedPassage(
        p.passage(),
        a.tokens(),
        topics.match(tokens, language),
        stanceCues.features(cueTokens, language, p.passage().text().strip().endsWith("?")),
        groupCues.selfDescription(groupTokens, language),
        organisations);
  }
}
