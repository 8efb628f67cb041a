package eu.chorus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunTableTest {

  private static final RunTable TABLE =
      new RunTable(
          "quotes",
          List.of("submission_id", "organisation", "text"),
          List.of(
              List.of("0012", "Société des auteurs", "« Nous soutenons »,\r\nsur deux lignes")));

  @Test
  void aTableWrittenForExcelStartsWithAByteOrderMarkAndReadsBackTheSame(@TempDir Path dir)
      throws Exception {
    Path csv = dir.resolve("quotes.csv");
    TABLE.write(csv, true);
    byte[] bytes = Files.readAllBytes(csv);
    assertEquals(
        List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    assertEquals(TABLE, RunTable.read(csv));
  }

  @Test
  void addingTheByteOrderMarkTwiceAddsItOnce(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("quotes.csv");
    TABLE.write(csv, false);
    RunTable.addBom(csv);
    RunTable.addBom(csv);
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertEquals(1, text.chars().filter(c -> c == RunTable.BOM).count());
    assertEquals(TABLE, RunTable.read(csv));
  }

  @Test
  void parquetColumnsAreTypedButIdentifiersStayText() {
    RunTable synthesis =
        new RunTable(
            "synthesis",
            List.of("submission_id", "support", "majority_share", "group_conflict", "reading"),
            List.of(
                List.of("0012", "3", "0.75", "true", "majority SUPPORT"),
                List.of("0013", "", "1", "false", "")));
    var fields = ParquetTables.schema(synthesis).fields();
    assertEquals(DataTypes.StringType, fields[0].dataType());
    assertEquals(DataTypes.LongType, fields[1].dataType());
    assertEquals(DataTypes.DoubleType, fields[2].dataType());
    assertEquals(DataTypes.BooleanType, fields[3].dataType());
    assertEquals(DataTypes.StringType, fields[4].dataType());
  }

  @Test
  void textProtectedFromSpreadsheetsReadsBackAsWrittenAndIsProtectedAgainOnWrite(@TempDir Path dir)
      throws Exception {
    Path csv = dir.resolve("quotes.csv");
    Files.writeString(
        csv, "text,score\r\n'- We oppose public KPIs.,-1\r\n", StandardCharsets.UTF_8);
    RunTable read = RunTable.read(csv);
    assertEquals(List.of(List.of("- We oppose public KPIs.", "-1")), read.rows());
    Path copy = dir.resolve("copy.csv");
    read.write(copy, false);
    assertEquals(Files.readString(csv), Files.readString(copy));
  }
}
