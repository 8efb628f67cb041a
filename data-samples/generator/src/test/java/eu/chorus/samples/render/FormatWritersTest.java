package eu.chorus.samples.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.samples.compose.Block;
import eu.chorus.samples.compose.Document;
import eu.chorus.samples.compose.FileSpec;
import eu.chorus.samples.domain.Language;
import eu.chorus.samples.plan.Format;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.rtf.RTFEditorKit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Every writer's output reopens with a standard reader and carries the document's text. */
class FormatWritersTest {

  private static final String NAME = "Agnieszka Wiśniewska";

  private static Document sample() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Lines(List.of(NAME, "agnieszka.wisniewska@example.org")));
    blocks.add(new Block.Heading(1, "Résumé des positions"));
    blocks.add(
        new Block.Para(
            "Nous soutenons la mesure sur les déclarations d'incidents.",
            List.of("Voir l'article 55.")));
    blocks.add(
        new Block.ListBlock(true, List.of("Première recommandation.", "Seconde recommandation.")));
    blocks.add(
        new Block.Table(
            List.of("Mesure", "Position", "Point"),
            List.of(List.of("Incidents", "Favorable", "Garder"))));
    blocks.add(new Block.Question("Question 2", "Quel est votre avis ?"));
    for (int i = 0; i < 40; i++) {
      blocks.add(
          new Block.Para(
              "Paragraphe de remplissage numéro "
                  + i
                  + " pour obtenir plusieurs pages de texte, "
                  + "avec des accents, des guillemets « français » et le signe €."));
    }
    return new Document(
        Language.FR,
        "Contribution de test",
        true,
        blocks,
        NAME,
        LocalDateTime.of(2024, 9, 12, 10, 30),
        42L);
  }

  private static byte[] render(Format format) throws IOException {
    return new Renderer()
        .render(new FileSpec.DocumentFile("x." + format.extension(), format, sample()));
  }

  @Test
  void everyWriterIsDeterministic() throws IOException {
    for (Format f :
        List.of(
            Format.PDF,
            Format.PDF_SCANNED,
            Format.DOCX,
            Format.ODT,
            Format.RTF,
            Format.HTML,
            Format.TXT)) {
      assertArrayEquals(render(f), render(f), f + " output differs between two runs");
    }
  }

  @Test
  void pdfHasExtractableTextOnSeveralNumberedPages() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(Format.PDF))) {
      assertTrue(pdf.getNumberOfPages() >= 2);
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains(NAME), text);
      assertTrue(text.contains("Page 1 sur " + pdf.getNumberOfPages()), "footer page numbers");
      assertTrue(text.contains("Voir l'article 55."), "footnote text");
      assertEquals(NAME, pdf.getDocumentInformation().getAuthor());
    }
  }

  @Test
  void scannedPdfHasNoTextAndSmallPageImages() throws IOException {
    byte[] bytes = render(Format.PDF_SCANNED);
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertTrue(pdf.getNumberOfPages() >= 2);
      assertEquals("", new PDFTextStripper().getText(pdf).strip());
      assertTrue(
          pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "page image");
      assertTrue(bytes.length / pdf.getNumberOfPages() < 250_000, "pages under 250 KB");
    }
  }

  @Test
  void docxReopensWithHeadingsTableAndFootnote() throws IOException {
    byte[] bytes = render(Format.DOCX);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      assertTrue(extractor.getText().contains(NAME));
      assertEquals(1, docx.getTables().size());
      assertEquals(1, docx.getFootnotes().size());
      assertTrue(docx.getParagraphs().stream().anyMatch(p -> "Heading1".equals(p.getStyle())));
    }
    for (ZipEntry e : entries(bytes)) {
      assertEquals(LocalDateTime.of(2024, 9, 12, 10, 30), e.getTimeLocal(), e.getName());
    }
  }

  @Test
  void odtStartsWithStoredMimetypeAndHasWellFormedXml() throws Exception {
    byte[] bytes = render(Format.ODT);
    List<ZipEntry> entries = entries(bytes);
    assertEquals("mimetype", entries.get(0).getName());
    assertEquals(ZipEntry.STORED, entries.get(0).getMethod());
    String content = entry(bytes, "content.xml");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.newDocumentBuilder().parse(new InputSource(new StringReader(content)));
    assertTrue(content.contains(NAME));
    assertTrue(content.contains("text:note-class=\"footnote\""));
    assertTrue(entry(bytes, "META-INF/manifest.xml").contains("opendocument.text"));
  }

  @Test
  void rtfIsAsciiAndReadableBySwingRtfParser() throws Exception {
    byte[] bytes = render(Format.RTF);
    assertTrue(new String(bytes, StandardCharsets.US_ASCII).startsWith("{\\rtf1"));
    DefaultStyledDocument d = new DefaultStyledDocument();
    new RTFEditorKit().read(new ByteArrayInputStream(bytes), d, 0);
    assertTrue(d.getText(0, d.getLength()).contains(NAME));
  }

  @Test
  void htmlAndTextCarryTheUtf8Text() throws IOException {
    String html = new String(render(Format.HTML), StandardCharsets.UTF_8);
    assertTrue(
        html.startsWith("<!DOCTYPE html>") && html.contains(NAME) && html.contains("<table>"));
    String text = new String(render(Format.TXT), StandardCharsets.UTF_8);
    assertTrue(text.contains(NAME) && text.contains("[1]"));
  }

  @Test
  void emailCarriesHeadersAndDecodableAttachment() throws IOException {
    Document body = sample();
    FileSpec.DocumentFile pdf = new FileSpec.DocumentFile("annex/position.pdf", Format.PDF, body);
    FileSpec.EmailFile mail =
        new FileSpec.EmailFile(
            "m.eml",
            NAME,
            "a.w@example.org",
            "Réponse",
            LocalDateTime.of(2024, 9, 12, 18, 0),
            body,
            true,
            false,
            List.of(pdf));
    String eml = new String(new Renderer().render(mail), StandardCharsets.US_ASCII);
    assertTrue(eml.contains("Date: Thu, 12 Sep 2024 18:00:00 +0200\r\n"));
    assertTrue(eml.contains("Subject: =?UTF-8?B?"));
    assertTrue(eml.contains("filename=\"position.pdf\""));
    String afterHeaders = eml.substring(eml.indexOf("filename=\"position.pdf\""));
    String b64 =
        afterHeaders.substring(
            afterHeaders.indexOf("\r\n\r\n") + 4, afterHeaders.indexOf("\r\n--"));
    byte[] attachment = Base64.getMimeDecoder().decode(b64);
    assertEquals("%PDF", new String(attachment, 0, 4, StandardCharsets.US_ASCII));
    assertFalse(eml.lines().anyMatch(l -> l.length() > 998), "RFC 5322 line limit");
  }

  @Test
  void zipBundleHoldsItsEntriesInFolders() throws IOException {
    Document doc = sample();
    FileSpec.ZipBundle zip =
        new FileSpec.ZipBundle(
            "b.zip",
            List.of(
                new FileSpec.DocumentFile("letter.pdf", Format.PDF, doc),
                new FileSpec.DocumentFile("Annexes/annex.docx", Format.DOCX, doc)));
    List<String> names =
        entries(new Renderer().render(zip)).stream().map(ZipEntry::getName).toList();
    assertEquals(List.of("letter.pdf", "Annexes/annex.docx"), names);
  }

  private static List<ZipEntry> entries(byte[] zip) throws IOException {
    List<ZipEntry> out = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.add(e);
      }
    }
    return out;
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no entry " + name);
  }
}
