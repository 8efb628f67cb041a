package eu.chorus.samples.render;

import eu.chorus.samples.compose.Document;
import eu.chorus.samples.compose.Labels;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An image-only PDF, as a scanner makes from a printed and signed letter: each page is the text
 * drawn in grayscale at 150 dpi, slightly rotated, with toner specks, stored as a JPEG. There is no
 * text layer, so Chorus needs OCR to read it.
 */
final class ScannedPdfWriter implements DocumentWriter {

  private static final float DPI = 150f;
  private static final float SCALE = DPI / 72f;
  private static final int PX_WIDTH = Math.round(PageLayout.WIDTH * SCALE);
  private static final int PX_HEIGHT = Math.round(PageLayout.HEIGHT * SCALE);

  /** Chosen so that a text page stays well under 250 KB while OCR still reads it. */
  private static final float JPEG_QUALITY = 0.5f;

  private static final List<String> SCANNERS =
      List.of("iR-ADV C5550 III", "KM_C458 Scan", "HP Digital Sending", "RICOH MP C3004", "NAPS2");

  @Override
  public byte[] write(Document doc) throws IOException {
    SplittableRandom rng = new SplittableRandom(doc.seed());
    Fonts.Family family = rng.nextInt(3) == 0 ? Fonts.Family.SERIF : Fonts.Family.SANS;
    AwtMeasure measure = new AwtMeasure(family);
    String pageLabel = Labels.load(doc.language()).all("page").get(0);
    List<PageLayout.Page> pages = PageLayout.layout(doc, measure, pageLabel);
    try (PDDocument pdf = new PDDocument()) {
      for (PageLayout.Page page : pages) {
        byte[] jpeg = jpeg(draw(page, family, rng));
        PDImageXObject image = JPEGFactory.createFromByteArray(pdf, jpeg);
        PDPage p = new PDPage(PDRectangle.A4);
        pdf.addPage(p);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
          cs.drawImage(image, 0, 0, PageLayout.WIDTH, PageLayout.HEIGHT);
        }
      }
      PDDocumentInformation info = pdf.getDocumentInformation();
      String scanner = SCANNERS.get(rng.nextInt(SCANNERS.size()));
      info.setCreator(scanner);
      info.setProducer(scanner);
      info.setCreationDate(PdfWriter.calendar(doc.created()));
      info.setModificationDate(PdfWriter.calendar(doc.created()));
      PdfWriter.fixDocumentId(pdf, rng);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  private static BufferedImage draw(
      PageLayout.Page page, Fonts.Family family, SplittableRandom rng) {
    BufferedImage img = new BufferedImage(PX_WIDTH, PX_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    try {
      g.setColor(new Color(246, 246, 244));
      g.fillRect(0, 0, PX_WIDTH, PX_HEIGHT);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      // A sheet is never fed perfectly straight: up to half a degree either way, slightly offset.
      double angle = Math.toRadians((rng.nextDouble() - 0.5) * 1.0);
      g.rotate(angle, PX_WIDTH / 2.0, PX_HEIGHT / 2.0);
      g.translate(rng.nextInt(11) - 5, rng.nextInt(11) - 5);
      g.scale(SCALE, SCALE);
      g.setColor(new Color(28, 28, 28));
      g.setStroke(new BasicStroke(0.6f));
      for (PageLayout.Rule r : page.rules()) {
        g.drawLine(Math.round(r.x1()), Math.round(r.y1()), Math.round(r.x2()), Math.round(r.y2()));
      }
      for (PageLayout.Run run : page.runs()) {
        g.setFont(Fonts.awt(family, run.style().bold).deriveFont(run.style().size));
        g.drawString(run.text(), run.x(), run.y());
      }
      g.setTransform(new AffineTransform());
      // Toner specks and dust.
      int specks = 150 + rng.nextInt(250);
      for (int i = 0; i < specks; i++) {
        int shade = 60 + rng.nextInt(120);
        g.setColor(new Color(shade, shade, shade));
        g.fillRect(
            rng.nextInt(PX_WIDTH), rng.nextInt(PX_HEIGHT), 1 + rng.nextInt(2), 1 + rng.nextInt(2));
      }
      // The scanner lid leaves a grey shadow along one edge.
      g.setColor(new Color(210, 210, 208));
      g.fillRect(0, 0, 6 + rng.nextInt(10), PX_HEIGHT);
    } finally {
      g.dispose();
    }
    return img;
  }

  private static byte[] jpeg(BufferedImage img) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(img, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** Java2D metrics of the bundled fonts at point sizes (the page is scaled when drawn). */
  private static final class AwtMeasure implements TextMeasure {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private final Fonts.Family family;

    AwtMeasure(Fonts.Family family) {
      this.family = family;
    }

    @Override
    public float width(String text, Style style) {
      Font f = Fonts.awt(family, style.bold).deriveFont(style.size);
      return (float) f.getStringBounds(text, FRC).getWidth();
    }

    @Override
    public String prepare(String text, Style style) {
      Font f = Fonts.awt(family, style.bold);
      StringBuilder b = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              cp -> {
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                  b.append(' ');
                } else {
                  b.append(f.canDisplay(cp) ? new String(Character.toChars(cp)) : "?");
                }
              });
      return b.toString();
    }
  }
}
