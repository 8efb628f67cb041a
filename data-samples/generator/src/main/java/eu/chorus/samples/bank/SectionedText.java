package eu.chorus.samples.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text layout shared by bank files and the generator's own resources: {@code [NAME]}
 * section headers, paragraphs separated by blank lines, {@code #} comment lines.
 *
 * <p>Lines before the first header form the section named {@link #PREAMBLE}. Lines of one paragraph
 * are joined with single spaces, so authors may wrap their text freely.
 */
public final class SectionedText {

  /** Name of the section holding the lines before the first header. */
  public static final String PREAMBLE = "";

  private static final Pattern HEADER = Pattern.compile("^\\[([A-Za-z0-9_.\\-]+)\\]\\s*$");

  /** One paragraph: its joined text, its raw lines and where it starts, for error messages. */
  public record RawParagraph(String text, List<String> lines, int line) {
    public RawParagraph {
      lines = List.copyOf(lines);
    }
  }

  /** A named section and its paragraphs in file order. */
  public record Section(String name, int line, List<RawParagraph> paragraphs) {
    public Section {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  private final String source;
  private final Map<String, Section> sections;

  private SectionedText(String source, Map<String, Section> sections) {
    this.source = source;
    this.sections = sections;
  }

  /**
   * Parses {@code text}; {@code source} names the file in error messages. A section header that
   * appears twice is an error, because a silent merge would hide a copy-and-paste slip.
   */
  public static SectionedText parse(String source, String text) {
    Map<String, Section> sections = new LinkedHashMap<>();
    String stripped = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = stripped.split("\r?\n|\r", -1);
    String current = PREAMBLE;
    int currentLine = 0;
    List<RawParagraph> paragraphs = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    int pendingLine = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      int lineNo = i + 1;
      if (trimmed.startsWith("#")) {
        continue;
      }
      Matcher header = HEADER.matcher(trimmed);
      if (header.matches()) {
        flush(pending, pendingLine, paragraphs);
        store(source, sections, current, currentLine, paragraphs);
        current = header.group(1);
        currentLine = lineNo;
        if (sections.containsKey(current)) {
          throw new BankFormatException(source, lineNo, "section [" + current + "] appears twice");
        }
        paragraphs = new ArrayList<>();
      } else if (trimmed.isEmpty()) {
        flush(pending, pendingLine, paragraphs);
      } else {
        if (pending.isEmpty()) {
          pendingLine = lineNo;
        }
        pending.add(trimmed);
      }
    }
    flush(pending, pendingLine, paragraphs);
    store(source, sections, current, currentLine, paragraphs);
    return new SectionedText(source, sections);
  }

  /** Parses a UTF-8 resource of the generator's class path, e.g. {@code /orgs/names.txt}. */
  public static SectionedText fromClasspath(String resource) {
    return parse(resource, readClasspath(resource));
  }

  /** Reads a UTF-8 class-path resource; a missing resource is a packaging bug, hence unchecked. */
  public static String readClasspath(String resource) {
    try (InputStream in = SectionedText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the generator jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  private static void flush(List<String> pending, int line, List<RawParagraph> paragraphs) {
    if (!pending.isEmpty()) {
      paragraphs.add(new RawParagraph(String.join(" ", pending), pending, line));
      pending.clear();
    }
  }

  private static void store(
      String source,
      Map<String, Section> sections,
      String name,
      int line,
      List<RawParagraph> paragraphs) {
    if (name.equals(PREAMBLE) && paragraphs.isEmpty()) {
      return;
    }
    sections.put(name, new Section(name, line, paragraphs));
  }

  public String source() {
    return source;
  }

  /** Sections in file order, the preamble first when it has text. */
  public List<Section> sections() {
    return List.copyOf(sections.values());
  }

  /** The paragraphs of a section, empty if the section is absent. */
  public List<RawParagraph> paragraphs(String section) {
    Section s = sections.get(section);
    return s == null ? List.of() : s.paragraphs();
  }

  /** Every non-blank line of a section, one item each: for word lists. */
  public List<String> lines(String section) {
    List<String> out = new ArrayList<>();
    for (RawParagraph p : paragraphs(section)) {
      out.addAll(p.lines());
    }
    return out;
  }

  public boolean has(String section) {
    return sections.containsKey(section);
  }
}
