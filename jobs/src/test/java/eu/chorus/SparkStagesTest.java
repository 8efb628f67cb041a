package eu.chorus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.chorus.annotate.AnnotatedPassage;
import eu.chorus.annotate.TextAnnotation;
import eu.chorus.classify.GroupCues;
import eu.chorus.classify.StanceCues;
import eu.chorus.classify.TagTopics;
import eu.chorus.classify.TaggedPassage;
import eu.chorus.extract.ExtractedFile;
import eu.chorus.extract.ExtractedText;
import eu.chorus.extract.FileStatus;
import eu.chorus.ingest.InputFile;
import eu.chorus.output.PassagesTable;
import eu.chorus.passage.Passage;
import eu.chorus.passage.SplitPassages;
import eu.chorus.profile.GpaiProfile;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Spark stages on tiny Datasets with the expected answer beside the input. */
class SparkStagesTest {

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("stages-test", 2);

  private static ExtractedFile file(String submission, FileStatus status, String... pages) {
    InputFile f =
        new InputFile("/x/" + submission, submission + "/a.txt", submission, 1, 10, true, "");
    return new ExtractedFile(
        f,
        "hash",
        new ExtractedText(status, "", "text/plain", "", "en", List.of(pages), true, false));
  }

  @Test
  void splitPassagesYieldsOnePassagePerParagraphAndNoneForQuarantinedFiles() {
    Dataset<ExtractedFile> files =
        SPARK
            .session()
            .createDataset(
                List.of(
                    file("A", FileStatus.OK, "One.\n\nTwo.", "Three."),
                    file("B", FileStatus.OK, "Only one."),
                    file("C", FileStatus.QUARANTINED)),
                Encoders.javaSerialization(ExtractedFile.class));
    List<Passage> passages =
        files
            .flatMap(new SplitPassages(500, 80), Encoders.javaSerialization(Passage.class))
            .collectAsList();
    assertEquals(
        List.of("A:1:0001", "A:1:0002", "A:1:0003", "B:1:0001"),
        passages.stream().map(Passage::passageId).sorted().toList());
  }

  @Test
  void taggedPassagesBecomeRowsOfTheDocumentedParquetSchema() {
    List<String> words = Arrays.asList("we", "value", "whistleblower", "protection");
    AnnotatedPassage a =
        new AnnotatedPassage(
            new Passage("A:1:0001", "A", "A/a.txt", 1, "en", "We value whistleblower protection"),
            new TextAnnotation(words, words, 1, List.of()));
    Dataset<TaggedPassage> tagged =
        SPARK
            .session()
            .createDataset(List.of(a), Encoders.javaSerialization(AnnotatedPassage.class))
            .map(
                new TagTopics(GpaiProfile.PROFILE.codebook(), StanceCues.load(), GroupCues.load()),
                Encoders.javaSerialization(TaggedPassage.class));
    Dataset<Row> rows =
        tagged.map(
            (MapFunction<TaggedPassage, Row>) PassagesTable::toRow,
            Encoders.row(PassagesTable.SCHEMA));
    assertEquals(PassagesTable.SCHEMA, rows.schema());
    Row row = rows.first();
    assertEquals("A:1:0001", row.getAs("passage_id"));
    assertEquals(List.of("WG4.WHISTLEBLOWING"), row.getList(row.fieldIndex("topics")));
    assertEquals(4, (int) row.getAs("tokens"));
  }
}
