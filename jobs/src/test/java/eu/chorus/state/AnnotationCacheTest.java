package eu.chorus.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.chorus.LocalSpark;
import eu.chorus.annotate.AnnotatedPassage;
import eu.chorus.annotate.Mention;
import eu.chorus.annotate.TextAnnotation;
import eu.chorus.ingest.InputFile;
import eu.chorus.passage.Passage;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Annotated passages grouped into cache rows by content and read back under a file's real ids. */
class AnnotationCacheTest {

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("annotation-cache-test", 3);

  private static AnnotatedPassage annotated(String content, int sequence) {
    String text = "Passage " + sequence + " of " + content + " by Jane Doe.";
    return new AnnotatedPassage(
        new Passage(Passage.id(content, 0, sequence), content, "", sequence / 3 + 1, "en", text),
        new TextAnnotation(
            List.of("Passage", String.valueOf(sequence)),
            List.of("passage", String.valueOf(sequence)),
            1,
            List.of(new Mention(Mention.PERSON, 20, 28, "Jane Doe"))));
  }

  /** The cached passages of one file's content, under the file's own ids. */
  private static List<AnnotatedPassage> readBack(
      Dataset<Row> cache, InputFile file, String sha256) {
    List<AnnotatedPassage> back = new ArrayList<>();
    FilesTable.of(SPARK.session(), List.of(new HashedFile(file, sha256, "")))
        .join(cache, CachedStage.KEY)
        .collectAsList()
        .forEach(r -> AnnotationCache.passages(r).forEachRemaining(back::add));
    return back;
  }

  @Test
  void passagesComeBackInSequenceOrderUnderTheFilesOwnIds() {
    List<Row> rows = new ArrayList<>();
    // shuffled, and 10 after 9 (numeric, not text order)
    for (int sequence : new int[] {10, 2, 9, 1, 3}) {
      rows.add(AnnotationCache.keyedPassage(annotated("sha-a", sequence)));
    }
    rows.add(AnnotationCache.keyedPassage(annotated("sha-b", 1)));
    Dataset<Row> cache =
        AnnotationCache.byContent(
            SPARK.session().createDataFrame(rows, AnnotationCache.KEYED_PASSAGE).repartition(3));
    InputFile file =
        new InputFile(
            "/export/files/CP-0007/letter.pdf", "CP-0007/letter.pdf", "CP-0007", 2, 10, true, "");
    List<AnnotatedPassage> back = readBack(cache, file, "sha-a");
    assertEquals(
        List.of(
            "CP-0007:2:0001",
            "CP-0007:2:0002",
            "CP-0007:2:0003",
            "CP-0007:2:0009",
            "CP-0007:2:0010"),
        back.stream().map(a -> a.passage().passageId()).toList());
    AnnotatedPassage tenth = back.get(4);
    AnnotatedPassage expected = annotated("sha-a", 10);
    assertEquals(expected.annotation(), tenth.annotation());
    assertEquals(expected.passage().text(), tenth.passage().text());
    assertEquals(4, tenth.passage().page());
    assertEquals("CP-0007/letter.pdf", tenth.passage().file());
    assertEquals(2, cache.count());
  }

  @Test
  void aFailedAnnotationIsCachedWithItsReason() {
    Passage p =
        new Passage(Passage.id("sha-c", 0, 1), "sha-c", "", 1, "en", "A passage CoreNLP threw on.");
    Dataset<Row> cache =
        AnnotationCache.byContent(
            SPARK
                .session()
                .createDataFrame(
                    List.of(
                        AnnotationCache.keyedPassage(
                            new AnnotatedPassage(p, TextAnnotation.failed("CoreNLP failed (X)")))),
                    AnnotationCache.KEYED_PASSAGE));
    InputFile file =
        new InputFile("/export/files/CP-0008/a.txt", "CP-0008/a.txt", "CP-0008", 1, 10, true, "");
    List<AnnotatedPassage> back = readBack(cache, file, "sha-c");
    assertEquals(TextAnnotation.failed("CoreNLP failed (X)"), back.get(0).annotation());
  }
}
