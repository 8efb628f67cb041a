package eu.chorus.samples.render;

import eu.chorus.samples.compose.Block;
import eu.chorus.samples.compose.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays a {@link Document} out on A4 pages: wrapped lines, headings kept with what follows, lists
 * with hanging indents, ruled tables, footnotes at the foot of the page that cites them, and a
 * "Page n of m" footer. The result is a list of positioned runs that a writer only has to draw.
 */
final class PageLayout {

  static final float WIDTH = 595.28f;
  static final float HEIGHT = 841.89f;
  static final float LEFT = 72f;
  static final float RIGHT = 72f;
  static final float TOP = 66f;
  static final float BOTTOM = 70f;
  static final float CONTENT = WIDTH - LEFT - RIGHT;

  /** A piece of text; {@code y} is the baseline, measured from the top of the page. */
  record Run(float x, float y, String text, Style style) {}

  /** A straight line, coordinates from the top-left corner. */
  record Rule(float x1, float y1, float x2, float y2) {}

  /** One laid-out page. */
  record Page(List<Run> runs, List<Rule> rules) {}

  private final TextMeasure measure;
  private final List<Page> pages = new ArrayList<>();
  private List<Run> runs;
  private List<Rule> rules;
  private List<String> notes;
  private float y;
  private int footnoteNumber;

  private PageLayout(TextMeasure measure) {
    this.measure = measure;
  }

  /**
   * Lays out {@code doc}; {@code pageLabel} is a pattern such as "Page {n} of {m}" for the footer.
   */
  static List<Page> layout(Document doc, TextMeasure measure, String pageLabel) {
    PageLayout l = new PageLayout(measure);
    l.newPage();
    if (doc.showTitle()) {
      l.title(doc.title());
    }
    for (Block b : doc.blocks()) {
      l.block(b);
    }
    l.finishPage();
    l.footers(doc.title(), pageLabel);
    return l.pages;
  }

  private void title(String title) {
    for (String line : wrap(title, Style.TITLE, CONTENT)) {
      line(line, Style.TITLE, LEFT);
    }
    y += 4;
    rules.add(new Rule(LEFT, y, WIDTH - RIGHT, y));
    y += 14;
  }

  private void block(Block block) {
    // Java 17: no pattern matching for switch yet, hence the instanceof chain.
    if (block instanceof Block.Heading h) {
      heading(h);
    } else if (block instanceof Block.Para p) {
      paragraph(p.text(), p.footnotes(), Style.BODY, LEFT, CONTENT);
    } else if (block instanceof Block.ListBlock list) {
      list(list);
    } else if (block instanceof Block.Table t) {
      table(t);
    } else if (block instanceof Block.Question q) {
      keepWithNext(Style.BOLD.leading() * 3);
      paragraph(q.label() + " – " + q.text(), List.of(), Style.BOLD, LEFT, CONTENT);
    } else if (block instanceof Block.Lines lines) {
      for (String line : lines.lines()) {
        for (String part : wrap(line, Style.BODY, CONTENT)) {
          line(part, Style.BODY, LEFT);
        }
      }
      y += 9;
    }
  }

  private void heading(Block.Heading h) {
    Style style = h.level() <= 1 ? Style.H1 : Style.H2;
    y += h.level() <= 1 ? 10 : 6;
    // A heading alone at the foot of a page looks broken: keep it with two lines of text.
    keepWithNext(style.leading() + Style.BODY.leading() * 3);
    for (String line : wrap(h.text(), style, CONTENT)) {
      line(line, style, LEFT);
    }
    y += 3;
  }

  private void paragraph(String text, List<String> footnotes, Style style, float x, float width) {
    List<String> lines = wrap(text, style, width);
    for (int i = 0; i < lines.size(); i++) {
      boolean last = i == lines.size() - 1;
      if (last && !footnotes.isEmpty()) {
        List<String> noteLines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (String note : footnotes) {
          int n = ++footnoteNumber;
          numbers.add(n);
          noteLines.addAll(wrap(n + "  " + note, Style.SMALL, CONTENT));
        }
        float needed = style.leading() + noteLines.size() * Style.SMALL.leading() + 8;
        if (y + needed > bottom()) {
          newPage();
        }
        String lineText = measure.prepare(lines.get(i), style);
        float markerX = x + measure.width(lineText, style) + 1;
        line(lines.get(i), style, x);
        StringBuilder marks = new StringBuilder();
        for (int n : numbers) {
          marks.append(marks.length() == 0 ? "" : ",").append(n);
        }
        runs.add(
            new Run(markerX, y - style.leading() + style.size - 4, marks.toString(), Style.SMALL));
        notes.addAll(noteLines);
      } else {
        line(lines.get(i), style, x);
      }
    }
    y += 6;
  }

