package eu.chorus.annotate;

import eu.chorus.passage.Passage;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;

/**
 * Spark stage: redacts the passage text of anonymous respondents (NER persons, their declared
 * name, e-mails, phones) and drops the mentions, which point into the original text and name
 * people. Passages of public respondents pass unchanged.
 */
public final class RedactPassages implements MapFunction<AnnotatedPassage, AnnotatedPassage> {

  private static final long serialVersionUID = 1L;

  private final Map<String, List<String>> anonymousNames;

  /**
   * @param anonymousNames per anonymous submission, the names known from its metadata (possibly
   *     none); submissions absent from the map are public
   */
  public RedactPassages(Map<String, List<String>> anonymousNames) {
    this.anonymousNames = Map.copyOf(anonymousNames);
  }

  /** {@link #call} over a file's passages, lazily. */
  public Iterator<AnnotatedPassage> all(Iterator<AnnotatedPassage> passages) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return passages.hasNext();
      }

      @Override
      public AnnotatedPassage next() {
        return call(passages.next());
      }
    };
  }

  @Override
  public AnnotatedPassage call(AnnotatedPassage a) {
    Passage p = a.passage();
    List<String> names = anonymousNames.get(p.submissionId());
    if (names == null) {
      return a;
    }
    TextAnnotation annotation = a.annotation();
    String redacted = Redactor.redact(p.text(), annotation.mentions(), names);
    Passage safe = new Passage(p.passageId(), p.submissionId(), p.file(), p.page(), p.language(), redacted);
    TextAnnotation stripped = new TextAnnotation(annotation.words(), annotation.lemmas(), annotation.sentences(), List.of());
    return new AnnotatedPassage(safe, stripped);
  }
}
