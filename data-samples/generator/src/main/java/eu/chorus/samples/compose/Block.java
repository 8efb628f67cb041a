package eu.chorus.samples.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * A structural element of a composed document. Writers render each kind in their format's own idiom
 * (a DOCX heading style, an ODT {@code text:h}, a bold PDF line) and degrade gracefully where the
 * format has no equivalent.
 */
public sealed interface Block {

  /** Every piece of visible text of the block, for word counts. */
  List<String> texts();

  /** A heading; level 1 is a section, 2 a subsection. */
  record Heading(int level, String text) implements Block {
    @Override
    public List<String> texts() {
      return List.of(text);
    }
  }

  /** A body paragraph; its footnotes are numbered by the writer in document order. */
  record Para(String text, List<String> footnotes) implements Block {
    public Para {
      footnotes = List.copyOf(footnotes);
    }

    public Para(String text) {
      this(text, List.of());
    }

    @Override
    public List<String> texts() {
      return concat(List.of(text), footnotes);
    }
  }

  /** A numbered ({@code ordered}) or bulleted list. */
  record ListBlock(boolean ordered, List<String> items) implements Block {
    public ListBlock {
      items = List.copyOf(items);
    }

    @Override
    public List<String> texts() {
      return items;
    }
  }

  /** A table with a header row. */
  record Table(List<String> header, List<List<String>> rows) implements Block {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public List<String> texts() {
      List<String> all = new ArrayList<>(header);
      rows.forEach(all::addAll);
      return all;
    }
  }

  /** A questionnaire question, shown emphasised before its answer paragraphs. */
  record Question(String label, String text) implements Block {
    @Override
    public List<String> texts() {
      return List.of(label, text);
    }
  }

  /** Short lines kept as they are: letterheads, addresses, signatures. */
  record Lines(List<String> lines) implements Block {
    public Lines {
      lines = List.copyOf(lines);
    }

    @Override
    public List<String> texts() {
      return lines;
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
