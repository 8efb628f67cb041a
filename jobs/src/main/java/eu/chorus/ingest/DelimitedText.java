package eu.chorus.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A delimited file as spreadsheets and consultation platforms write it, read tolerantly: a
 * byte-order mark is dropped, the delimiter ({@code ;}, {@code ,} or tab) is read off the header,
 * text that is not UTF-8 is read as Windows-1252 (with a note), and a row that cannot be parsed (an
 * unbalanced quote, a wrong number of fields) becomes a {@link Problem} with its line while every
 * other row is still read. One bad row never costs the rest of the file.
 *
 * <p>Duplicate header names are kept (portal exports repeat "Other, please specify"): rows are
 * lists of cells in header order, not maps.
 */
public final class DelimitedText {

  /** One row that was read, with the physical line (1-based) on which it starts. */
  public record Row(long line, List<String> cells) {

    public String cell(int column) {
      return column < cells.size() ? cells.get(column).trim() : "";
    }
  }

  /** A row, or the file, that could not be used as it is, with a sentence saying why. */
  public record Problem(long line, String reason) {

    /** "{@code file} line N: reason", or "{@code file}: reason" for the whole file. */
    public String describe(String file) {
      return line > 0 ? file + " line " + line + ": " + reason : file + ": " + reason;
    }
  }

  private final List<String> header;
  private final List<Row> rows;
  private final List<Problem> problems;
  private final char delimiter;

  private DelimitedText(
      List<String> header, List<Row> rows, List<Problem> problems, char delimiter) {
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
    this.problems = List.copyOf(problems);
    this.delimiter = delimiter;
  }

  public List<String> header() {
    return header;
  }

  public List<Row> rows() {
    return rows;
  }

  public List<Problem> problems() {
    return problems;
  }

  public char delimiter() {
    return delimiter;
  }

  /** The index of the first header cell equal to {@code name} (case and spaces ignored), or -1. */
  public int column(String name) {
    for (int i = 0; i < header.size(); i++) {
      if (normalise(header.get(i)).equals(normalise(name))) {
        return i;
      }
    }
    return -1;
  }

  static String normalise(String s) {
    return s.replace('\u00a0', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Decodes and parses a whole file's bytes. */
  public static DelimitedText parse(byte[] bytes) {
    List<Problem> problems = new ArrayList<>();
    return parse(decode(bytes, problems), problems);
  }

  /** The first line of a file's text (its header), decoded as {@link #parse} would. */
  public static String firstLine(byte[] head) {
    String text = decode(head, new ArrayList<>());
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
  }

  /**
   * UTF-8 without its byte-order mark; bytes that are not UTF-8 are read as Windows-1252, the
   * charset spreadsheets on Windows save in, and the file gets a note saying so.
   */
  static String decode(byte[] bytes, List<Problem> problems) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(new Problem(0, "not UTF-8; read as Windows-1252"));
      return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
    }
  }

  static DelimitedText parse(String text, List<Problem> problems) {
    char delimiter = delimiterOf(text);
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    long[] lineStarts = lineStarts(text);
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    int fromLine = 1;
    while (fromLine <= lineStarts.length) {
      int offset = (int) lineStarts[fromLine - 1];
      // Lines consumed so far in this pass; the next record starts on the line after them.
      long consumed = 0;
      try (CSVParser parser = format.parse(new StringReader(text.substring(offset)))) {
        Iterator<CSVRecord> records = parser.iterator();
        int restartAt = -1;
        while (true) {
          long startLine = fromLine + consumed;
          CSVRecord record;
          try {
            if (!records.hasNext()) {
              break;
            }
            record = records.next();
          } catch (UncheckedIOException | IllegalStateException e) {
            problems.add(
                new Problem(startLine, "cannot be parsed (" + reasonOf(e) + "); row skipped"));
            restartAt = (int) startLine + 1;
            break;
          }
          // Blank lines before a row are skipped by the parser: the row starts where its first
          // character is.
          startLine = lineOf(lineStarts, offset + record.getCharacterPosition());
          long spanned = fromLine + parser.getCurrentLineNumber() - startLine;
          consumed = parser.getCurrentLineNumber();
          List<String> cells = record.toList();
          if (header == null) {
            header = cells;
            continue;
          }
          if (cells.size() != header.size()) {
            problems.add(
                new Problem(
                    startLine,
                    cells.size()
                        + " fields where the header has "
                        + header.size()
                        + " (an unbalanced quote or a stray delimiter?); row skipped"));
            if (spanned > 1) {
              // The row swallowed the lines after it: read them again on their own.
              restartAt = (int) startLine + 1;
              break;
            }
            continue;
          }
          rows.add(new Row(startLine, cells));
        }
        if (restartAt < 0) {
          break;
        }
        fromLine = restartAt;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (header == null) {
      problems.add(new Problem(0, "empty: no header row"));
      header = List.of();
    }
    return new DelimitedText(header, rows, problems, delimiter);
  }

  private static String reasonOf(RuntimeException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    // Commons CSV numbers lines from where this pass began; the row's own line is said outside.
    return message.replaceAll("\\(line \\d+\\)\\s*", "").replaceAll("\\s+", " ").trim();
  }

  /** The delimiter the header line uses most, outside quotes: {@code ;}, {@code ,} or tab. */
  static char delimiterOf(String text) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        semicolons += c == ';' ? 1 : 0;
        commas += c == ',' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (tabs > semicolons && tabs > commas) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private static long lineOf(long[] lineStarts, long position) {
    int i = java.util.Arrays.binarySearch(lineStarts, position);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  private static long[] lineStarts(String text) {
    List<Long> starts = new ArrayList<>();
    starts.add(0L);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && i + 1 < text.length()) {
        starts.add((long) i + 1);
      }
    }
    return starts.stream().mapToLong(Long::longValue).toArray();
  }
}
