package eu.chorus.annotate;

import eu.chorus.ops.ExecutorResource;
import eu.chorus.passage.Passage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spark stage: annotates each passage with the CoreNLP pipeline of its language (each built once
 * per executor, on first use), then redacts the passage text of anonymous respondents ({@link
 * RedactPassages}). A passage the pipeline throws on is kept with a failed annotation and its
 * reason, as extraction keeps a file it cannot read: one passage never fails the run.
 */
public final class AnnotatePassages implements MapFunction<Passage, AnnotatedPassage> {

  private static final long serialVersionUID = 1L;
  private static final String FALLBACK = "en";
  private static final Logger LOG = LoggerFactory.getLogger(AnnotatePassages.class);

  private final Map<String, ExecutorResource<TextAnnotator>> annotators = new HashMap<>();
  private final RedactPassages redaction;

  /**
   * @param corenlpResources per language code, CoreNLP properties on the classpath ("en" required)
   * @param anonymousNames per anonymous submission, the names known from its metadata (possibly
   *     none); submissions absent from the map are public
   */
  public AnnotatePassages(
      Map<String, String> corenlpResources, Map<String, List<String>> anonymousNames) {
    corenlpResources.forEach(
        (language, resource) ->
            annotators.put(
                language,
                ExecutorResource.of(
                    "corenlp:" + resource,
                    () -> new CoreNlpAnnotator(CoreNlpAnnotator.properties(resource)))));
    this.redaction = new RedactPassages(anonymousNames);
  }

  @Override
  public AnnotatedPassage call(Passage p) {
    return redaction.call(
        new AnnotatedPassage(
            p, annotate(annotators.getOrDefault(p.language(), annotators.get(FALLBACK)).get(), p)));
  }

  /**
   * The annotation, or a failed one where the annotator throws. The reason names the exception's
   * class only: its message may quote the text, and the reason is published in the manifest.
   */
  static TextAnnotation annotate(TextAnnotator annotator, Passage p) {
    try {
      return annotator.annotate(p.text());
    } catch (RuntimeException e) {
      LOG.warn("annotation failed on passage {}: {}", p.passageId(), e.getClass().getName());
      LOG.debug("annotation failure of " + p.passageId(), e);
      return TextAnnotation.failed("CoreNLP failed (" + e.getClass().getSimpleName() + ")");
    }
  }
}
