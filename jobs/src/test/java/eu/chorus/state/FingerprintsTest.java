package eu.chorus.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eu.chorus.config.ChorusConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

  private static final Map<String, String> VERSIONS = Map.of("tika", "3.3.1", "corenlp", "4.5.10");

  private static Fingerprints of(Map<String, String> settings, String code) {
    return of(settings, code, "annotate-code");
  }

  private static Fingerprints of(
      Map<String, String> settings, String extractionCode, String annotationCode) {
    return Fingerprints.of(
        ChorusConfig.build(
            eu.chorus.storage.Location.of("in"),
            eu.chorus.storage.Location.of("out"),
            null,
            settings),
        VERSIONS,
        extractionCode,
        annotationCode);
  }

  @Test
  void sameSettingsAndCodeGiveTheSameFingerprints() {
    assertEquals(of(Map.of(), "git:abc"), of(Map.of(), "git:abc"));
  }

  @Test
  void anExtractionSettingInvalidatesExtractionAndAnnotation() {
    Fingerprints base = of(Map.of(), "git:abc");
    Fingerprints changed = of(Map.of("extract.maxChars", "1000"), "git:abc");
    assertNotEquals(base.extraction(), changed.extraction());
    assertNotEquals(base.annotation(), changed.annotation());
  }

  @Test
  void aPassageSettingInvalidatesOnlyAnnotation() {
    Fingerprints base = of(Map.of(), "git:abc");
    Fingerprints changed = of(Map.of("passage.maxChars", "1500"), "git:abc");
    assertEquals(base.extraction(), changed.extraction());
    assertNotEquals(base.annotation(), changed.annotation());
  }

  @Test
  void settingsThatActAfterAnnotationKeepTheCache() {
    assertEquals(
        of(Map.of(), "git:abc"), of(Map.of("classify.overrideDeclaredAbove", "0.9"), "git:abc"));
  }

  @Test
  void otherAnnotationCodeInvalidatesOnlyAnnotation() {
    Fingerprints base = of(Map.of(), "git:abc", "a1");
    Fingerprints changed = of(Map.of(), "git:abc", "a2");
    assertEquals(base.extraction(), changed.extraction());
    assertNotEquals(base.annotation(), changed.annotation());
  }

  @Test
  void theCodeOfEachCachedStageIsAHashOfItsOwnPackages() {
    String extract = eu.chorus.ops.BuildVersions.packagesHash(eu.chorus.extract.ExtractFiles.class);
    assertEquals(
        extract, eu.chorus.ops.BuildVersions.packagesHash(eu.chorus.extract.ExtractFiles.class));
    assertNotEquals(
        extract,
        eu.chorus.ops.BuildVersions.packagesHash(eu.chorus.annotate.AnnotatePassages.class));
    assertNotEquals("missing", extract);
  }

  @Test
  void otherExtractionCodeInvalidatesEverything() {
    Fingerprints base = of(Map.of(), "git:abc");
    Fingerprints changed = of(Map.of(), "git:def");
    assertNotEquals(base.extraction(), changed.extraction());
    assertNotEquals(base.annotation(), changed.annotation());
  }
}
