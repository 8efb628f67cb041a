package eu.chorus.annotate;

import eu.chorus.passage.Passage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;

/**
 * Spark stage: redacts the passage text of anonymous respondents ({@link Redactor}: names, their
 * declared name, e-mails, phones, accounts) and drops the mentions, which point into the original
 * text and name people. Passages of public respondents pass unchanged.
 */
public final class RedactPassages implements MapFunction<AnnotatedPassage, AnnotatedPassage> {

  private static final long serialVersionUID = 1L;

  private final Map<String, List<String>> anonymousNames;
  private final Redactor redactor = Redactor.standard();

  /**
   * @param anonymousNames per anonymous submission, the names known from its metadata (possibly
   *     none); submissions absent from the map are public
   */
  public RedactPassages(Map<String, List<String>> anonymousNames) {
    this.anonymousNames = Map.copyOf(anonymousNames);
  }

  /**
   * A file's passages, in reading order, redacted together ({@link Redactor#redactFile}): a name
   * found in one is redacted in all, and a closing ending one makes the next one's opening name a
   * signature.
   */
  public Iterator<AnnotatedPassage> all(Iterator<AnnotatedPassage> passages) {
    List<AnnotatedPassage> file = new ArrayList<>();
    passages.forEachRemaining(file::add);
    if (file.isEmpty()) {
      return file.iterator();
    }
    List<String> names = anonymousNames.get(file.get(0).passage().submissionId());
    if (names == null) {
      return file.iterator();
    }
    List<String> redacted =
        redactor.redactFile(
            file.stream().map(a -> a.passage().text()).toList(),
            file.stream().map(a -> a.annotation().mentions()).toList(),
            names);
    List<AnnotatedPassage> safe = new ArrayList<>(file.size());
    for (int i = 0; i < file.size(); i++) {
      safe.add(redacted(file.get(i), redacted.get(i)));
    }
    return safe.iterator();
  }

  /**
   * One passage on its own (a name that only another passage of its file gives is not known here).
   */
  @Override
  public AnnotatedPassage call(AnnotatedPassage a) {
    List<String> names = anonymousNames.get(a.passage().submissionId());
    if (names == null) {
      return a;
    }
    List<String> text =
        redactor.redactFile(List.of(a.passage().text()), List.of(a.annotation().mentions()), names);
    return redacted(a, text.get(0));
  }

  /**
   * The passage with its redacted text and without mentions, which point into the original text and
   * name people. A passage whose annotation failed has no mentions to redact by: its text is
   * withheld.
   */
  private static AnnotatedPassage redacted(AnnotatedPassage a, String text) {
    Passage p = a.passage();
    TextAnnotation annotation = a.annotation();
    Passage safe =
        new Passage(
            p.passageId(),
            p.submissionId(),
            p.file(),
            p.page(),
            p.language(),
            annotation.failed() ? "" : text);
    TextAnnotation stripped =
        new TextAnnotation(
            annotation.words(),
            annotation.lemmas(),
            annotation.sentences(),
            List.of(),
            annotation.failure());
    return new AnnotatedPassage(safe, stripped);
  }
}
