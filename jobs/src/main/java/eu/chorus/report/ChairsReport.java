package eu.chorus.report;

import eu.chorus.profile.ConsultationProfile;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The chairs' report: {@code report/index.html} (the run, its counts, a line per working group, the
 * methods note), a page per working group of the consultation's codebook ({@code wg-<code>.html}, a
 * brief per topic), {@code report/passages.html} (every cited passage in full, the quoted sentences
 * marked) and {@code report/report.css} in a run folder, rendered from the run's tables alone.
 * Static HTML, no script, no server; a Content-Security-Policy forbids scripts, so text from a
 * submission cannot run even if it were not escaped. It is: the templates are FreeMarker {@code
 * .ftlh}, which HTML-escape every interpolation unless a template says otherwise (none does).
 */
public final class ChairsReport {

  /** The folder in a run that holds the report. */
  public static final String FOLDER = "report";

  public static final String INDEX = "index.html";
  public static final String PASSAGES = "passages.html";
  static final String STYLESHEET = "report.css";
  private static final String TEMPLATES = "/eu/chorus/report/";

  private final Configuration freemarker;

  private ChairsReport(Configuration freemarker) {
    this.freemarker = freemarker;
  }

  public static ChairsReport create() {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setClassForTemplateLoading(ChairsReport.class, TEMPLATES);
    cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
    // .ftlh templates would select HTML by their extension; set it for all so none is missed.
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setLocale(Locale.ROOT);
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    return new ChairsReport(cfg);
  }

  /** What was written, for the progress line. */
  public record Written(
      Path index,
      List<Path> workingGroups,
      int topicsWithFindings,
      int passages,
      List<String> missingTables) {}

  /**
   * Renders the report of the run folder {@code run} into {@code run/report/}, with the groups and
   * topics of the consultation profile its run.json names.
   */
  public Written render(Path run) throws IOException {
    ConsultationProfile profile = ConsultationProfile.ofRun(run);
    RunFolder tables = RunFolder.read(run, profile);
    Optional<Map<String, PassageTexts.Passage>> passages =
        PassageTexts.read(run, ReportBuilder.citedPassages(tables));
    ReportBuilder builder = new ReportBuilder(tables, profile, ReportSettings.load(), passages);
    List<ReportView.WorkingGroup> groups = builder.workingGroups();
    ReportView.Page page = builder.page(groups);
    ReportView.PassagePage passagePage = builder.passagePage(groups);

    Path out = run.resolve(FOLDER);
    Files.createDirectories(out);
    write("index.ftlh", Map.of("page", page), out.resolve(INDEX));
    List<Path> wgPages = new java.util.ArrayList<>();
    for (ReportView.WorkingGroupPage wg : builder.workingGroupPages(groups)) {
      Path file = out.resolve(wg.wg().file());
      write("wg.ftlh", Map.of("page", wg), file);
      wgPages.add(file);
    }
    write("passages.ftlh", Map.of("page", passagePage), out.resolve(PASSAGES));
    try (InputStream css = ChairsReport.class.getResourceAsStream(TEMPLATES + STYLESHEET)) {
      if (css == null) {
        throw new IllegalStateException(TEMPLATES + STYLESHEET + " is missing from the classpath");
      }
      Files.copy(css, out.resolve(STYLESHEET), StandardCopyOption.REPLACE_EXISTING);
    }
    return new Written(
        out.resolve(INDEX),
        wgPages,
        page.glance().size(),
        passagePage.passages().size(),
        page.missing().stream().map(ReportView.Note::table).toList());
  }

  /**
   * One cell of the working groups' matrices as the report shows it: individual submissions,
   * campaigns apart.
   */
  public record CellCount(
      String topic,
      String stakeholderGroup,
      long support,
      long oppose,
      long mixed,
      long neutral,
      long campaigns,
      long signatories) {}

  /**
   * The counts per topic × stakeholder group that the working groups' pages show, read from the run
   * folder as {@link #render} reads it: for checks that every output counts alike.
   */
  public static List<CellCount> cells(Path run) throws IOException {
    ConsultationProfile profile = ConsultationProfile.ofRun(run);
    ReportBuilder builder =
        new ReportBuilder(
            RunFolder.read(run, profile), profile, ReportSettings.load(), Optional.empty());
    List<CellCount> cells = new java.util.ArrayList<>();
    for (ReportView.WorkingGroup wg : builder.workingGroups()) {
      for (ReportView.MatrixRow row : wg.matrix().rows()) {
        for (int i = 0; i < row.cells().size(); i++) {
          ReportView.Cell c = row.cells().get(i);
          cells.add(
              new CellCount(
                  row.topic(),
                  wg.matrix().columns().get(i).code(),
                  c.support(),
                  c.oppose(),
                  c.mixed(),
                  c.neutral(),
                  c.campaigns(),
                  c.signatories()));
        }
      }
    }
    return cells;
  }

  private void write(String template, Map<String, Object> model, Path file) throws IOException {
    Template t = freemarker.getTemplate(template);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      t.process(model, w);
    } catch (TemplateException e) {
      // A template error is a bug in Chorus, not in the data: stop with the template's own message.
      throw new IllegalStateException(
          "report template " + template + " failed: " + e.getMessage(), e);
    }
  }
}
