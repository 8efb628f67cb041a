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
 * @param workerHeapMb memory limit of the child process that parses files
 * @param maxUnpackedMb how much an archive (with the archives inside it) may expand to
 */
public record ExtractionSettings(
    int timeoutSeconds,
    int maxChars,
    int wordsPerPage,
    boolean ocr,
    String ocrLanguages,
    int workerHeapMb,
    int maxUnpackedMb)
    implements Serializable {

  public static final int DEFAULT_WORKER_HEAP_MB = 1024;
  public static final int DEFAULT_MAX_UNPACKED_MB = 256;

  public ExtractionSettings {
    if (timeoutSeconds <= 0
        || maxChars <= 0
        || wordsPerPage <= 0
        || workerHeapMb <= 0
        || maxUnpackedMb <= 0) {
      throw new IllegalArgumentException(
          "extract.timeoutSeconds, extract.maxChars, extract.wordsPerPage, "
              + "extract.workerHeapMb and extract.maxUnpackedMb must be positive");
    }
  }

  /** With the default memory and unpacking limits. */
  public ExtractionSettings(
      int timeoutSeconds, int maxChars, int wordsPerPage, boolean ocr, String ocrLanguages) {
    this(
        timeoutSeconds,
        maxChars,
        wordsPerPage,
        ocr,
        ocrLanguages,
        DEFAULT_WORKER_HEAP_MB,
        DEFAULT_MAX_UNPACKED_MB);
  }

  public long maxUnpackedBytes() {
    return maxUnpackedMb * 1024L * 1024L;
  }
}
