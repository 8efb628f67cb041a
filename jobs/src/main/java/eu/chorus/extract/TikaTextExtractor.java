package eu.chorus.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

/**
 * {@link TextExtractor} over Tika's {@link AutoDetectParser}: embedded documents (ZIP entries,
 * e-mail attachments) are parsed recursively into the same text; PDF pages are kept; flowing
 * formats get estimated pages of {@link ExtractionSettings#wordsPerPage()} words.
 *
 * <p>Each parse runs on a worker thread with a time limit. OCR runs only for PDFs and images:
 * elsewhere Tesseract would read thumbnails embedded in office files and add noise.
 */
public final class TikaTextExtractor implements TextExtractor {

  private final ExtractionSettings settings;
  private final AutoDetectParser parser = newParser();
  private final LanguageGuesser languages = new LanguageGuesser();
  private final EncodingDetector encodings = new LegacyCharsetDetector(languages);
  private ExecutorService workers = newWorkers();

  public TikaTextExtractor(ExtractionSettings settings) {
    this.settings = settings;
  }

  /** Tika's parsers, with XML and SVG read by {@link ScriptlessXmlParser}. */
  private static AutoDetectParser newParser() {
    AutoDetectParser parser = new AutoDetectParser();
    Map<MediaType, Parser> parsers = parser.getParsers();
    Parser xml = new ScriptlessXmlParser();
    for (MediaType type : xml.getSupportedTypes(new ParseContext())) {
      parsers.put(type, xml);
    }
    parser.setParsers(parsers);
    return parser;
  }

