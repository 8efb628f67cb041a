package eu.chorus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.chorus.ops.RunSummary;
import eu.chorus.profile.ConsultationProfile;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysts' notebooks read the run folder's tables by file and column name; those names are
 * defined once, by the writers ({@link RunOutputs#csvTables}). A renamed table or column must fail
 * here, not in an analyst's notebook.
 */
class NotebookColumnsTest {

  private static final Path NOTEBOOKS = Path.of("../notebooks");

  /** {@code table(RUN, "submissions.csv")}: the notebooks' one way of reading a table. */
  private static final Pattern TABLE_READ =
      Pattern.compile("table\\(\\s*\\w+\\s*,\\s*\"([^\"]+)\"\\s*\\)");

  /** A column named in a subscript: {@code df["topic"]} or {@code df[["topic", "stance"]]}. */
  private static final Pattern SUBSCRIPT =
      Pattern.compile("\\[\\s*\\[?\\s*(\"[a-z_]+\"(?:\\s*,\\s*\"[a-z_]+\")*)\\s*\\]?\\s*\\]");

  /**
   * A column named as a pandas argument: {@code on=}, {@code index=}, {@code columns=}, {@code
   * values=}, groupby.
   */
  private static final Pattern ARGUMENT =
      Pattern.compile(
          "(?:\\bon|\\bindex|\\bcolumns|\\bvalues|groupby|numbers\\(\\s*\\w+)\\s*[=(,]\\s*\\[?\\s*(\"[a-z_]+\"(?:\\s*,\\s*\"[a-z_]+\")*)");

  /**
   * A column the notebook makes itself: {@code df["net"] = …}, {@code assign(net=…)}, merge
   * suffixes.
   */
  private static final Pattern MADE =
      Pattern.compile("\\[\"([a-z_]+)\"\\]\\s*=[^=]|assign\\((\\w+)=|\"([a-z_ ]+)\"\\s*:");

  private static final Pattern SUFFIXES =
      Pattern.compile("suffixes=\\(\"(\\w+)\",\\s*\"(\\w+)\"\\)");
  private static final Pattern QUOTED = Pattern.compile("\"([a-z_]+)\"");

  static Stream<Path> notebooks() throws IOException {
    return Files.list(NOTEBOOKS).filter(p -> p.toString().endsWith(".ipynb")).sorted();
  }

  private static String code(Path notebook) throws IOException {
    JsonNode cells = new ObjectMapper().readTree(notebook.toFile()).path("cells");
    StringBuilder code = new StringBuilder();
    for (JsonNode cell : cells) {
      if (cell.path("cell_type").asText().equals("code")) {
        cell.path("source").forEach(line -> code.append(line.asText()));
        code.append('\n');
      }
    }
    return code.toString();
  }

  /**
   * Columns of every table, for every profile's groups (a group code is a column of positions.csv),
   * and the fields of run.json.
   */
  private static Set<String> knownColumns() {
    Set<String> columns = new TreeSet<>();
    for (RecordComponent c : RunSummary.class.getRecordComponents()) {
      columns.add(c.getName());
    }
    for (String id : ConsultationProfile.known()) {
      RunOutputs.csvTables(ConsultationProfile.load(id).groups()).values().forEach(columns::addAll);
    }
    return columns;
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void readsOnlyTablesTheWritersDefine(Path notebook) throws IOException {
    Set<String> files = RunOutputs.csvTables(List.of()).keySet();
    Matcher m = TABLE_READ.matcher(code(notebook));
    List<String> read = new ArrayList<>();
    while (m.find()) {
      read.add(m.group(1));
    }
    assertFalse(read.isEmpty(), notebook + " reads no table the way this test recognises");
    for (String file : read) {
      assertTrue(
          files.contains(file),
          notebook + " reads " + file + ", which no writer defines: " + files);
    }
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void namesOnlyColumnsTheWritersDefine(Path notebook) throws IOException {
    String code = code(notebook);
    Set<String> made = new TreeSet<>();
    Matcher m = MADE.matcher(code);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          made.add(m.group(g));
        }
      }
    }
    Set<String> known = knownColumns();
    Matcher s = SUFFIXES.matcher(code);
    while (s.find()) {
      for (String column : known) {
        made.add(column + s.group(1));
        made.add(column + s.group(2));
      }
    }
    Set<String> unknown = new TreeSet<>();
    for (Pattern p : List.of(SUBSCRIPT, ARGUMENT)) {
      Matcher c = p.matcher(code);
      while (c.find()) {
        Matcher q = QUOTED.matcher(c.group(1));
        while (q.find()) {
          String column = q.group(1);
          if (!known.contains(column) && !made.contains(column)) {
            unknown.add(column);
          }
        }
      }
    }
    assertEquals(Set.of(), unknown, notebook + " names columns no writer defines");
  }

  @Test
  void positionsTableHasTheColumnsTheNotebooksSliceGroupsBetween() {
    // groups(run) in the notebooks: the group columns lie between these two
    Map<String, List<String>> tables =
        RunOutputs.csvTables(ConsultationProfile.load(ConsultationProfile.defaultId()).groups());
    List<String> positions = tables.get(PositionsTable.FILE);
    int first = positions.indexOf(PositionsTable.Column.campaign_signatories.name());
    int last = positions.indexOf(PositionsTable.Column.representative_passage_id.name());
    assertEquals(
        ConsultationProfile.load(ConsultationProfile.defaultId()).groups().size(),
        last - first - 1);
  }
}
