package eu.chorus.samples.render;

import eu.chorus.samples.compose.Block;
import eu.chorus.samples.compose.Document;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plain UTF-8 text: underlined headings, "[n]" footnote marks with notes at the end, a pipe table.
 * Some files are hard-wrapped at 76 columns and some use CRLF, as Windows editors write.
 */
final class TextWriter implements DocumentWriter {

  @Override
  public byte[] write(Document doc) {
    SplittableRandom rng = new SplittableRandom(doc.seed());
    boolean wrap = rng.nextBoolean();
    boolean crlf = rng.nextInt(10) < 3;
    String text = plain(doc, true, wrap ? 76 : 0);
    if (crlf) {
      text = text.replace("\n", "\r\n");
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The document as plain text with "\n" line ends; {@code width} 0 means no hard wrap. Also used
   * for e-mail bodies, without the title (which is the subject there).
   */
  static String plain(Document doc, boolean withTitle, int width) {
    StringBuilder b = new StringBuilder();
    if (withTitle && doc.showTitle()) {
      b.append(doc.title())
          .append('\n')
          .append("=".repeat(Math.min(76, doc.title().length())))
          .append("\n\n");
    }
    List<String> notes = new ArrayList<>();
    for (Block block : doc.blocks()) {
      if (block instanceof Block.Heading h) {
        b.append(h.text()).append('\n');
        b.append((h.level() <= 1 ? "-" : "~").repeat(Math.min(76, h.text().length())))
            .append("\n\n");
      } else if (block instanceof Block.Para p) {
        StringBuilder para = new StringBuilder(p.text());
        for (String n : p.footnotes()) {
          notes.add(n);
          para.append(" [").append(notes.size()).append(']');
        }
        b.append(wrap(para.toString(), width, "")).append("\n\n");
      } else if (block instanceof Block.ListBlock list) {
        for (int i = 0; i < list.items().size(); i++) {
          String marker = list.ordered() ? (i + 1) + ". " : "- ";
          b.append(marker).append(wrap(list.items().get(i), width, "   ").strip()).append('\n');
        }
        b.append('\n');
      } else if (block instanceof Block.Table t) {
        b.append(String.join(" | ", t.header())).append('\n');
        b.append("-".repeat(Math.min(76, String.join(" | ", t.header()).length()))).append('\n');
        for (List<String> row : t.rows()) {
          b.append(String.join(" | ", row)).append('\n');
        }
        b.append('\n');
      } else if (block instanceof Block.Question q) {
        b.append(q.label()).append(": ").append(wrap(q.text(), width, "")).append("\n\n");
      } else if (block instanceof Block.Lines lines) {
        lines.lines().forEach(l -> b.append(l).append('\n'));
        b.append('\n');
      }
    }
    if (!notes.isEmpty()) {
      b.append("----\n");
      for (int i = 0; i < notes.size(); i++) {
        b.append('[').append(i + 1).append("] ").append(wrap(notes.get(i), width, "")).append('\n');
      }
    }
    return b.toString().stripTrailing() + "\n";
  }

  private static String wrap(String text, int width, String indent) {
    if (width <= 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (String word : text.split(" ")) {
      if (col > 0 && col + 1 + word.length() > width) {
        out.append('\n').append(indent);
        col = indent.length();
      } else if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(word);
      col += word.length();
    }
    return out.toString();
  }
}
