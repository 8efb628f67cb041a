package eu.chorus.samples.render;

import eu.chorus.samples.compose.Block;
import eu.chorus.samples.compose.Document;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Hand-written RTF 1.x: {@code \par} paragraphs, bold headings, {@code \footnote} groups, a {@code
 * \trowd} table. Everything outside ASCII is escaped as {@code \}{@code uN?}, which every RTF
 * reader understands whatever its code page.
 */
final class RtfWriter implements DocumentWriter {

  @Override
  public byte[] write(Document doc) {
    StringBuilder b = new StringBuilder();
    b.append("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\n");
    b.append(
        "{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fswiss\\fcharset0 Arial;}}\n");
    b.append("{\\info{\\title ").append(escape(doc.title())).append("}");
    if (!doc.author().isEmpty()) {
      b.append("{\\author ").append(escape(doc.author())).append("}");
    }
    var c = doc.created();
    b.append("{\\creatim\\yr")
        .append(c.getYear())
        .append("\\mo")
        .append(c.getMonthValue())
        .append("\\dy")
        .append(c.getDayOfMonth())
        .append("\\hr")
        .append(c.getHour())
        .append("\\min")
        .append(c.getMinute())
        .append("}}\n");
    b.append("\\paperw11906\\paperh16838\\margl1440\\margr1440\\margt1440\\margb1440\n");
    if (doc.showTitle()) {
      b.append("{\\pard\\sa240\\qc\\f1\\b\\fs32 ").append(escape(doc.title())).append("\\par}\n");
    }
    for (Block block : doc.blocks()) {
      if (block instanceof Block.Heading h) {
        int size = h.level() <= 1 ? 28 : 24;
        b.append("{\\pard\\sb240\\sa120\\keepn\\f1\\b\\fs")
            .append(size)
            .append(' ')
            .append(escape(h.text()))
            .append("\\par}\n");
      } else if (block instanceof Block.Para p) {
        b.append("{\\pard\\sa160\\f0\\fs22 ").append(escape(p.text()));
        for (String note : p.footnotes()) {
          b.append("{\\super\\chftn}{\\footnote\\pard\\plain\\fs18{\\super\\chftn} ")
              .append(escape(note))
              .append("}");
        }
        b.append("\\par}\n");
      } else if (block instanceof Block.ListBlock list) {
        for (int i = 0; i < list.items().size(); i++) {
          String marker = list.ordered() ? (i + 1) + "." : "\\bullet";
          b.append("{\\pard\\fi-360\\li720\\sa80\\f0\\fs22 ")
              .append(marker)
              .append("\\tab ")
              .append(escape(list.items().get(i)))
              .append("\\par}\n");
        }
      } else if (block instanceof Block.Table t) {
        row(b, t.header(), true);
        for (List<String> r : t.rows()) {
          row(b, r, false);
        }
        b.append("{\\pard\\par}\n");
      } else if (block instanceof Block.Question q) {
        b.append("{\\pard\\sb120\\sa80\\keepn\\f0\\b\\fs22 ")
            .append(escape(q.label()))
            .append("\\line ")
            .append(escape(q.text()))
            .append("\\par}\n");
      } else if (block instanceof Block.Lines lines) {
        b.append("{\\pard\\sa200\\f0\\fs22 ");
        for (int i = 0; i < lines.lines().size(); i++) {
          b.append(i > 0 ? "\\line " : "").append(escape(lines.lines().get(i)));
        }
        b.append("\\par}\n");
      }
    }
    b.append("}\n");
    return b.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void row(StringBuilder b, List<String> cells, boolean header) {
    int twips = 9026 / Math.max(1, cells.size());
    b.append("\\trowd\\trgaph108");
    for (int i = 1; i <= cells.size(); i++) {
      b.append("\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx")
          .append(twips * i);
    }
    b.append('\n');
    for (String c : cells) {
      b.append("\\pard\\intbl\\f0\\fs20")
          .append(header ? "\\b " : " ")
          .append(escape(c))
          .append(header ? "\\b0" : "")
          .append("\\cell\n");
    }
    b.append("\\row\n");
  }

  /** RTF escaping: control characters of RTF, then {@code \}{@code uN?} for non-ASCII. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\\' || ch == '{' || ch == '}') {
        b.append('\\').append(ch);
      } else if (ch == '\t') {
        b.append("\\tab ");
      } else if (ch == '\n') {
        b.append("\\line ");
      } else if (ch < 0x20) {
        continue;
      } else if (ch < 0x80) {
        b.append(ch);
      } else {
        // RTF's \\u takes a signed 16-bit value; surrogate pairs are written as two escapes.
        b.append("\\u").append((int) (short) ch).append('?');
      }
    }
    return b.toString();
  }
}
