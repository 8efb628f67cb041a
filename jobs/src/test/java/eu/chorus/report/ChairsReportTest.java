package eu.chorus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report rendered from a tiny run folder written by {@link ReportFixture}. */
class ChairsReportTest {

  @TempDir Path run;

  private String render() throws IOException {
    return render(true);
  }

  private String render(boolean fixture) throws IOException {
    if (fixture) {
      ReportFixture.write(run);
    }
    ChairsReport.create().render(run);
    return Files.readString(run.resolve("report/index.html"), StandardCharsets.UTF_8);
  }

  private String page(String name) throws IOException {
    return Files.readString(run.resolve("report").resolve(name), StandardCharsets.UTF_8);
  }

  /** Every page of the report but passages.html, one after the other. */
  private String allPages() throws IOException {
    StringBuilder all = new StringBuilder(page("index.html"));
    try (var files = Files.list(run.resolve("report"))) {
      for (Path f :
          files.filter(f -> f.getFileName().toString().startsWith("wg-")).sorted().toList()) {
        all.append(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  @Test
  void writesIndexPassagesAndStylesheetIntoTheReportFolder() throws IOException {
    ReportFixture.write(run);
    ChairsReport.Written written = ChairsReport.create().render(run);
    assertEquals(run.resolve("report/index.html"), written.index());
    assertTrue(Files.isRegularFile(run.resolve("report/passages.html")));
    assertTrue(Files.isRegularFile(run.resolve("report/report.css")));
    assertEquals(List.of(), written.missingTables());
    assertEquals(3, written.passages());
    // a page per working group of the profile's codebook, linked from the index
    assertEquals(run.resolve("report/wg-WG1.html"), written.workingGroups().get(0));
    String index = page("index.html");
    for (Path wg : written.workingGroups()) {
      assertTrue(Files.isRegularFile(wg));
      assertTrue(
          index.contains("<a href=\"" + wg.getFileName() + "\">"),
          wg.getFileName() + " is linked from the index");
    }
  }

  @Test
  void eachTopicBriefShowsItsReadingCountsByGroupPositionsAndQuotesOnItsWorkingGroupsPage()
      throws IOException {
    render();
    String wg1 = page("wg-WG1.html");
    String brief = wg1.substring(wg1.indexOf("id=\"t-WG1-COPYRIGHT_POLICY\""));
    brief = brief.substring(0, brief.indexOf("</article>"));
    assertTrue(
        brief.contains("<span class=\"lead st-support\">majority support</span>"), "the reading");
    assertTrue(brief.contains("<table class=\"readings\">"), "counts by stakeholder group");
    assertTrue(
        brief.contains("<span class=\"ptitle\">machine-readable opt-out, honoured</span>"),
        "a position's title");
    assertTrue(brief.contains("<h3>Quotes</h3>"));
    assertTrue(brief.contains("S002/answer.docx"), "the quote of S002 is cited");
    assertTrue(
        brief.contains("S002</a>, anonymous respondent, S002/answer.docx, p.&nbsp;1"),
        "a respondent who did not consent is cited as anonymous");
    assertFalse(
        page("index.html").contains("<table class=\"readings\">"),
        "the index holds no topic brief");
  }

  @Test
  void submissionTextIsEscapedAndNoScriptCanRun() throws IOException {
    render();
    String html = allPages();
    String passages = Files.readString(run.resolve("report/passages.html"), StandardCharsets.UTF_8);
    for (String page : List.of(html, passages)) {
      assertFalse(page.contains("<script"), "no script element");
      assertFalse(page.contains("<img"), "no markup from submission text");
      assertTrue(page.contains("Content-Security-Policy"));
      assertTrue(
          page.contains("default-src 'none'") || page.contains("default-src &#39;none&#39;"));
    }
    assertTrue(
        html.contains("&lt;script&gt;document.body.setAttribute("),
        "the planted script is shown as text");
    assertTrue(
        html.contains("licensing burden &lt;img src=x onerror="),
        "the planted markup is shown as text");
    assertTrue(html.contains("Authors &amp; Artists Europe"));
  }

  @Test
  void anonymousRespondentsAreNeverNamedEvenWhenATableNamesThem() throws IOException {
    render();
    String html = allPages();
    assertFalse(html.contains(ReportFixture.ANONYMOUS_ORG));
    assertFalse(
        Files.readString(run.resolve("report/passages.html"), StandardCharsets.UTF_8)
            .contains(ReportFixture.ANONYMOUS_ORG));
    assertTrue(html.contains("Digital Rights Watch"), "a PUBLIC respondent is named");
  }

  @Test
  void quotesLinkToTheirPassageInFullWhichMarksTheQuotedSentenceAndLinksBack() throws IOException {
    render();
    String html = page("wg-WG1.html");
    String passages = page("passages.html");
    assertTrue(html.contains("href=\"passages.html#p-S001:1:0002\""));
    assertTrue(passages.contains("id=\"p-S001:1:0002\""));
    assertTrue(passages.contains("A second paragraph that only the passages page shows."));
    assertFalse(passages.contains("A passage nobody cites."));
    assertTrue(
        passages.contains(
            "<mark>Red-teaming by independent evaluators should be mandatory.</mark>"),
        "the quoted sentence is marked");
    assertTrue(
        passages.contains("Cited in <a href=\"wg-WG2.html#t-WG2-EVALUATIONS\">"),
        "a link back to the brief quoting it");
  }

  @Test
  void aQuotedSentenceIsMarkedWhereItStandsInItsPassage() {
    assertEquals(
        List.of(
            new ReportView.Piece("Intro. ", false),
            new ReportView.Piece("Opt-outs must bind.", true),
            new ReportView.Piece(" More.", false)),
        ReportBuilder.marked(
            "Intro. Opt-outs must bind. More.",
            java.util.Set.of("Opt-outs must bind.", "Not in it.")));
  }

  @Test
  void leadsWithCountsAndShowsCampaignsApart() throws IOException {
    String index = render();
    assertTrue(index.contains("<span class=\"lead st-support\">majority support</span>"));
    assertTrue(index.contains("<th scope=\"row\">C1</th>"));
    String html = page("wg-WG1.html");
    // WG1.COPYRIGHT_POLICY: 2 support (rightsholder, civil society), 1 oppose; the campaign apart.
    assertTrue(html.contains("<span class=\"lead st-support\">majority support</span>"));
    assertTrue(
        html.contains(
            "<span class=\"num n-s\" title=\"support\">2</span> support · "
                + "<span class=\"num n-o\" title=\"oppose\">1</span> oppose"));
    assertTrue(html.contains("+ 3 signatories of 1 campaign"));
  }

  @Test
  void belowHalfTheReportSaysPluralityAndFlagsSmallCounts() throws IOException {
    ReportFixture.write(run);
    // WG1.COPYRIGHT_POLICY: 4 of 10 oppose, 3 support; the rights holders' cell holds 2
    // submissions.
    Files.writeString(
        run.resolve(RunFolder.SYNTHESIS),
        "topic,working_group,stakeholder_group,submissions,support,oppose,"
            + "mixed,neutral,campaigns,campaign_signatories,majority,majority_share,reading\r\n"
            + "WG1.COPYRIGHT_POLICY,WG1,RIGHTSHOLDER,2,1,1,0,0,0,0,SPLIT,0.5,split SUPPORT / OPPOSE (1 each of 2)\r\n"
            + "WG1.COPYRIGHT_POLICY,WG1,GPAI_PROVIDER,8,0,3,3,2,0,0,SPLIT,0.375,split OPPOSE / MIXED (3 each of 8)\r\n",
        StandardCharsets.UTF_8);
    render(false);
    String html = page("wg-WG1.html");
    assertTrue(
        html.contains("<span class=\"lead st-oppose\">plurality oppose, no majority</span>"));
    assertFalse(html.contains("majority oppose"));
    assertTrue(
        html.contains("split SUPPORT / OPPOSE (1 each of 2) <span class=\"small-n\""),
        "a cell of 2 is a small count");
    assertFalse(html.contains("(3 each of 8) <span class=\"small-n\""), "a cell of 8 is not");
    // the most held stance's positions come first
    int oppose =
        html.indexOf(
            "<h4><span class=\"stance st-oppose\">oppose</span> 1 position · 4 submissions hold this stance</h4>");
    int support =
        html.indexOf(
            "<h4><span class=\"stance st-support\">support</span> 1 position · 1 submission holds this stance</h4>");
    assertTrue(
        oppose >= 0 && support > oppose, html.substring(html.indexOf("t-WG1-COPYRIGHT_POLICY")));
    // The fixture's support position counts 2 submissions; 1 supports in these counts.
    assertTrue(
        html.contains(
            "one submission can hold several positions: the 1 <span class=\"stance st-support\">support</span> "
                + "position counts 2 submissions while 1 submission holds that stance."),
        html.substring(html.indexOf("t-WG1-COPYRIGHT_POLICY")));
  }

  @Test
  void aTableWithoutAColumnTheReportReadsIsNamedWithTheReason() throws IOException {
    ReportFixture.write(run);
    Files.writeString(
        run.resolve(RunFolder.SYNTHESIS),
        "topic,stakeholder_group\r\nWG1.COPYRIGHT_POLICY,OTHER\r\n",
        StandardCharsets.UTF_8);
    ChairsReport.Written written = ChairsReport.create().render(run);
    String html = Files.readString(written.index(), StandardCharsets.UTF_8);
    assertEquals(List.of(RunFolder.SYNTHESIS), written.missingTables());
    assertTrue(
        html.contains(
            "<code>synthesis.csv</code> cannot be read (synthesis.csv has no column &#39;working_group&#39;"),
        html.substring(html.indexOf("missing-box"), html.indexOf("missing-box") + 600));
  }

  @Test
  void aMissingOptionalTableIsNamedNotFatal() throws IOException {
    ReportFixture.write(run);
    Files.delete(run.resolve(RunFolder.CAMPAIGNS));
    Files.delete(run.resolve(RunFolder.POSITIONS));
    ChairsReport.Written written = ChairsReport.create().render(run);
    String html = Files.readString(written.index(), StandardCharsets.UTF_8);
    assertEquals(List.of(RunFolder.POSITIONS, RunFolder.CAMPAIGNS), written.missingTables());
    assertTrue(
        html.contains("Campaigns are not available in this run (campaigns.csv is missing)."));
    assertTrue(
        page("wg-WG1.html")
            .contains("Positions are not available in this run (positions.csv is missing)."));
  }

  @Test
  void aRunOfAnotherConsultationIsReportedWithThatProfilesGroupsAndTopics() throws IOException {
    ReportFixture.write(run);
    Files.writeString(
        run.resolve(RunFolder.RUN_JSON),
        "{\"chorusVersion\":\"test\",\"consultation\":\"ai-white-paper-2020\"}",
        StandardCharsets.UTF_8);
    Files.writeString(
        run.resolve(RunFolder.SYNTHESIS),
        "topic,working_group,stakeholder_group,submissions,support,oppose,"
            + "mixed,neutral,campaigns,campaign_signatories,majority,majority_share,reading\r\n"
            + "WP.BIOMETRIC_ID,WP,NGO,2,2,0,0,0,0,0,SUPPORT,1.0,all SUPPORT (2 of 2)\r\n",
        StandardCharsets.UTF_8);
    ChairsReport.Written written = ChairsReport.create().render(run);
    String html = allPages();
    assertEquals(List.of(run.resolve("report/wg-WP.html")), written.workingGroups());
    assertTrue(html.contains("Consultation on the White Paper on Artificial Intelligence (2020)"));
    assertTrue(
        html.contains("White Paper on AI")
            && html.contains("Remote biometric identification in public spaces"));
    assertTrue(html.contains("Business assoc.") && html.contains("Non-governmental organisations"));
    assertFalse(html.contains("GPAI providers") || html.contains("Whistleblower protection"));
    // the fixture's positions.csv has the GPAI profile's group columns, not this one's
    assertTrue(
        written.missingTables().contains(RunFolder.POSITIONS), written.missingTables().toString());
  }
}
