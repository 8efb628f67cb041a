package eu.chorus.extract;

import java.io.Serializable;

/**
 * Limits and options of text extraction ({@code extract.*} in the configuration).
 *
 * @param timeoutSeconds wall-clock limit for one file
 * @param maxChars text kept per file; beyond it the file is PARTIAL
 * @param wordsPerPage page size used to estimate pages of formats that have none
 * @param ocr whether image-only PDFs and images are OCR'd (needs Tesseract on the machine)
 * @param ocrLanguages Tesseract language packs, '+'-separated (e.g. {@code eng+fra})
 */
public record ExtractionSettings(
    int timeoutSeconds, int maxChars, int wordsPerPage, boolean ocr, String ocrLanguages)
    implements Serializable {

  public ExtractionSettings {
    if (timeoutSeconds <= 0 || maxChars <= 0 || wordsPerPage <= 0) {
      throw new IllegalArgumentException(
          "extract.timeoutSeconds, extract.maxChars and extract.wordsPerPage must be positive");
    }
  }
}
