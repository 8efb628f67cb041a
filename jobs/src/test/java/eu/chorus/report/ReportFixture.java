package eu.chorus.report;

import eu.chorus.output.CampaignsTable;
import eu.chorus.output.ManifestTable;
import eu.chorus.output.PositionsTable;
import eu.chorus.output.QuotesTable;
import eu.chorus.output.StancesTable;
import eu.chorus.output.SubmissionsTable;
import eu.chorus.output.SynthesisTable;
import eu.chorus.profile.GpaiProfile;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * A tiny run folder with every table the report reads, written by test code: two topics with
 * findings, a campaign, positions, quotes and the passages they cite. It plants the hazards the
 * report must survive: markup and a script in submission text, and an anonymous respondent's
 * organisation in quotes.csv (which a correct synthesis stage would never write).
 */
final class ReportFixture {

  static final String SCRIPT_QUOTE =
      "Opt-outs must bind. <script>document.body.setAttribute('data-pwned','script')</script> End.";
  static final String IMG_LABEL =
      "licensing burden <img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">";
  static final String PUBLIC_ORG = "Authors & Artists Europe";
  static final String ANONYMOUS_ORG = "Leaky Name Ltd";
  static final String FULL_PASSAGE =
      "Text-and-data-mining opt-outs expressed in machine-readable form must be honoured by "
          + "every crawler. Opt-outs must bind.\n\nA second paragraph that only the passages page shows.";

  private ReportFixture() {}

