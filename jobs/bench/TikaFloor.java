import eu.chorus.extract.LanguageGuesser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The Tika half of the benchmark's floor: the least work that gives Chorus's extracted text.
 * Every file under EXPORT/files is parsed by one shared {@link AutoDetectParser} on a fixed pool
 * of THREADS threads, with what Chorus asks of Tika (extract/TikaTextExtractor): embedded
 * documents (ZIP entries, e-mail attachments) parsed into the same text, OCR (Tesseract, languages
 * OCR_LANGS) only for PDFs and images, PDF OCR strategy AUTO, no inline images. None of Chorus's
 * safety (child JVMs, time limits, zip-bomb pass), hashing, pages or Spark.
 *
 * <p>Writes OUT/text/NNNNN.txt per file with text, OUT/files.tsv (file, media type, parse
 * milliseconds, language, chars, error)
 * and OUT/lists/LANG.txt: the text files per CoreNLP pipeline, by Chorus's own file-language guess
 * ({@link LanguageGuesser}, Tika's Optimaize detector); a language without a pipeline goes to
 * English, as in Chorus.
 *
 * <p>Usage: {@code java -cp <jobs classpath> TikaFloor EXPORT OUT THREADS OCR_LANGS}
 */
public final class TikaFloor {

  private static final Set<String> PIPELINES = Set.of("en", "fr", "de", "es", "it");

  record Result(String file, String mediaType, long millis, String language, int chars, String error) {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: TikaFloor EXPORT OUT THREADS OCR_LANGS");
      System.exit(2);
    }
    Path files = Path.of(args[0], "files");
    Path out = Path.of(args[1]);
    int threads = Integer.parseInt(args[2]);
    String ocrLanguages = args[3];
    Files.createDirectories(out.resolve("text"));
    Files.createDirectories(out.resolve("lists"));
    List<Path> inputs;
    try (Stream<Path> walk = Files.walk(files)) {
      inputs = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    AutoDetectParser parser = new AutoDetectParser();
    LanguageGuesser languages = new LanguageGuesser();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Result>> results = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Path input = inputs.get(i);
      Path text = out.resolve("text").resolve(String.format("%05d.txt", i));
      results.add(pool.submit(() -> extract(parser, languages, ocrLanguages, files, input, text)));
    }
    Map<String, List<String>> lists = new TreeMap<>();
    int failed = 0;
    try (Writer tsv = Files.newBufferedWriter(out.resolve("files.tsv"), StandardCharsets.UTF_8)) {
      tsv.write("file\tmedia_type\tmillis\tlanguage\tchars\terror\n");
      for (int i = 0; i < inputs.size(); i++) {
        Result r = results.get(i).get();
        tsv.write(r.file() + "\t" + r.mediaType() + "\t" + r.millis() + "\t" + r.language() + "\t" + r.chars() + "\t" + r.error() + "\n");
        failed += r.error().isEmpty() ? 0 : 1;
        if (r.chars() > 0) {
          String pipeline = PIPELINES.contains(r.language()) ? r.language() : "en";
          lists.computeIfAbsent(pipeline, k -> new ArrayList<>())
              .add(out.resolve("text").resolve(String.format("%05d.txt", i)).toAbsolutePath().toString());
        }
      }
    }
    pool.shutdown();
    for (Map.Entry<String, List<String>> list : lists.entrySet()) {
      Files.write(out.resolve("lists").resolve(list.getKey() + ".txt"), list.getValue(), StandardCharsets.UTF_8);
    }
    System.out.printf("%d files, %d with a parse error; text files per pipeline: %s%n", inputs.size(), failed,
        lists.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).collect(Collectors.joining(" ")));
  }

  private static Result extract(AutoDetectParser parser, LanguageGuesser languages, String ocrLanguages,
      Path root, Path input, Path text) {
    String name = root.relativize(input).toString();
    BodyContentHandler handler = new BodyContentHandler(-1);
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, input.getFileName().toString());
    String error = "";
    String mediaType = "";
    long start = System.nanoTime();
    try (InputStream in = TikaInputStream.get(input, metadata)) {
      mediaType = parser.getDetector().detect(in, metadata).getBaseType().toString();
      parser.parse(in, handler, metadata, context(parser, mediaType, ocrLanguages));
    } catch (Exception e) {
      error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    String content = handler.toString();
    boolean hasText = content.codePoints().anyMatch(Character::isLetter);
    if (!hasText) {
      return new Result(name, mediaType, millis, "", 0, error);
    }
    try {
      Files.writeString(text, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + text, e);
    }
    return new Result(name, mediaType, millis, languages.guess(content), content.length(), error);
  }

  /** What Chorus's TikaTextExtractor sets, less its own encoding detector and embedded-name check. */
  private static ParseContext context(Parser parser, String mediaType, String ocrLanguages) {
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    boolean ocr = mediaType.equals("application/pdf") || mediaType.startsWith("image/");
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    tesseract.setSkipOcr(!ocr);
    tesseract.setLanguage(ocrLanguages);
    context.set(TesseractOCRConfig.class, tesseract);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    context.set(PDFParserConfig.class, pdf);
    return context;
  }
}
