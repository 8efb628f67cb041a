package eu.chorus.samples.render;

import eu.chorus.samples.compose.Block;
import eu.chorus.samples.compose.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document through POI XWPF: real heading styles (so that extractors see headings), a table,
 * footnotes, fixed core properties. POI stamps ZIP entries with the current time, so the package is
 * re-zipped with fixed times.
 */
final class DocxWriter implements DocumentWriter {

  private static final List<String> APPLICATIONS =
      List.of(
          "Microsoft Office Word",
          "LibreOffice/7.6.4.1$Windows_X86_64",
          "Microsoft Macintosh Word");

  @Override
  public byte[] write(Document doc) throws IOException {
    SplittableRandom rng = new SplittableRandom(doc.seed());
    try (XWPFDocument docx = new XWPFDocument()) {
      XWPFStyles styles = docx.createStyles();
      addStyle(styles, "Normal", "Normal", 0, 22);
      addStyle(styles, "Title", "Title", 0, 36);
      addStyle(styles, "Heading1", "heading 1", 1, 28);
      addStyle(styles, "Heading2", "heading 2", 2, 24);
      if (doc.showTitle()) {
        XWPFParagraph title = docx.createParagraph();
        title.setStyle("Title");
        title.createRun().setText(doc.title());
      }
      for (Block b : doc.blocks()) {
        block(docx, b);
      }
      POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
      Date created = Date.from(doc.created().atZone(PdfWriter.BRUSSELS).toInstant());
      Date modified =
          Date.from(
              doc.created()
                  .plusMinutes(5 + rng.nextInt(600))
                  .atZone(PdfWriter.BRUSSELS)
                  .toInstant());
      core.setCreated(Optional.of(created));
      core.setModified(Optional.of(modified));
      core.setTitle(doc.title());
      if (!doc.author().isEmpty()) {
        core.setCreator(doc.author());
        core.setLastModifiedByUser(doc.author());
      }
      docx.getProperties()
          .getExtendedProperties()
          .getUnderlyingProperties()
          .setApplication(APPLICATIONS.get(rng.nextInt(APPLICATIONS.size())));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      docx.write(out);
      return DeterministicZip.normalize(out.toByteArray(), doc.created());
    }
  }

  private static void block(XWPFDocument docx, Block block) {
    if (block instanceof Block.Heading h) {
      XWPFParagraph p = docx.createParagraph();
      p.setStyle(h.level() <= 1 ? "Heading1" : "Heading2");
      p.createRun().setText(h.text());
    } else if (block instanceof Block.Para para) {
      XWPFParagraph p = docx.createParagraph();
      p.setSpacingAfter(160);
      p.createRun().setText(para.text());
      for (String note : para.footnotes()) {
        XWPFFootnote fn = docx.createFootnote();
        XWPFParagraph np = fn.createParagraph();
        np.createRun().setText(" " + note);
        p.addFootnoteReference(fn);
      }
    } else if (block instanceof Block.ListBlock list) {
      for (int i = 0; i < list.items().size(); i++) {
        XWPFParagraph p = docx.createParagraph();
        p.setIndentationLeft(360);
        p.setIndentationHanging(360);
        XWPFRun run = p.createRun();
        run.setText(list.ordered() ? (i + 1) + "." : "•");
        run.addTab();
        run.setText(list.items().get(i));
      }
    } else if (block instanceof Block.Table t) {
      XWPFTable table = docx.createTable(t.rows().size() + 1, t.header().size());
      fillRow(table, 0, t.header(), true);
      for (int r = 0; r < t.rows().size(); r++) {
        fillRow(table, r + 1, t.rows().get(r), false);
      }
      docx.createParagraph();
    } else if (block instanceof Block.Question q) {
      XWPFParagraph p = docx.createParagraph();
      XWPFRun label = p.createRun();
      label.setBold(true);
      label.setText(q.label());
      label.addBreak();
      XWPFRun text = p.createRun();
      text.setBold(true);
      text.setText(q.text());
    } else if (block instanceof Block.Lines lines) {
      XWPFParagraph p = docx.createParagraph();
      XWPFRun run = p.createRun();
      for (int i = 0; i < lines.lines().size(); i++) {
        if (i > 0) {
          run.addBreak();
        }
        run.setText(lines.lines().get(i));
      }
    }
  }

  private static void fillRow(XWPFTable table, int row, List<String> cells, boolean header) {
    for (int c = 0; c < cells.size(); c++) {
      XWPFParagraph p = table.getRow(row).getCell(c).getParagraphs().get(0);
      XWPFRun run = p.createRun();
      run.setBold(header);
      run.setText(cells.get(c));
    }
  }

  /** Defines a paragraph style; outline level 0 means none (the title). */
  private static void addStyle(
      XWPFStyles styles, String id, String name, int outline, int halfPoints) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewName().setVal(name);
    if (!id.equals("Normal")) {
      ct.addNewBasedOn().setVal("Normal");
      ct.addNewNext().setVal("Normal");
    } else {
      ct.setDefault(true);
    }
    ct.addNewQFormat();
    if (outline > 0) {
      ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline - 1L));
    }
    CTRPr rpr = ct.addNewRPr();
    if (!id.equals("Normal")) {
      rpr.addNewB();
    }
    rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    styles.addStyle(new XWPFStyle(ct, styles));
  }
}
