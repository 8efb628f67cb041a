package eu.chorus.extract;

import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;

/** One manifest row: an extracted file without its text, small enough to collect to the driver. */
public record ManifestEntry(
    String file,
    String submissionId,
    String sha256,
    long bytes,
    String mediaType,
    FileStatus status,
    String reason,
    int pages,
    int chars,
    boolean ocr,
    String language)
    implements Serializable {

  public static ManifestEntry of(ExtractedFile f) {
    String listing = f.file().listingNote();
    String extraction = f.text().reason();
    String reason =
        f.file()
            .publish(
                listing.isEmpty() || listing.equals(extraction)
                    ? extraction
                    : extraction.isEmpty() ? listing : extraction + "; " + listing);
    return new ManifestEntry(
        f.file().relativePath(),
        f.file().submissionId(),
        f.sha256(),
        f.file().bytes(),
        f.text().mediaType(),
        f.text().status(),
        reason,
        f.text().pages().size(),
        f.text().chars(),
        f.text().ocr(),
        f.text().language());
  }

  /**
   * This row once its passages are annotated: a file with passages the annotator failed on is
   * PARTIAL (their text is in no finding), the reason saying how many and why.
   *
   * @param failures the reason of each of the file's passages whose annotation failed
   */
  public ManifestEntry withAnnotationFailures(List<String> failures) {
    if (failures.isEmpty()) {
      return this;
    }
    String note =
        "annotation failed on "
            + failures.size()
            + (failures.size() == 1 ? " passage: " : " passages: ")
            + String.join(", ", new TreeSet<>(failures));
    return new ManifestEntry(
        file,
        submissionId,
        sha256,
        bytes,
        mediaType,
        status == FileStatus.QUARANTINED ? status : FileStatus.PARTIAL,
        reason.isEmpty() ? note : reason + "; " + note,
        pages,
        chars,
        ocr,
        language);
  }
}
