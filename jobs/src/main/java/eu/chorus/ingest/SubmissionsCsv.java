package eu.chorus.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the platform's {@code submissions.csv} (DOMAIN.md layout), as {@link DelimitedText} reads
 * any spreadsheet export: rows it cannot use are returned as {@link Problem}s with their line
 * rather than thrown, so that the run can report them and go on.
 */
public final class SubmissionsCsv {

  /** The header DOMAIN.md specifies, in order. */
  public enum Column {
    submission_id,
    submitted_at,
    respondent_type,
    organisation,
    country,
    language,
    consent,
    files
  }

  /**
   * A row that could not be used as it is, with a sentence saying why ({@code line} 0: the file).
   */
  public record Problem(long line, String reason) {}

  /** The submissions read, and the rows that were refused. */
  public record Result(List<Submission> submissions, List<Problem> problems) {}

  private SubmissionsCsv() {}

  /**
   * Reads a whole file's bytes.
   *
   * @throws IOException when the file has no {@code submission_id} column: nothing can be joined
   */
  public static Result read(byte[] bytes) throws IOException {
    return read(DelimitedText.parse(bytes));
  }

  /** Reads a file's text, already decoded. */
  public static Result read(String text) throws IOException {
    return read(DelimitedText.parse(text, new ArrayList<>()));
  }

  static Result read(DelimitedText csv) throws IOException {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    for (Column c : Column.values()) {
      columns.put(c, csv.column(c.name()));
    }
    if (columns.get(Column.submission_id) < 0) {
      throw new IOException(
          ExportReader.METADATA_FILE
              + " has no submission_id column (header: "
              + String.join(String.valueOf(csv.delimiter()), csv.header())
              + ")");
    }
    List<Problem> problems = new ArrayList<>();
    csv.problems().forEach(p -> problems.add(new Problem(p.line(), p.reason())));
    Map<String, Submission> byId = new LinkedHashMap<>();
    for (DelimitedText.Row row : csv.rows()) {
      String id = row.cell(columns.get(Column.submission_id));
      if (id.isEmpty()) {
        problems.add(new Problem(row.line(), "row has no submission_id"));
        continue;
      }
      Submission s = toSubmission(id, row, columns);
      Submission earlier = byId.get(id);
      if (earlier == null) {
        byId.put(id, s);
      } else if (earlier.consent() != s.consent()) {
        // The safe reading wins: one row asking for anonymity is enough.
        problems.add(
            new Problem(
                row.line(),
                "duplicate submission_id "
                    + id
                    + " with another consent; the first row kept, treated as ANONYMOUS"));
        byId.put(id, earlier.withConsent(Consent.ANONYMOUS));
      } else {
        problems.add(new Problem(row.line(), "duplicate submission_id " + id + " ignored"));
      }
    }
    List<Submission> sorted = new ArrayList<>(byId.values());
    sorted.sort(java.util.Comparator.comparing(Submission::id));
    return new Result(List.copyOf(sorted), List.copyOf(problems));
  }

  private static Submission toSubmission(
      String id, DelimitedText.Row row, Map<Column, Integer> columns) {
    List<String> files =
        Arrays.stream(get(row, columns, Column.files).split(";"))
            .map(String::trim)
            .filter(f -> !f.isEmpty())
            .map(f -> f.replace('\\', '/'))
            .collect(Collectors.toList());
    return new Submission(
        id,
        get(row, columns, Column.submitted_at),
        get(row, columns, Column.respondent_type).toUpperCase(Locale.ROOT),
        get(row, columns, Column.organisation),
        get(row, columns, Column.country),
        get(row, columns, Column.language).toLowerCase(Locale.ROOT),
        Consent.parse(get(row, columns, Column.consent)),
        files,
        true);
  }

  private static String get(DelimitedText.Row row, Map<Column, Integer> columns, Column column) {
    int i = columns.get(column);
    return i < 0 ? "" : row.cell(i);
  }
}
