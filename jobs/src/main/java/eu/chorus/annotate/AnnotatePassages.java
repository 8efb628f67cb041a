package eu.chorus.annotate;

import eu.chorus.ops.ExecutorResource;
import eu.chorus.passage.Passage;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;

/**
 * Spark stage: annotates each passage with the executor's one CoreNLP pipeline, then redacts the
 * passage text of anonymous respondents (NER persons, their declared name, e-mails, phones).
 */
public final class AnnotatePassages implements MapFunction<Passage, AnnotatedPassage> {

  private static final long serialVersionUID = 1L;

  private final ExecutorResource<TextAnnotator> annotator;
  private final Map<String, List<String>> anonymousNames;

  /**
   * @param corenlpResource CoreNLP properties on the classpath
   * @param anonymousNames per anonymous submission, the names known from its metadata (possibly
   *     none); submissions absent from the map are public
   */
  public AnnotatePassages(String corenlpResource, Map<String, List<String>> anonymousNames) {
    this.annotator = ExecutorResource.of("corenlp:" + corenlpResource,
        () -> new CoreNlpAnnotator(CoreNlpAnnotator.properties(corenlpResource)));
    this.anonymousNames = Map.copyOf(anonymousNames);
  }

  @Override
  public AnnotatedPassage call(Passage p) {
    TextAnnotation annotation = annotator.get().annotate(p.text());
    List<String> names = anonymousNames.get(p.submissionId());
    if (names == null) {
      return new AnnotatedPassage(p, annotation);
    }
    String redacted = Redactor.redact(p.text(), annotation.mentions(), names);
    Passage safe = new Passage(p.passageId(), p.submissionId(), p.file(), p.page(), p.language(), redacted);
    // Mentions point into the original text and name people: they go with it.
    TextAnnotation stripped = new TextAnnotation(annotation.words(), annotation.lemmas(), annotation.sentences(), List.of());
    return new AnnotatedPassage(safe, stripped);
  }
}
