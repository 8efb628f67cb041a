package eu.chorus.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eu.chorus.config.ChorusConfig;
import eu.chorus.storage.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunKeyTest {

  @TempDir Path dir;
  private Path export;

  @BeforeEach
  void twoSubmissions() throws IOException {
    export = dir.resolve("export");
    Files.createDirectories(export.resolve("files/CP-1"));
    Files.createDirectories(export.resolve("files/CP-2"));
    Files.writeString(
        export.resolve("submissions.csv"),
        String.join(
                "\n",
                "submission_id,submitted_at,respondent_type,organisation,country,language,consent,files",
                "CP-1,2024-07-30T08:18:40Z,ACADEMIA,Uni,DE,en,PUBLIC,CP-1/a.txt",
                "CP-2,2024-07-30T09:18:40Z,,,FR,fr,ANONYMOUS,CP-2/b.txt")
            + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        export.resolve("files/CP-1/a.txt"), "We support the measure.", StandardCharsets.UTF_8);
    Files.writeString(
        export.resolve("files/CP-2/b.txt"), "Nous nous opposons.", StandardCharsets.UTF_8);
  }

  private String key(Map<String, String> settings) throws IOException {
    return key(
        ChorusConfig.build(Location.of(export), Location.of(dir.resolve("out")), null, settings));
  }

  private static String key(ChorusConfig config) throws IOException {
    return RunKey.of(config, HashedExport.read(config.input()));
  }

  @Test
  void theSameExportAndSettingsGiveTheSameKeyWhateverTheOutputFolder() throws IOException {
    String first = key(Map.of());
    assertEquals(
        first,
        key(
            ChorusConfig.build(
                Location.of(export), Location.of(dir.resolve("other")), null, Map.of())));
  }

  @Test
  void oneChangedByteInOneFileChangesTheKey() throws IOException {
    String before = key(Map.of());
    Files.writeString(
        export.resolve("files/CP-2/b.txt"), "Nous nous opposons!", StandardCharsets.UTF_8);
    assertNotEquals(before, key(Map.of()));
  }

  @Test
  void editedMetadataChangesTheKey() throws IOException {
    String before = key(Map.of());
    Files.writeString(
        export.resolve("submissions.csv"),
        Files.readString(export.resolve("submissions.csv")).replace("ACADEMIA", "CIVIL_SOCIETY"));
    assertNotEquals(before, key(Map.of()));
  }

  @Test
  void aSettingThatActsAfterAnnotationStillChangesTheKey() throws IOException {
    assertNotEquals(key(Map.of()), key(Map.of("campaign.minSimilarity", "0.6")));
    assertNotEquals(key(Map.of()), key(Map.of("classify.ignoreDeclared", "true")));
    assertNotEquals(key(Map.of()), key(Map.of("synthesis.quotes.minConfidence", "0.9")));
  }

  @Test
  void theOverridesFileCountsByItsContent() throws IOException {
    Path overrides = dir.resolve("overrides.csv");
    Files.writeString(overrides, "submission_id,field,value,analyst,reason,date\n");
    Map<String, String> settings = Map.of("corrections.overrides", overrides.toString());
    String before = key(settings);
    assertNotEquals(key(Map.of()), before);
    Files.writeString(
        overrides,
        "submission_id,field,value,analyst,reason,date\nCP-1,stakeholder_group,OTHER,A,b,2026-12-01\n");
    assertNotEquals(before, key(settings));
  }
}
