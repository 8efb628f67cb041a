package eu.chorus.annotate;

import eu.chorus.ops.ExecutorResource;
import eu.chorus.passage.Passage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;

/**
 * Spark stage: annotates each passage with the CoreNLP pipeline of its language (each built once
 * per executor, on first use), then redacts the passage text of anonymous respondents
 * ({@link RedactPassages}).
 */
public final class AnnotatePassages implements MapFunction<Passage, AnnotatedPassage> {

  private static final long serialVersionUID = 1L;
  private static final String FALLBACK = "en";

  private final Map<String, ExecutorResource<TextAnnotator>> annotators = new HashMap<>();
  private final RedactPassages redaction;

  /**
   * @param corenlpResources per language code, CoreNLP properties on the classpath ("en" required)
   * @param anonymousNames per anonymous submission, the names known from its metadata (possibly
   *     none); submissions absent from the map are public
   */
  public AnnotatePassages(Map<String, String> corenlpResources, Map<String, List<String>> anonymousNames) {
    corenlpResources.forEach((language, resource) -> annotators.put(language, ExecutorResource.of(
        "corenlp:" + resource, () -> new CoreNlpAnnotator(CoreNlpAnnotator.properties(resource)))));
    this.redaction = new RedactPassages(anonymousNames);
  }

  @Override
  public AnnotatedPassage call(Passage p) {
    TextAnnotation annotation = annotators.getOrDefault(p.language(), annotators.get(FALLBACK)).get().annotate(p.text());
    return redaction.call(new AnnotatedPassage(p, annotation));
  }
}
