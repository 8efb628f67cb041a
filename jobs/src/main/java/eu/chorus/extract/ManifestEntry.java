package eu.chorus.extract;

import eu.chorus.extract.ExtractedFile;
import eu.chorus.extract.FileStatus;
import java.io.Serializable;

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
    String reason = f.file().publish(listing.isEmpty() || listing.equals(extraction)
        ? extraction
        : extraction.isEmpty() ? listing : extraction + "; " + listing);
    return new ManifestEntry(
        f.file().relativePath(), f.file().submissionId(), f.sha256(), f.file().bytes(),
        f.text().mediaType(), f.text().status(), reason, f.text().pages().size(),
        f.text().chars(), f.text().ocr(), f.text().language());
  }
}
