package eu.chorus.samples.render;

import eu.chorus.samples.compose.Document;
import eu.chorus.samples.compose.Labels;
import eu.chorus.samples.domain.Consultation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A text PDF as word processors export it: embedded font subsets, bold headings, page-numbered
 * footers, footnotes, ruled tables. Extractable text on every page.
 */
final class PdfWriter implements DocumentWriter {

  /** What office suites write into /Creator and /Producer; one is picked per document. */
  private static final List<String[]> TOOLS =
      List.of(
          new String[] {"Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365"},
          new String[] {"Writer", "LibreOffice 7.6"},
          new String[] {"Acrobat PDFMaker 23 for Word", "Adobe PDF Library 23.1.175"},
          new String[] {"Google Docs Renderer", "Skia/PDF m128"},
          new String[] {"Pages", "macOS Version 14.5 Quartz PDFContext"});

  static final ZoneId BRUSSELS = Consultation.ZONE;

  @Override
  public byte[] write(Document doc) throws IOException {
    SplittableRandom rng = new SplittableRandom(doc.seed());
    Fonts.Family family = rng.nextInt(4) == 0 ? Fonts.Family.SERIF : Fonts.Family.SANS;
    try (PDDocument pdf = new PDDocument()) {
      Map<Boolean, PDType0Font> fonts = new HashMap<>();
      fonts.put(
          false, PDType0Font.load(pdf, new ByteArrayInputStream(Fonts.ttf(family, false)), true));
      fonts.put(
          true, PDType0Font.load(pdf, new ByteArrayInputStream(Fonts.ttf(family, true)), true));
      PdfMeasure measure = new PdfMeasure(fonts);
      String pageLabel = Labels.load(doc.language()).all("page").get(0);
      for (PageLayout.Page page : PageLayout.layout(doc, measure, pageLabel)) {
        PDPage p = new PDPage(PDRectangle.A4);
        pdf.addPage(p);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
          cs.setLineWidth(0.5f);
          for (PageLayout.Rule r : page.rules()) {
            cs.moveTo(r.x1(), PageLayout.HEIGHT - r.y1());
            cs.lineTo(r.x2(), PageLayout.HEIGHT - r.y2());
            cs.stroke();
          }
          for (PageLayout.Run run : page.runs()) {
            cs.beginText();
            cs.setFont(fonts.get(run.style().bold), run.style().size);
            cs.newLineAtOffset(run.x(), PageLayout.HEIGHT - run.y());
            cs.showText(run.text());
            cs.endText();
          }
        }
      }
      String[] tool = TOOLS.get(rng.nextInt(TOOLS.size()));
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(doc.title());
      if (!doc.author().isEmpty()) {
        info.setAuthor(doc.author());
      }
      info.setCreator(tool[0]);
      info.setProducer(tool[1]);
      info.setCreationDate(calendar(doc.created()));
      info.setModificationDate(calendar(doc.created().plusMinutes(rng.nextInt(30))));
      fixDocumentId(pdf, rng);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  static GregorianCalendar calendar(LocalDateTime at) {
    return GregorianCalendar.from(at.atZone(BRUSSELS));
  }

  /**
   * Sets the trailer /ID. Without it PDFBox derives one from the current time, and no two runs
   * would produce the same bytes.
   */
  static void fixDocumentId(PDDocument pdf, SplittableRandom rng) {
    byte[] id = new byte[16];
    for (int i = 0; i < id.length; i++) {
      id[i] = (byte) rng.nextInt(256);
    }
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** Metrics of the embedded fonts; characters they lack become '?'. */
  private static final class PdfMeasure implements TextMeasure {
    private final Map<Boolean, PDType0Font> fonts;
    private final Map<Boolean, Map<Integer, Boolean>> known = new HashMap<>();

    PdfMeasure(Map<Boolean, PDType0Font> fonts) {
      this.fonts = fonts;
      known.put(false, new HashMap<>());
      known.put(true, new HashMap<>());
    }

    @Override
    public float width(String text, Style style) {
      try {
        return fonts.get(style.bold).getStringWidth(text) / 1000f * style.size;
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalStateException("cannot measure prepared text: " + text, e);
      }
    }

    @Override
    public String prepare(String text, Style style) {
      PDType0Font font = fonts.get(style.bold);
      Map<Integer, Boolean> cache = known.get(style.bold);
      StringBuilder b = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              cp -> {
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                  b.append(' ');
                  return;
                }
                boolean ok =
                    cache.computeIfAbsent(
                        cp,
                        c -> {
                          try {
                            font.encode(new String(Character.toChars(c)));
                            return true;
                          } catch (IOException | IllegalArgumentException e) {
                            return false;
                          }
                        });
                b.append(ok ? new String(Character.toChars(cp)) : "?");
              });
      return b.toString();
    }
  }
}
