package eu.chorus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceExamplesTest {

  @TempDir Path dir;

  @Test
  void examplesReadBackWithoutTheFeaturesThatNameTheirConsultationsMeasures() throws IOException {
    Path file = dir.resolve("examples.tsv");
    StanceExamples.write(
        file,
        List.of(
            new LogisticRegressionFit.Example(
                "F1/WP.NEW_RULES",
                Map.of(
                    "log_cue:pro", 1.0986123,
                    "others_lean", -0.5,
                    "topic=WP.NEW_RULES", 1.0,
                    "topic=WP.NEW_RULES:lean", 0.69),
                "SUPPORT")));
    List<LogisticRegressionFit.Example> read = StanceExamples.read(file);
    assertEquals(1, read.size());
    assertEquals("F1/WP.NEW_RULES", read.get(0).id());
    assertEquals("SUPPORT", read.get(0).label());
    assertEquals(Map.of("log_cue:pro", 1.09861, "others_lean", -0.5), read.get(0).features());
  }

  @Test
  void aMissingFileSaysWhatWritesOne() {
    IOException e =
        assertThrows(IOException.class, () -> StanceExamples.read(dir.resolve("absent.tsv")));
    assertTrue(e.getMessage().contains("train-profile --stance-examples"));
  }

  @Test
  void aLineThatIsNoExampleIsAnError() throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "F1/T\tSUPPORT\tno value\n");
    assertThrows(IOException.class, () -> StanceExamples.read(file));
  }
}
