package eu.chorus.diff;

import eu.chorus.output.CsvTable;
import eu.chorus.output.StancesTable;
import eu.chorus.output.SubmissionsTable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What changed between two runs, as the secretariat tells the chairs in the morning: submissions
 * that arrived or were withdrawn, stakeholder groups that changed, and per (submission, topic)
 * stances that changed, appeared or disappeared. Reads only the runs' CSV outputs.
 */
public final class RunDiff {

  /** The kinds of change, in the order they are reported. */
  public enum Kind {
    NEW_SUBMISSION,
    WITHDRAWN_SUBMISSION,
    GROUP_CHANGED,
    STANCE_CHANGED,
    TOPIC_ADDED,
    TOPIC_DROPPED
  }

  /**
   * One change; {@code topic} is empty for submission-level changes, {@code from}/{@code to} empty
   * when absent.
   */
  public record Change(Kind kind, String submissionId, String topic, String from, String to) {}

  /** Columns of the diff CSV, in order. */
  public enum Column {
    change,
    submission_id,
    topic,
    from,
    to
  }

  public static final CsvTable<Column, Change> TABLE =
      CsvTable.of(
          Column.class, c -> List.of(c.kind(), c.submissionId(), c.topic(), c.from(), c.to()));

  private static final char KEY_SEPARATOR = '\u0000';

  private RunDiff() {}

  /** The changes from one run folder to another, sorted by kind, submission and topic. */
  public static List<Change> between(Path from, Path to) throws IOException {
    String submissionsFile = SubmissionsTable.TABLE.file();
    String group = SubmissionsTable.Column.stakeholder_group.name();
    String stancesFile = StancesTable.TABLE.file();
    String stance = StancesTable.Column.stance.name();
    Map<String, String> groupsBefore = column(from.resolve(submissionsFile), group);
    Map<String, String> groupsAfter = column(to.resolve(submissionsFile), group);
    Map<String, String> stancesBefore = column(from.resolve(stancesFile), stance);
    Map<String, String> stancesAfter = column(to.resolve(stancesFile), stance);
    List<Change> changes = new ArrayList<>();
    Set<String> submissions = new TreeSet<>(groupsBefore.keySet());
    submissions.addAll(groupsAfter.keySet());
    for (String id : submissions) {
      String before = groupsBefore.get(id);
      String after = groupsAfter.get(id);
      if (before == null) {
        changes.add(new Change(Kind.NEW_SUBMISSION, id, "", "", after));
      } else if (after == null) {
        changes.add(new Change(Kind.WITHDRAWN_SUBMISSION, id, "", before, ""));
      } else if (!before.equals(after)) {
        changes.add(new Change(Kind.GROUP_CHANGED, id, "", before, after));
      }
    }
    Set<String> pairs = new TreeSet<>(stancesBefore.keySet());
    pairs.addAll(stancesAfter.keySet());
    for (String pair : pairs) {
      String id = pair.substring(0, pair.indexOf(KEY_SEPARATOR));
      if (!groupsBefore.containsKey(id) || !groupsAfter.containsKey(id)) {
        continue; // a new or withdrawn submission is reported once, not topic by topic
      }
      String topic = pair.substring(pair.indexOf(KEY_SEPARATOR) + 1);
      String before = stancesBefore.get(pair);
      String after = stancesAfter.get(pair);
      if (before == null) {
        changes.add(new Change(Kind.TOPIC_ADDED, id, topic, "", after));
      } else if (after == null) {
        changes.add(new Change(Kind.TOPIC_DROPPED, id, topic, before, ""));
      } else if (!before.equals(after)) {
        changes.add(new Change(Kind.STANCE_CHANGED, id, topic, before, after));
      }
    }
    changes.sort(
        java.util.Comparator.comparing(Change::kind)
            .thenComparing(Change::submissionId)
            .thenComparing(Change::topic));
    return changes;
  }

  /** The changes as the secretariat reads them: a count per kind, then each change on a line. */
  public static String text(String fromName, String toName, List<Change> changes) {
    StringBuilder out = new StringBuilder("Changes from " + fromName + " to " + toName + "\n");
    Map<Kind, List<Change>> byKind = new TreeMap<>();
    changes.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
    for (Kind kind : Kind.values()) {
      List<Change> some = byKind.getOrDefault(kind, List.of());
      out.append(
          String.format(
              java.util.Locale.ROOT,
              "%n%s: %d%n",
              kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
              some.size()));
      for (Change c : some) {
        out.append("  ").append(c.submissionId());
        if (!c.topic().isEmpty()) {
          out.append(" × ").append(c.topic());
        }
        if (!c.from().isEmpty() || !c.to().isEmpty()) {
          out.append(": ")
              .append(c.from().isEmpty() ? "-" : c.from())
              .append(" → ")
              .append(c.to().isEmpty() ? "-" : c.to());
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * One column of a run's CSV by row key: the submission id, or for stances.csv the submission id
   * and topic.
   */
  private static Map<String, String> column(Path csv, String column) throws IOException {
    if (!Files.isRegularFile(csv)) {
      throw new IllegalArgumentException("not a run folder: " + csv + " is missing");
    }
    Map<String, String> values = new TreeMap<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      boolean byTopic = p.getHeaderNames().contains("topic");
      for (CSVRecord row : p) {
        String key =
            byTopic
                ? row.get("submission_id") + KEY_SEPARATOR + row.get("topic")
                : row.get("submission_id");
        values.put(key, row.get(column));
      }
    }
    return values;
  }
}
