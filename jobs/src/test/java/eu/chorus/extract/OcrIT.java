package eu.chorus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.chorus.hostile.HostileCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image-only PDFs OCR'd through Tika and Tesseract (installed by .ci/run). */
class OcrIT {

  @TempDir Path dir;

  private static boolean tesseractInstalled() {
    try {
      return new ProcessBuilder("tesseract", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void readsTheTextOfAScannedPage() throws IOException {
    assumeTrue(tesseractInstalled(), "tesseract is not installed");
    Path file = dir.resolve("scan.pdf");
    Files.write(file, HostileCorpus.scannedPdf("Whistleblower protection must be strengthened."));
    ExtractedText t =
        new TikaTextExtractor(new ExtractionSettings(60, 100_000, 500, true, "eng")).extract(file);
    assertEquals(FileStatus.OK, t.status(), t.reason());
    assertTrue(t.ocr(), "the text should be marked as OCR'd");
    assertTrue(
        String.join(" ", t.pages()).toLowerCase(Locale.ROOT).contains("whistleblower"),
        t.pages().toString());
  }

  @Test
  void aScanWithOcrOnSaysWhetherOcrRan() throws Exception {
    boolean tesseract = new org.apache.tika.parser.ocr.TesseractOCRParser().hasTesseract();
    Path file = dir.resolve("white.pdf");
    Files.write(file, HostileCorpus.scannedPdf(""));
    ExtractedText t =
        new TikaTextExtractor(new ExtractionSettings(60, 100_000, 50, true, "eng")).extract(file);
    assertEquals(FileStatus.QUARANTINED, t.status());
    assertEquals(
        "no text found: the PDF is an image-only scan (its page is an image) and "
            + (tesseract ? "OCR read no text in it" : "OCR did not run (is Tesseract installed?)"),
        t.reason());
    assertEquals(tesseract, t.ocr(), "OCR is reported only where Tesseract read the page");
  }
}
