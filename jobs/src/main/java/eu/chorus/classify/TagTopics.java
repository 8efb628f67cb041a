package eu.chorus.classify;

import eu.chorus.annotate.AnnotatedPassage;
import eu.chorus.annotate.Mention;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;

/** Spark stage: codebook topics of each annotated passage, matched on lemmas. */
public final class TagTopics implements MapFunction<AnnotatedPassage, TaggedPassage> {

  private static final long serialVersionUID = 1L;

  private final TopicMatcher matcher;

  public TagTopics(Codebook codebook) {
    this.matcher = new TopicMatcher(codebook);
  }

  @Override
  public TaggedPassage call(AnnotatedPassage p) {
    List<String> organisations = p.annotation().mentions().stream()
        .filter(m -> Mention.ORGANIZATION.equals(m.type()))
        .map(Mention::text)
        .toList();
    return new TaggedPassage(
        p.passage(),
        p.annotation().tokens(),
        matcher.match(p.annotation().words(), p.annotation().lemmas()),
        organisations);
  }
}