  private void list(Block.ListBlock list) {
    for (int i = 0; i < list.items().size(); i++) {
      String marker = list.ordered() ? (i + 1) + "." : "•";
      keepWithNext(Style.BODY.leading());
      runs.add(new Run(LEFT + 4, y + Style.BODY.size, marker, Style.BODY));
      paragraph(list.items().get(i), List.of(), Style.BODY, LEFT + 22, CONTENT - 22);
      y -= 3;
    }
    y += 6;
  }

  private void table(Block.Table t) {
    int cols = t.header().size();
    float[] widths = new float[cols];
    if (cols == 3) {
      widths[0] = CONTENT * 0.3f;
      widths[1] = CONTENT * 0.2f;
      widths[2] = CONTENT * 0.5f;
    } else {
      Arrays.fill(widths, CONTENT / cols);
    }
    y += 4;
    row(t.header(), widths, Style.TABLE_HEAD);
    for (List<String> r : t.rows()) {
      row(r, widths, Style.TABLE);
    }
    y += 10;
  }

  private void row(List<String> cells, float[] widths, Style style) {
    float pad = 3f;
    List<List<String>> wrapped = new ArrayList<>();
    int lines = 1;
    for (int c = 0; c < widths.length; c++) {
      String cell = c < cells.size() ? cells.get(c) : "";
      List<String> w = wrap(cell, style, widths[c] - 2 * pad);
      wrapped.add(w);
      lines = Math.max(lines, w.size());
    }
    float height = lines * style.leading() + 2 * pad;
    if (y + height > bottom()) {
      newPage();
    }
    float top = y;
    float x = LEFT;
    for (int c = 0; c < widths.length; c++) {
      float ly = top + pad;
      for (String line : wrapped.get(c)) {
        runs.add(new Run(x + pad, ly + style.size, measure.prepare(line, style), style));
        ly += style.leading();
      }
      rules.add(new Rule(x, top, x, top + height));
      x += widths[c];
    }
    rules.add(new Rule(x, top, x, top + height));
    rules.add(new Rule(LEFT, top, x, top));
    rules.add(new Rule(LEFT, top + height, x, top + height));
    y = top + height;
  }

  private void keepWithNext(float height) {
    if (y + height > bottom()) {
      newPage();
    }
  }

  private void line(String text, Style style, float x) {
    if (y + style.leading() > bottom()) {
      newPage();
    }
    runs.add(new Run(x, y + style.size, measure.prepare(text, style), style));
    y += style.leading();
  }

  private float bottom() {
    float notesHeight = notes.isEmpty() ? 0 : notes.size() * Style.SMALL.leading() + 10;
    return HEIGHT - BOTTOM - notesHeight;
  }

  private void newPage() {
    if (runs != null) {
      finishPage();
    }
    runs = new ArrayList<>();
    rules = new ArrayList<>();
    notes = new ArrayList<>();
    y = TOP;
  }

  /** Draws the page's footnotes above the bottom margin, under a short separator rule. */
  private void finishPage() {
    if (!notes.isEmpty()) {
      float ny = HEIGHT - BOTTOM - notes.size() * Style.SMALL.leading();
      rules.add(new Rule(LEFT, ny - 6, LEFT + 120, ny - 6));
      for (String note : notes) {
        runs.add(
            new Run(LEFT, ny + Style.SMALL.size, measure.prepare(note, Style.SMALL), Style.SMALL));
        ny += Style.SMALL.leading();
      }
    }
    pages.add(new Page(runs, rules));
    runs = null;
  }

  private void footers(String title, String pageLabel) {
    int total = pages.size();
    String shortTitle = title.length() > 70 ? title.substring(0, 67) + "..." : title;
    for (int i = 0; i < total; i++) {
      Page p = pages.get(i);
      String label =
          measure.prepare(
              pageLabel
                  .replace("{n}", Integer.toString(i + 1))
                  .replace("{m}", Integer.toString(total)),
              Style.FOOTER);
      float fy = HEIGHT - 38;
      p.runs()
          .add(
              new Run(WIDTH - RIGHT - measure.width(label, Style.FOOTER), fy, label, Style.FOOTER));
      if (i > 0) {
        p.runs().add(new Run(LEFT, fy, measure.prepare(shortTitle, Style.FOOTER), Style.FOOTER));
      }
    }
  }

  /** Greedy word wrap; a word wider than the line is cut. */
  private List<String> wrap(String text, Style style, float width) {
    List<String> lines = new ArrayList<>();
    String prepared = measure.prepare(text, style);
    StringBuilder line = new StringBuilder();
    for (String word : prepared.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (measure.width(candidate, style) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      while (measure.width(word, style) > width && word.length() > 1) {
        int cut = word.length() - 1;
        while (cut > 1 && measure.width(word.substring(0, cut), style) > width) {
          cut--;
        }
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