  static void write(Path run) throws IOException {
    Files.createDirectories(run);
    csv(
        run.resolve(RunFolder.MANIFEST),
        RunTable.columns(ManifestTable.Column.class),
        List.of(
            row(
                "S001/letter.pdf",
                "S001",
                "aa",
                "1000",
                "application/pdf",
                "OK",
                "",
                "3",
                "5000",
                "false",
                "en"),
            row(
                "S002/answer.docx",
                "S002",
                "bb",
                "900",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "OK",
                "",
                "2",
                "4000",
                "false",
                "en"),
            row(
                "S003/scan.pdf",
                "S003",
                "cc",
                "800",
                "application/pdf",
                "OK",
                "",
                "1",
                "2000",
                "true",
                "fr"),
            row(
                "S004/broken.pdf",
                "S004",
                "dd",
                "10",
                "application/pdf",
                "QUARANTINED",
                "The PDF is encrypted.",
                "0",
                "0",
                "false",
                ""),
            row(
                "S010/letter.txt",
                "S010",
                "ee",
                "700",
                "text/plain; charset=UTF-8",
                "OK",
                "",
                "1",
                "3000",
                "false",
                "en"),
            row(
                "S011/letter.txt",
                "S011",
                "ff",
                "700",
                "text/plain",
                "OK",
                "",
                "1",
                "3000",
                "false",
                "en"),
            row(
                "S012/letter.txt",
                "S012",
                "gg",
                "700",
                "text/plain",
                "OK",
                "",
                "1",
                "3000",
                "false",
                "de")));
    csv(
        run.resolve(RunFolder.SUBMISSIONS),
        RunTable.columns(SubmissionsTable.Column.class),
        List.of(
            submission(
                "S001", PUBLIC_ORG, "RIGHTSHOLDER", "DECLARED", "1.0", "false", "en", "PUBLIC", ""),
            submission(
                "S002", "", "GPAI_PROVIDER", "MODEL", "0.41", "false", "en", "ANONYMOUS", ""),
            submission(
                "S003",
                "Digital Rights Watch",
                "CIVIL_SOCIETY",
                "DECLARED",
                "1.0",
                "true",
                "fr",
                "PUBLIC",
                ""),
            submission("S004", "", "OTHER", "MODEL", "0.30", "false", "", "ANONYMOUS", ""),
            submission(
                "S010",
                "Tech Alliance",
                "INDUSTRY_ASSOCIATION",
                "DECLARED",
                "1.0",
                "false",
                "en",
                "PUBLIC",
                "C1"),
            submission(
                "S011",
                "",
                "INDUSTRY_ASSOCIATION",
                "DECLARED",
                "1.0",
                "false",
                "en",
                "ANONYMOUS",
                "C1"),
            submission(
                "S012",
                "",
                "DOWNSTREAM_PROVIDER",
                "MODEL",
                "0.90",
                "false",
                "de",
                "ANONYMOUS",
                "C1")));
    csv(
        run.resolve(RunFolder.STANCES),
        RunTable.columns(StancesTable.Column.class),
        List.of(
            row("S001", "WG1.COPYRIGHT_POLICY", "SUPPORT", "0.91", "S001:1:0002", "MODEL", "", ""),
            row(
                "S002",
                "WG1.COPYRIGHT_POLICY",
                "OPPOSE",
                "0.44",
                "S002:1:0001",
                "MODEL",
                "SUPPORT",
                "true"),
            row("S003", "WG1.COPYRIGHT_POLICY", "SUPPORT", "0.80", "S003:1:0001", "MODEL", "", ""),
            row("S003", "WG2.EVALUATIONS", "SUPPORT", "0.70", "S003:1:0002", "MODEL", "", ""),
            row("S010", "WG1.COPYRIGHT_POLICY", "OPPOSE", "0.85", "S010:1:0001", "MODEL", "", "")));
    csv(
        run.resolve(RunFolder.CAMPAIGNS),
        RunTable.columns(CampaignsTable.Column.class),
        List.of(row("C1", "3", "S010;S011;S012", "S010", "0.93", "0.96", "S012", "0.71")));
    List<String> positionHeader = new ArrayList<>(RunTable.columns(PositionsTable.Column.class));
    positionHeader.addAll(GpaiProfile.PROFILE.groupCodes());
    csv(
        run.resolve(RunFolder.POSITIONS),
        positionHeader,
        List.of(
            position(
                "WG1.COPYRIGHT_POLICY",
                "P1",
                "SUPPORT",
                "machine-readable opt-out, honoured",
                "2",
                "0",
                "0",
                "S001:1:0002",
                "Opt-outs expressed in machine-readable form must be honoured by every crawler.",
                "RIGHTSHOLDER",
                "CIVIL_SOCIETY"),
            position(
                "WG1.COPYRIGHT_POLICY",
                "P2",
                "OPPOSE",
                IMG_LABEL,
                "1",
                "1",
                "3",
                "S002:1:0001",
                "Licensing obligations would slow European research.",
                "GPAI_PROVIDER")));
    csv(
        run.resolve(RunFolder.SYNTHESIS),
        RunTable.columns(SynthesisTable.Column.class),
        List.of(
            row(
                "WG1.COPYRIGHT_POLICY",
                "WG1",
                "RIGHTSHOLDER",
                "1",
                "1",
                "0",
                "0",
                "0",
                "0",
                "0",
                "SUPPORT",
                "1.0",
                "unanimous support"),
            row(
                "WG1.COPYRIGHT_POLICY",
                "WG1",
                "CIVIL_SOCIETY",
                "1",
                "1",
                "0",
                "0",
                "0",
                "0",
                "0",
                "SUPPORT",
                "1.0",
                "unanimous support"),
            row(
                "WG1.COPYRIGHT_POLICY",
                "WG1",
                "GPAI_PROVIDER",
                "1",
                "0",
                "1",
                "0",
                "0",
                "0",
                "0",
                "OPPOSE",
                "1.0",
                "unanimous opposition"),
            row(
                "WG1.COPYRIGHT_POLICY",
                "WG1",
                "INDUSTRY_ASSOCIATION",
                "0",
                "0",
                "0",
                "0",
                "0",
                "1",
                "3",
                "",
                "",
                "one campaign (3 signatories) opposes"),
            row(
                "WG2.EVALUATIONS",
                "WG2",
                "CIVIL_SOCIETY",
                "1",
                "1",
                "0",
                "0",
                "0",
                "0",
                "0",
                "SUPPORT",
                "1.0",
                "unanimous support")));
    csv(
        run.resolve(RunFolder.QUOTES),
        RunTable.columns(QuotesTable.Column.class),
        List.of(
            row(
                "WG1.COPYRIGHT_POLICY",
                "SUPPORT",
                "RIGHTSHOLDER",
                "P1",
                "S001",
                PUBLIC_ORG,
                "S001/letter.pdf",
                "2",
                "S001:1:0002",
                SCRIPT_QUOTE),
            row(
                "WG1.COPYRIGHT_POLICY",
                "OPPOSE",
                "GPAI_PROVIDER",
                "P2",
                "S002",
                ANONYMOUS_ORG,
                "S002/answer.docx",
                "1",
                "S002:1:0001",
                "Licensing obligations would slow European research."),
            row(
                "WG2.EVALUATIONS",
                "SUPPORT",
                "CIVIL_SOCIETY",
                "",
                "S003",
                "Digital Rights Watch",
                "S003/scan.pdf",
                "1",
                "S003:1:0002",
                "Red-teaming by independent evaluators should be mandatory.")));
    passages(
        run.resolve("passages"),
        List.of(
            new PassageTexts.Passage(
                "S001:1:0002", "S001", "S001/letter.pdf", 2, "en", FULL_PASSAGE),
            new PassageTexts.Passage(
                "S002:1:0001",
                "S002",
                "S002/answer.docx",
                1,
                "en",
                "Licensing obligations would slow European research, said [name]."),
            new PassageTexts.Passage(
                "S003:1:0002",
                "S003",
                "S003/scan.pdf",
                1,
                "en",
                "Red-teaming by independent evaluators should be mandatory."),
            new PassageTexts.Passage(
                "S003:1:0009", "S003", "S003/scan.pdf", 1, "en", "A passage nobody cites.")));
    Files.writeString(
        run.resolve(RunFolder.RUN_JSON),
        "{\"chorusVersion\":\"test\",\"startedAt\":\"2026-12-01T22:00:00Z\"}",
        StandardCharsets.UTF_8);
  }

