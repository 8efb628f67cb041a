package eu.chorus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Passages the annotator failed on make their file PARTIAL, with how many and why. */
class ManifestEntryTest {

  private static ManifestEntry row(FileStatus status, String reason) {
    return new ManifestEntry(
        "S1/letter.pdf", "S1", "sha", 100, "application/pdf", status, reason, 2, 90, false, "en");
  }

  @Test
  void anOkFileWithAFailedPassageBecomesPartialWithTheReason() {
    ManifestEntry after =
        row(FileStatus.OK, "")
            .withAnnotationFailures(List.of("CoreNLP failed (IllegalStateException)"));
    assertEquals(FileStatus.PARTIAL, after.status());
    assertEquals(
        "annotation failed on 1 passage: CoreNLP failed (IllegalStateException)", after.reason());
  }

  @Test
  void aPartialFileKeepsItsReasonAndGainsTheCount() {
    ManifestEntry after =
        row(FileStatus.PARTIAL, "text beyond the limit")
            .withAnnotationFailures(
                List.of("CoreNLP failed (B)", "CoreNLP failed (A)", "CoreNLP failed (B)"));
    assertEquals(FileStatus.PARTIAL, after.status());
    assertEquals(
        "text beyond the limit; annotation failed on 3 passages: CoreNLP failed (A), CoreNLP failed (B)",
        after.reason());
  }

  @Test
  void noFailureLeavesTheRowAsItWas() {
    ManifestEntry ok = row(FileStatus.OK, "");
    assertEquals(ok, ok.withAnnotationFailures(List.of()));
  }
}
