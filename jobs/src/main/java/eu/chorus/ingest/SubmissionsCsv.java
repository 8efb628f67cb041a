package eu.chorus.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the platform's {@code submissions.csv} (DOMAIN.md layout). Rows it cannot use are returned
 * as {@link Problem}s rather than thrown, so that the run can report them and go on.
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

  /** A row that could not be used, with a sentence saying why. */
  public record Problem(long line, String reason) {}

  /** The submissions read, and the rows that were refused. */
  public record Result(List<Submission> submissions, List<Problem> problems) {}

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .get();

  private SubmissionsCsv() {}

  /**
   * Parses the whole file; the reader is not closed.
   *
   * @throws IOException also when the file is not valid CSV (e.g. a quote never closed), with where
   */
  public static Result read(Reader reader) throws IOException {
    try {
      return parse(reader);
    } catch (java.io.UncheckedIOException e) {
      throw new IOException("submissions.csv is not valid CSV: " + e.getCause().getMessage(), e);
    }
  }

  private static Result parse(Reader reader) throws IOException {
    CSVParser parser = FORMAT.parse(reader);
    Set<String> header = parser.getHeaderMap().keySet();
    if (!header.contains(Column.submission_id.name())) {
      throw new IOException(
          "submissions.csv has no submission_id column (header: " + String.join(",", header) + ")");
    }
    Map<String, Submission> byId = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    for (CSVRecord row : parser) {
      String id = get(row, Column.submission_id);
      if (id.isEmpty()) {
        problems.add(new Problem(row.getRecordNumber() + 1, "row has no submission_id"));
        continue;
      }
      if (byId.containsKey(id)) {
        problems.add(
            new Problem(row.getRecordNumber() + 1, "duplicate submission_id " + id + " ignored"));
        continue;
      }
      byId.put(id, toSubmission(id, row));
    }
    return new Result(List.copyOf(byId.values()), List.copyOf(problems));
  }

  private static Submission toSubmission(String id, CSVRecord row) {
    List<String> files =
        Arrays.stream(get(row, Column.files).split(";"))
            .map(String::trim)
            .filter(f -> !f.isEmpty())
            .map(f -> f.replace('\\', '/'))
            .collect(Collectors.toList());
    return new Submission(
        id,
        get(row, Column.submitted_at),
        get(row, Column.respondent_type).toUpperCase(Locale.ROOT),
        get(row, Column.organisation),
        get(row, Column.country),
        get(row, Column.language).toLowerCase(Locale.ROOT),
        Consent.parse(get(row, Column.consent)),
        files,
        true);
  }

  private static String get(CSVRecord row, Column column) {
    return row.isMapped(column.name()) && row.isSet(column.name())
        ? row.get(column.name()).trim()
        : "";
  }
}
