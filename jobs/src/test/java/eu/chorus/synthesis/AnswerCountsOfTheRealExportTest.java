package eu.chorus.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.RealData;
import eu.chorus.ingest.Export;
import eu.chorus.ingest.ExportReader;
import eu.chorus.ingest.Submission;
import eu.chorus.profile.ConsultationProfile;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The closed-answer tables of the real White Paper export against a count made here without
 * Chorus's reader: the export parsed with Commons CSV as the portal documents it, respondent types
 * mapped with the table of the export's README. Skipped where the export is absent.
 */
class AnswerCountsOfTheRealExportTest {

  /**
   * The export README's table of respondent types, written out here rather than read from the
   * profile.
   */
  private static final Map<String, String> GROUP_OF_TYPE =
      Map.ofEntries(
          Map.entry("Company/Business organisation", "COMPANY"),
          Map.entry("Business Association", "BUSINESS_ASSOCIATION"),
          Map.entry("NGO (Non-governmental organisation)", "NGO"),
          Map.entry("Academic/Research Institution", "ACADEMIA"),
          Map.entry("Public authority", "PUBLIC_AUTHORITY"),
          Map.entry("EU Citizen", "CITIZEN"),
          Map.entry("Non-EU Citizen", "CITIZEN"),
          Map.entry("Trade Union", "TRADE_UNION"),
          Map.entry("Consumer Organisation", "CONSUMER_ORGANISATION"),
          Map.entry("Environmental Organisation", "ENVIRONMENTAL_ORGANISATION"),
          Map.entry("Other", "OTHER"));

  @Test
  void answerCountsMatchACountOfTheExportMadeWithoutChorusReader() throws IOException {
    Path export = RealData.export(RealData.WHITE_PAPER);
    ConsultationProfile profile = ConsultationProfile.load(RealData.WHITE_PAPER);
    Export read = ExportReader.read(export);
    Map<String, String> groupOf = new HashMap<>();
    for (Submission s : read.submissions()) {
      profile.declaredGroup(s.declaredType()).ifPresent(g -> groupOf.put(s.id(), g.code()));
    }
    List<AnswerCounts.Row> rows = AnswerCounts.of(read.answers(), groupOf, profile);

    String text =
        Files.readString(export.resolve("export.csv"), StandardCharsets.UTF_8)
            .replace("\uFEFF", "");
    List<CSVRecord> records;
    try (Reader r = new StringReader(text);
        CSVParser p = CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(r)) {
      records = p.getRecords();
    }
    List<String> header = records.get(0).toList();
    int userType = header.indexOf("User type");
    Map<String, Integer> independent = new TreeMap<>();
    for (AnswerCounts.Row row : rows) {
      independent.putIfAbsent(
          row.questionId(), Integer.parseInt(row.questionId().substring(1)) - 1);
    }
    Map<String, Integer> expected = new TreeMap<>();
    for (CSVRecord r : records.subList(1, records.size())) {
      for (Map.Entry<String, Integer> q : independent.entrySet()) {
        String answer = r.get(q.getValue()).trim();
        if (!answer.isEmpty()) {
          String group = GROUP_OF_TYPE.getOrDefault(r.get(userType).trim(), "OTHER");
          expected.merge(q.getKey() + "|" + group + "|" + answer, 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> counted = new TreeMap<>();
    rows.forEach(
        row ->
            counted.merge(
                row.questionId() + "|" + row.stakeholderGroup() + "|" + row.answer(),
                row.respondents(),
                Integer::sum));
    assertEquals(expected, counted);

    // the eight questions the README maps to a topic are closed questions, each with its topic
    List<String> topics =
        rows.stream()
            .map(AnswerCounts.Row::topic)
            .filter(t -> !t.isEmpty())
            .distinct()
            .sorted()
            .toList();
    assertEquals(8, topics.size(), topics.toString());
    assertTrue(
        rows.stream()
            .filter(row -> row.topic().equals("WP.NEW_RULES"))
            .anyMatch(
                row ->
                    row.answer().toLowerCase(Locale.ROOT).contains("new legislation")
                        && row.stance().equals("SUPPORT")));
  }
}