  private static List<String> submission(
      String id,
      String org,
      String group,
      String source,
      String confidence,
      String conflict,
      String language,
      String consent,
      String campaign) {
    return row(
        id,
        org,
        "",
        group,
        source,
        confidence,
        group,
        confidence,
        conflict,
        language,
        "BE",
        consent,
        "900",
        "4",
        id + "/x",
        campaign,
        "false");
  }

  private static List<String> position(
      String topic,
      String id,
      String stance,
      String label,
      String submissions,
      String campaigns,
      String signatories,
      String passage,
      String text,
      String... groups) {
    List<String> row =
        new ArrayList<>(
            row(
                topic,
                id,
                stance,
                label,
                submissions,
                campaigns,
                signatories,
                passage,
                text,
                "",
                "",
                "",
                ""));
    for (String g : GpaiProfile.PROFILE.groupCodes()) {
      row.add(Arrays.asList(groups).contains(g) ? "1" : "0");
    }
    return row;
  }

  private static List<String> row(String... cells) {
    return List.of(cells);
  }

  private static void csv(Path file, List<String> header, List<List<String>> rows)
      throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p =
            new CSVPrinter(
                w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
      for (List<String> r : rows) {
        if (r.size() > header.size()) {
          throw new IllegalArgumentException(
              file.getFileName() + ": row of " + r.size() + " cells, header " + header.size());
        }
        // the columns a row does not give, the writers' later additions, are empty
        List<String> cells = new ArrayList<>(r);
        while (cells.size() < header.size()) {
          cells.add("");
        }
        p.printRecord(cells);
      }
    }
  }

  // The schema of output/PassagesTable, as Spark writes it (non-null strings, a list of strings).
  private static final MessageType PASSAGES =
      MessageTypeParser.parseMessageType(
          """
      message spark_schema {
        required binary passage_id (STRING);
        required binary submission_id (STRING);
        required binary file (STRING);
        required int32 page;
        required binary language (STRING);
        required binary text (STRING);
        required group topics (LIST) { repeated group list { required binary element (STRING); } }
        required int32 tokens;
      }""");

  private static void passages(Path folder, List<PassageTexts.Passage> passages)
      throws IOException {
    Files.createDirectories(folder);
    SimpleGroupFactory groups = new SimpleGroupFactory(PASSAGES);
    try (ParquetWriter<Group> w =
        ExampleParquetWriter.builder(new LocalOutputFile(folder.resolve("part-00000.parquet")))
            .withType(PASSAGES)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .build()) {
      for (PassageTexts.Passage p : passages) {
        Group g =
            groups
                .newGroup()
                .append("passage_id", p.passageId())
                .append("submission_id", p.submissionId())
                .append("file", p.file())
                .append("page", p.page())
                .append("language", p.language())
                .append("text", p.text());
        g.addGroup("topics");
        g.append("tokens", 10);
        w.write(g);
      }
    }
  }
}
