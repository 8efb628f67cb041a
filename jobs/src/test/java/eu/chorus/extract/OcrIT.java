package eu.chorus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An image-only PDF is OCR'd through Tika and Tesseract (installed by .ci/run). */
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
    BufferedImage image = new BufferedImage(1275, 400, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
    g.drawString("Whistleblower protection must be strengthened.", 60, 200);
    g.dispose();
    Path file = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDImageXObject scan = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.drawImage(scan, 0, 500, 612, 192);
      }
      doc.save(file.toFile());
    }
    ExtractedText t = new TikaTextExtractor(new ExtractionSettings(60, 100_000, 500, true, "eng")).extract(file);
    assertEquals(FileStatus.OK, t.status(), t.reason());
    assertTrue(t.ocr(), "the text should be marked as OCR'd");
    assertTrue(String.join(" ", t.pages()).toLowerCase(Locale.ROOT).contains("whistleblower"), t.pages().toString());
  }
}
