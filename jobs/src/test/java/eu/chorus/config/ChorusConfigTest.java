package eu.chorus.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.storage.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChorusConfigTest {

  @TempDir Path dir;

  @Test
  void defaultsRunAnEmbeddedLocalSpark() {
    ChorusConfig c = ChorusConfig.build(Location.of("in"), Location.of("out"), null, Map.of());
    assertEquals("local[*]", c.master());
    assertEquals(120, c.extraction().timeoutSeconds());
    assertEquals("chorus/corenlp-fr.properties", c.corenlpProperties().get("fr"));
  }

  @Test
  void commandLineOverridesWinOverTheFile() throws IOException {
    Path file = dir.resolve("chorus.properties");
    Files.writeString(file, "extract.timeoutSeconds = 30\nclassify.ignoreDeclared = true\n");
    ChorusConfig c =
        ChorusConfig.build(
            Location.of("in"), Location.of("out"), file, Map.of("extract.timeoutSeconds", "10"));
    assertEquals(10, c.extraction().timeoutSeconds());
    assertEquals(true, c.ignoreDeclared());
  }

  @Test
  void unknownKeysAndBadValuesAreRefusedWithTheKeyNamed() {
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ChorusConfig.build(
                    Location.of("in"), Location.of("out"), null, Map.of("extract.timout", "1")));
    assertTrue(unknown.getMessage().contains("extract.timout"));
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ChorusConfig.build(
                    Location.of("in"),
                    Location.of("out"),
                    null,
                    Map.of("passage.maxChars", "many")));
    assertTrue(bad.getMessage().contains("passage.maxChars"));
  }

  @Test
  void theConsultationIsTheGpaiCodeOfPracticeUnlessSetToAnotherKnownProfile() {
    assertEquals(
        "gpai-code-of-practice",
        ChorusConfig.build(Location.of("in"), Location.of("out"), null, Map.of()).consultation());
    assertEquals(
        "ai-white-paper-2020",
        ChorusConfig.build(
                Location.of("in"),
                Location.of("out"),
                null,
                Map.of("consultation", "ai-white-paper-2020"))
            .consultation());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ChorusConfig.build(
                    Location.of("in"),
                    Location.of("out"),
                    null,
                    Map.of("consultation", "white-paper")));
    assertTrue(
        unknown.getMessage().contains("known profiles: gpai-code-of-practice, ai-white-paper-2020"),
        unknown.getMessage());
  }
}
