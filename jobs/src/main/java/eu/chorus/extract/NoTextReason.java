package eu.chorus.extract;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ocr.TesseractOCRParser;

/**
 * Says why a file that parsed without error gave no text, from what it holds rather than from its
 * format alone: a PDF without pages, pages whose only content is images (a scan), pages with
 * neither text nor images, text in fonts that map to no characters; whether OCR was off, ran and
 * read nothing, or did not run.
 */
final class NoTextReason {

  /** Form XObjects nest; a page whose images lie deeper than this is taken for one without. */
  private static final int MAX_FORM_DEPTH = 8;

  private NoTextReason() {}

  /**
   * @param ocr whether OCR was switched on for this file
   */
  static String of(Path file, String mediaType, Metadata metadata, boolean ocr) {
    if (mediaType.equals("application/pdf")) {
      return pdf(file, metadata, ocr);
    }
    if (mediaType.startsWith("image/")) {
      return "no text found: the file is an image and " + ocrOutcome(metadata, ocr, "it");
    }
    return "no text found in this " + mediaType + " file";
  }

  private static String pdf(Path file, Metadata metadata, boolean ocr) {
    int pages = 0;
    int withImages = 0;
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      for (PDPage page : doc.getPages()) {
        pages++;
        withImages += hasImage(page.getResources(), 0) ? 1 : 0;
      }
    } catch (IOException | RuntimeException e) {
      return "no text found in this PDF file";
    }
    if (pages == 0) {
      return "PDF file has no pages";
    }
    String its = pages == 1 ? "its page" : "its " + pages + " pages";
    String them = pages == 1 ? "it" : "them";
    Integer unmapped = metadata.getInt(PDF.TOTAL_UNMAPPED_UNICODE_CHARS);
    if (unmapped != null && unmapped > 0) {
      return "no readable text: the PDF's fonts map the "
          + unmapped
          + " characters on "
          + its
          + " to no letters; "
          + ocrOutcome(metadata, ocr, them);
    }
    if (withImages == 0) {
      return "no text found: "
          + its
          + (pages == 1 ? " holds" : " hold")
          + " no text and no images (blank, or "
          + "text drawn as shapes); "
          + ocrOutcome(metadata, ocr, them);
    }
    String scanned =
        withImages == pages
            ? (pages == 1 ? "its page is an image" : "its " + pages + " pages are images")
            : withImages + " of " + its + (withImages == 1 ? " is an image" : " are images");
    return "no text found: the PDF is an image-only scan ("
        + scanned
        + ") and "
        + ocrOutcome(metadata, ocr, withImages == 1 ? "it" : "them");
  }

  private static String ocrOutcome(Metadata metadata, boolean ocr, String what) {
    if (!ocr) {
      return "OCR is switched off";
    }
    return ocrRan(metadata)
        ? "OCR read no text in " + what
        : "OCR did not run (is Tesseract installed?)";
  }

  /**
   * True when Tesseract read some page or image of the file. Tika counts the PDF pages it meant to
   * OCR whether or not Tesseract is there to do it, so that count needs Tesseract installed.
   */
  static boolean ocrRan(Metadata metadata) {
    Integer ocrPages = metadata.getInt(PDF.OCR_PAGE_COUNT);
    return String.join(" ", metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY_FULL_SET))
            .contains("TesseractOCR")
        || ocrPages != null && ocrPages > 0 && Tesseract.INSTALLED;
  }

  /** Asked once, and only when a PDF had pages to OCR: it starts a process. */
  private static final class Tesseract {
    static final boolean INSTALLED = installed();

    private static boolean installed() {
      try {
        return new TesseractOCRParser().hasTesseract();
      } catch (TikaConfigException | RuntimeException e) {
        return false;
      }
    }
  }

  private static boolean hasImage(PDResources resources, int depth) throws IOException {
    if (resources == null || depth > MAX_FORM_DEPTH) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject
          || object instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