  @Override
  public ExtractedText extract(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      return ExtractedText.quarantined("", "file could not be read: " + e.getMessage());
    }
    if (size == 0) {
      return ExtractedText.quarantined("", "empty file (0 bytes)");
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    String mediaType;
    try (InputStream in = TikaInputStream.get(file, metadata)) {
      mediaType = parser.getDetector().detect(in, metadata).getBaseType().toString();
    } catch (IOException e) {
      return ExtractedText.quarantined("", "file could not be read: " + e.getMessage());
    }
    ArchiveCheck.Verdict archive;
    try {
      archive = ArchiveCheck.check(file, settings.maxUnpackedBytes());
    } catch (IOException e) {
      return ExtractedText.quarantined(mediaType, "file could not be read: " + e.getMessage());
    }
    if (archive.isBomb()) {
      return ExtractedText.quarantined(mediaType, archive.bomb());
    }
    PageCollector pages = new PageCollector(settings.maxChars());
    ParseContext context = contextFor(mediaType);
    SafeEmbeddedExtractor embedded =
        (SafeEmbeddedExtractor) context.get(EmbeddedDocumentExtractor.class);
    Future<Throwable> parse = submit(() -> parse(file, metadata, context, pages));
    Throwable failure;
    try {
      failure = parse.get(settings.timeoutSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      parse.cancel(true);
      replaceWorkers();
      return withText(
          file,
          pages,
          metadata,
          mediaType,
          "extraction did not finish within "
              + settings.timeoutSeconds()
              + " s; text read so far is kept");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExtractedText.quarantined(mediaType, "extraction was interrupted");
    } catch (ExecutionException e) {
      failure = e.getCause();
    }
    List<String> notes = new ArrayList<>();
    if (archive.unsafeEntries()) {
      notes.add("ZIP entry escapes the archive folder: skipped");
    }
    if (embedded.skippedTooDeep()) {
      notes.add(
          "archives nested deeper than "
              + ArchiveCheck.MAX_LEVELS
              + " levels: the inner levels are not read");
    }
    String skipped = String.join("; ", notes);
    if (failure == null) {
      return withText(file, pages, metadata, mediaType, skipped);
    }
    if (causedBy(failure, PageCollector.LimitReached.class)) {
      return withText(
          file,
          pages,
          metadata,
          mediaType,
          "text truncated at " + settings.maxChars() + " characters");
    }
    if (causedBy(failure, EncryptedDocumentException.class)) {
      return ExtractedText.quarantined(
          mediaType, "encrypted " + shortType(mediaType) + ": no password");
    }
    String why = FailureReason.describe(failure, shortType(mediaType));
    return withText(
        file, pages, metadata, mediaType, skipped.isEmpty() ? why : why + "; " + skipped);
  }

  private Throwable parse(Path file, Metadata metadata, ParseContext context, PageCollector pages) {
    try (InputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(in, pages, metadata, context);
      return null;
    } catch (IOException | SAXException | TikaException | RuntimeException e) {
      return e;
    }
  }

  private ParseContext contextFor(String mediaType) {
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    context.set(EmbeddedDocumentExtractor.class, new SafeEmbeddedExtractor(context));
    context.set(EncodingDetector.class, encodings);
    boolean ocr = ocrFor(mediaType);
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    tesseract.setSkipOcr(!ocr);
    tesseract.setLanguage(settings.ocrLanguages());
    context.set(TesseractOCRConfig.class, tesseract);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(
        ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    context.set(PDFParserConfig.class, pdf);
    return context;
  }

  /** OCR runs only for PDFs and images: elsewhere it would read thumbnails and add noise. */
  private boolean ocrFor(String mediaType) {
    return settings.ocr()
        && (mediaType.equals("application/pdf") || mediaType.startsWith("image/"));
  }

  /** Builds the result from whatever text was collected; {@code problem} empty means none. */
  private ExtractedText withText(
      Path file, PageCollector collector, Metadata metadata, String mediaType, String problem) {
    List<String> pages = collector.pages();
    boolean estimated = !collector.sawPageMarkers();
    if (estimated) {
      pages = PageEstimate.paginate(String.join("\n\n", pages), settings.wordsPerPage());
    }
    boolean hasText = pages.stream().anyMatch(p -> p.codePoints().anyMatch(Character::isLetter));
    String title = firstNonBlank(metadata.get(TikaCoreProperties.TITLE));
    boolean ocr = NoTextReason.ocrRan(metadata);
    if (!hasText) {
      String why =
          problem.isEmpty()
              ? NoTextReason.of(file, mediaType, metadata, ocrFor(mediaType))
              : problem;
      return new ExtractedText(
          FileStatus.QUARANTINED, why, mediaType, title, "", List.of(), estimated, ocr);
    }
    String language = languages.guess(String.join("\n", pages));
    FileStatus status = problem.isEmpty() ? FileStatus.OK : FileStatus.PARTIAL;
    return new ExtractedText(status, problem, mediaType, title, language, pages, estimated, ocr);
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** "PDF", "DOCX", "ZIP"...: the name a secretariat member knows the format by. */
  static String shortType(String mediaType) {
    MediaType type = MediaType.parse(mediaType);
    if (type == null) {
      return mediaType;
    }
    String sub = type.getSubtype();
    if (sub.contains("wordprocessingml")) {
      return "DOCX";
    }
    if (sub.equals("x-tika-ooxml") || sub.equals("x-tika-msoffice")) {
      return "Office";
    }
    if (sub.equals("plain")) {
      return "text";
    }
    if (sub.equals("rfc822")) {
      return "e-mail";
    }
    return sub.replaceFirst("^x-", "").replaceFirst("\\+xml$", "").toUpperCase(Locale.ROOT);
  }

  private static String firstNonBlank(String s) {
    return s == null ? "" : s.strip();
  }

  private synchronized Future<Throwable> submit(java.util.concurrent.Callable<Throwable> task) {
    return workers.submit(task);
  }

  // A timed-out parse may ignore interruption; its thread is abandoned with its pool.
  private synchronized void replaceWorkers() {
    workers.shutdownNow();
    workers = newWorkers();
  }

  private static ExecutorService newWorkers() {
    return Executors.newCachedThreadPool(
        r -> {
          Thread t = new Thread(r, "chorus-tika");
          t.setDaemon(true);
          return t;
        });
  }
}
