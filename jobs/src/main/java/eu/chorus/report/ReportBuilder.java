package eu.chorus.report;

import eu.chorus.ingest.Consent;
import eu.chorus.output.AnswerCountsTable;
import eu.chorus.output.CampaignsTable;
import eu.chorus.output.ManifestTable;
import eu.chorus.output.PositionsTable;
import eu.chorus.output.QuotesTable;
import eu.chorus.output.StancesTable;
import eu.chorus.output.SubmissionsTable;
import eu.chorus.output.SynthesisTable;
import eu.chorus.profile.Codebook;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.profile.StakeholderGroup;
import eu.chorus.profile.Stance;
import eu.chorus.profile.Topic;
import eu.chorus.report.ReportView.AnswerRow;
import eu.chorus.report.ReportView.Bar;
import eu.chorus.report.ReportView.CampaignView;
import eu.chorus.report.ReportView.Campaigns;
import eu.chorus.report.ReportView.Cell;
import eu.chorus.report.ReportView.Citation;
import eu.chorus.report.ReportView.FileNote;
import eu.chorus.report.ReportView.GlanceRow;
import eu.chorus.report.ReportView.GroupCount;
import eu.chorus.report.ReportView.GroupLabel;
import eu.chorus.report.ReportView.GroupReading;
import eu.chorus.report.ReportView.Matrix;
import eu.chorus.report.ReportView.MatrixRow;
import eu.chorus.report.ReportView.Methods;
import eu.chorus.report.ReportView.Note;
import eu.chorus.report.ReportView.Overview;
import eu.chorus.report.ReportView.Page;
import eu.chorus.report.ReportView.PassageEntry;
import eu.chorus.report.ReportView.PassagePage;
import eu.chorus.report.ReportView.PositionView;
import eu.chorus.report.ReportView.Quality;
import eu.chorus.report.ReportView.QuestionView;
import eu.chorus.report.ReportView.QuoteView;
import eu.chorus.report.ReportView.RunInfo;
import eu.chorus.report.ReportView.Ticked;
import eu.chorus.report.ReportView.TopicSection;
import eu.chorus.report.ReportView.TopicStance;
import eu.chorus.report.ReportView.WorkingGroup;
import eu.chorus.synthesis.SynthesisRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a run folder's tables into the report's view: counts, orderings and citations. A pure
 * function of the tables (and the cited passages), so it is tested without files or a browser.
 */
final class ReportBuilder {

  /** Width of the longest bar in the overview's bar charts, in SVG units. */
  static final int BAR_WIDTH = 240;

  /** Groups named as leading supporters or opponents of a topic. */
  private static final int LEADING_GROUPS = 3;

  /** positions.csv's column (when the clustering writes it) marking the positions a brief shows. */
  private static final String SHOWN = "shown";

  private final RunFolder run;
  private final ConsultationProfile profile;
  private final Codebook codebook;
  private final ReportSettings settings;
  private final Map<String, RunTable.Row> submissionsById;
  private final Map<String, String> anchors;
  private final Optional<Map<String, PassageTexts.Passage>> passages;

  /**
   * @param passages the cited passages (see {@link #citedPassages}), empty when the run has no
   *     passages/
   */
  /**
   * @param profile the run's consultation: its groups (order, labels) and codebook
   */
  ReportBuilder(
      RunFolder run,
      ConsultationProfile profile,
      ReportSettings settings,
      Optional<Map<String, PassageTexts.Passage>> passages) {
    this.run = run;
    this.profile = profile;
    this.codebook = profile.codebook();
    this.settings = settings;
    this.passages = passages;
    this.submissionsById =
        run.submissions().orElse(List.of()).stream()
            .collect(
                Collectors.toMap(
                    r -> r.get(SubmissionsTable.Column.submission_id),
                    Function.identity(),
                    (a, b) -> a));
    this.anchors = anchors(citedPassages(run));
  }

  /**
   * The passages the report quotes or names as representative: passages.html holds them in full.
   */
  static Set<String> citedPassages(RunFolder run) {
    Set<String> ids = new TreeSet<>();
    run.quotes().orElse(List.of()).forEach(q -> ids.add(q.get(QuotesTable.Column.passage_id)));
    run.positions()
        .orElse(List.of())
        .forEach(p -> ids.add(p.get(PositionsTable.Column.representative_passage_id)));
    ids.remove("");
    return ids;
  }

  // An id attribute may hold anything once escaped, but a link's fragment is easier kept plain.
  private static Map<String, String> anchors(Set<String> passageIds) {
    Map<String, String> anchors = new HashMap<>();
    Set<String> used = new TreeSet<>();
    for (String id : passageIds) {
      String base = "p-" + id.replaceAll("[^A-Za-z0-9_.:-]", "_");
      String anchor = base;
      for (int n = 2; !used.add(anchor); n++) {
        anchor = base + "-" + n;
      }
      anchors.put(id, anchor);
    }
    return anchors;
  }

  /** The working groups in the codebook's order of topics, each with its topic briefs. */
  List<WorkingGroup> workingGroups() {
    List<WorkingGroup> groups = new ArrayList<>();
    for (String wg : codebook.topics().stream().map(Topic::workingGroup).distinct().toList()) {
      List<Topic> topics =
          codebook.topics().stream().filter(t -> t.workingGroup().equals(wg)).toList();
      List<TopicSection> sections = topics.stream().map(t -> topicSection(t, wgFile(wg))).toList();
      // who takes a stance on any of its topics: individual submissions, and campaign members apart
      Map<Boolean, Set<String>> addressing =
          run.stances().orElse(List.of()).stream()
              .filter(
                  s ->
                      topics.stream()
                          .anyMatch(t -> t.code().equals(s.get(StancesTable.Column.topic))))
              .map(s -> s.get(StancesTable.Column.submission_id))
              .collect(
                  Collectors.partitioningBy(
                      id ->
                          submissionsById.containsKey(id)
                              && !submissionsById
                                  .get(id)
                                  .get(SubmissionsTable.Column.campaign_id)
                                  .isEmpty(),
                      Collectors.toSet()));
      groups.add(
          new WorkingGroup(
              wg,
              codebook.workingGroups().getOrDefault(wg, wg),
              wgFile(wg),
              matrix(topics, wgFile(wg)),
              sections,
              sections.stream()
                  .filter(t -> t.totals().total() + t.totals().signatories() > 0)
                  .count(),
              addressing.get(false).size(),
              addressing.get(true).size()));
    }
    return groups;
  }

  /** The page of a working group: a file name safe in a link whatever the code holds. */
  static String wgFile(String code) {
    return "wg-" + code.replaceAll("[^A-Za-z0-9_-]", "_") + ".html";
  }

  Page page(List<WorkingGroup> groups) {
    List<GlanceRow> glance =
        groups.stream()
            .flatMap(
                wg ->
                    wg.topics().stream()
                        .filter(t -> t.totals().total() + t.totals().signatories() > 0)
                        .map(
                            t ->
                                new GlanceRow(
                                    t.code(),
                                    t.label(),
                                    wg.file() + "#" + t.anchor(),
                                    t.totals(),
                                    t.lead(),
                                    t.leadIsMajority(),
                                    t.supporters(),
                                    t.opponents())))
            .toList();
    return new Page(
        runInfo(), missing(), overview(), glance, groups, campaigns(), questionnaire(), methods());
  }

  Page page() {
    return page(workingGroups());
  }

  List<ReportView.WorkingGroupPage> workingGroupPages(List<WorkingGroup> groups) {
    return groups.stream()
        .map(wg -> new ReportView.WorkingGroupPage(runInfo(), wg, groups, methods()))
        .toList();
  }

  PassagePage passagePage() {
    return passagePage(workingGroups());
  }

  /**
   * Every cited passage in full, the sentences the report quotes from it marked, with links back to
   * the topic briefs that cite it.
   */
  PassagePage passagePage(List<WorkingGroup> groups) {
    Map<String, Set<String>> quoted = new HashMap<>();
    Map<String, Map<String, ReportView.Link>> citedBy = new HashMap<>();
    for (WorkingGroup wg : groups) {
      for (TopicSection t : wg.topics()) {
        ReportView.Link back = new ReportView.Link(wg.file() + "#" + t.anchor(), t.label());
        List<Citation> cites = new ArrayList<>();
        for (QuoteView q : concat(t.quotes(), t.moreQuotes())) {
          quoted
              .computeIfAbsent(q.cite().passageId(), k -> new java.util.LinkedHashSet<>())
              .add(q.text());
          cites.add(q.cite());
        }
        t.stances()
            .forEach(sp -> concat(sp.shown(), sp.folded()).forEach(p -> cites.add(p.citation())));
        cites.forEach(
            c ->
                citedBy
                    .computeIfAbsent(c.passageId(), k -> new LinkedHashMap<>())
                    .putIfAbsent(back.href(), back));
      }
    }
    List<PassageEntry> entries = new ArrayList<>();
    for (String id : new TreeSet<>(anchors.keySet())) {
      PassageTexts.Passage p = passages.map(m -> m.get(id)).orElse(null);
      List<ReportView.Link> links = List.copyOf(citedBy.getOrDefault(id, Map.of()).values());
      if (p == null) {
        entries.add(
            new PassageEntry(anchors.get(id), id, false, "", "", "", "", "", List.of(), links));
      } else {
        entries.add(
            new PassageEntry(
                anchors.get(id),
                id,
                true,
                p.submissionId(),
                organisation(p.submissionId(), ""),
                p.file(),
                Integer.toString(p.page()),
                settings.language(p.language()),
                marked(p.text(), quoted.getOrDefault(id, Set.of())),
                links));
      }
    }
    return new PassagePage(runInfo(), passages.isPresent(), entries);
  }

  /**
   * A passage's text in pieces, each quoted sentence marked where it stands. A quote is a passage's
   * sentence as stored, so it is found verbatim; one that is not (a passage edited since) leaves
   * the text unmarked.
   */
  static List<ReportView.Piece> marked(String text, Set<String> quotes) {
    List<int[]> spans = new ArrayList<>();
    for (String q : quotes) {
      String needle = q.strip();
      int at = needle.isEmpty() ? -1 : text.indexOf(needle);
      if (at >= 0) {
        spans.add(new int[] {at, at + needle.length()});
      }
    }
    spans.sort(Comparator.comparingInt((int[] a) -> a[0]));
    List<ReportView.Piece> pieces = new ArrayList<>();
    int from = 0;
    for (int[] span : spans) {
      if (span[0] < from) {
        // overlapping quotes: the part not yet marked joins the mark before it
        if (span[1] > from) {
          pieces.add(new ReportView.Piece(text.substring(from, span[1]), true));
          from = span[1];
        }
        continue;
      }
      if (span[0] > from) {
        pieces.add(new ReportView.Piece(text.substring(from, span[0]), false));
      }
      pieces.add(new ReportView.Piece(text.substring(span[0], span[1]), true));
      from = span[1];
    }
    if (from < text.length()) {
      pieces.add(new ReportView.Piece(text.substring(from), false));
    }
    return pieces;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private RunInfo runInfo() {
    return new RunInfo(
        run.path().toAbsolutePath().normalize().toString(),
        profile.title(),
        minutes(run.runJson().path("startedAt").asText("")),
        run.runJson().path("chorusVersion").asText(""),
        codebook.version(),
        run.submissions().map(List::size).orElse(0),
        run.manifest().map(List::size).orElse(0));
  }

  private List<Note> missing() {
    List<Note> notes = new ArrayList<>();
    note(
        notes,
        run.manifest(),
        RunFolder.MANIFEST,
        "file formats and the file-level data-quality figures");
    note(
        notes,
        run.submissions(),
        RunFolder.SUBMISSIONS,
        "submissions by group and language, organisations");
    note(
        notes,
        run.stances(),
        RunFolder.STANCES,
        "stance confidence and campaign templates' stances");
    note(
        notes,
        run.synthesis(),
        RunFolder.SYNTHESIS,
        "the heat maps, counts per topic and group, majority readings");
    note(notes, run.positions(), RunFolder.POSITIONS, "positions (distinct arguments) per topic");
    note(notes, run.quotes(), RunFolder.QUOTES, "quotes with citations");
    note(notes, run.campaigns(), RunFolder.CAMPAIGNS, "campaigns and their signatories");
    return notes;
  }

  private void note(List<Note> notes, Optional<?> table, String name, String consequence) {
    if (table.isEmpty()) {
      String why = run.unreadable().get(name);
      notes.add(
          new Note(
              name,
              why == null ? "is not in the run folder" : "cannot be read (" + why + ")",
              consequence));
    }
  }

  private Overview overview() {
    List<RunTable.Row> subs = run.submissions().orElse(List.of());
    Map<String, Long> byGroup = counts(subs, r -> r.get(SubmissionsTable.Column.stakeholder_group));
    List<Bar> groupBars =
        bars(
            ordered(byGroup).stream()
                .map(e -> Map.entry(groupLabel(e.getKey()), e.getValue()))
                .toList());
    List<Bar> formatBars =
        bars(
            byCount(
                counts(
                    run.manifest().orElse(List.of()),
                    r -> settings.format(r.get(ManifestTable.Column.media_type)))));
    List<Bar> languageBars =
        bars(
            byCount(counts(subs, r -> settings.language(r.get(SubmissionsTable.Column.language)))));
    long campaignMembers =
        subs.stream().filter(r -> !r.get(SubmissionsTable.Column.campaign_id).isEmpty()).count();
    return new Overview(
        subs.size(), campaignMembers, groupBars, formatBars, languageBars, quality());
  }

  private Quality quality() {
    List<RunTable.Row> files = run.manifest().orElse(List.of());
    double below = settings.lowConfidenceBelow();
    List<FileNote> notOk =
        files.stream()
            .filter(f -> !f.get(ManifestTable.Column.status).equals("OK"))
            .sorted(
                Comparator.comparing((RunTable.Row f) -> f.get(ManifestTable.Column.status))
                    .reversed()
                    .thenComparing(f -> f.get(ManifestTable.Column.file)))
            .map(
                f ->
                    new FileNote(
                        f.get(ManifestTable.Column.file),
                        f.get(ManifestTable.Column.submission_id),
                        f.get(ManifestTable.Column.status),
                        f.get(ManifestTable.Column.reason)))
            .toList();
    List<RunTable.Row> stances = run.stances().orElse(List.of());
    List<RunTable.Row> subs = run.submissions().orElse(List.of());
    List<RunTable.Row> modelGroups =
        subs.stream()
            .filter(s -> s.get(SubmissionsTable.Column.group_source).equals("MODEL"))
            .toList();
    List<String> conflicts =
        subs.stream()
            .filter(s -> Boolean.parseBoolean(s.get(SubmissionsTable.Column.group_conflict)))
            .map(s -> s.get(SubmissionsTable.Column.submission_id))
            .sorted()
            .toList();
    return new Quality(
        files.size(),
        status(files, "OK"),
        status(files, "PARTIAL"),
        status(files, "QUARANTINED"),
        notOk,
        files.stream().filter(f -> Boolean.parseBoolean(f.get(ManifestTable.Column.ocr))).count(),
        stances.size(),
        stances.stream().filter(s -> s.decimal(StancesTable.Column.confidence) < below).count(),
        modelGroups.size(),
        modelGroups.stream()
            .filter(s -> s.decimal(SubmissionsTable.Column.group_confidence) < below)
            .count(),
        conflicts.size(),
        conflicts,
        decimal(below),
        // findings an analyst corrected in overrides.csv (runs before corrections have no source
        // column)
        subs.stream()
                .filter(r -> r.cells().getOrDefault("group_source", "").equals("OVERRIDE"))
                .count()
            + stances.stream()
                .filter(r -> r.cells().getOrDefault("source", "").equals("OVERRIDE"))
                .count(),
        subs.stream().filter(r -> r.cells().getOrDefault("excluded", "").equals("true")).count());
  }

  private static long status(List<RunTable.Row> files, String status) {
    return files.stream().filter(f -> f.get(ManifestTable.Column.status).equals(status)).count();
  }

  private Matrix matrix(List<Topic> topics, String file) {
    List<GroupLabel> columns = new ArrayList<>();
    for (StakeholderGroup g : profile.groups()) {
      columns.add(new GroupLabel(g.code(), g.label(), g.shortLabel()));
    }
    List<MatrixRow> rows = new ArrayList<>();
    for (Topic t : topics) {
      Map<String, RunTable.Row> byGroup =
          synthesis(t.code()).stream()
              .collect(
                  Collectors.toMap(
                      r -> r.get(SynthesisTable.Column.stakeholder_group),
                      Function.identity(),
                      (a, b) -> a));
      List<Cell> cells = columns.stream().map(c -> cell(byGroup.get(c.code()))).toList();
      Cell total = sum(cells);
      rows.add(
          new MatrixRow(
              t.code(),
              t.label(),
              topicAnchor(t.code()),
              cells,
              total,
              lead(total),
              leadIsMajority(total)));
    }
    return new Matrix(run.synthesis().isPresent(), columns, rows);
  }

  /** The topic's cells of what the texts say (a table without a source column is all text). */
  private List<RunTable.Row> synthesis(String topic) {
    return synthesis(topic, false);
  }

  private List<RunTable.Row> synthesis(String topic, boolean ticked) {
    return run.synthesis().orElse(List.of()).stream()
        .filter(r -> r.get(SynthesisTable.Column.topic).equals(topic))
        .filter(r -> SynthesisRow.ANSWER.equals(r.get("source")) == ticked)
        .sorted(
            Comparator.comparingInt(
                r -> groupOrder(r.get(SynthesisTable.Column.stakeholder_group))))
        .toList();
  }

  /** One row of synthesis.csv as the brief's table shows it. */
  private GroupReading groupReading(RunTable.Row r) {
    return new GroupReading(
        groupLabel(r.get(SynthesisTable.Column.stakeholder_group)),
        r.count(SynthesisTable.Column.submissions),
        cell(r),
        r.get(SynthesisTable.Column.majority),
        share(r.get(SynthesisTable.Column.majority_share)),
        r.get(SynthesisTable.Column.reading));
  }

  /** What respondents ticked on the topic, and how often their texts read otherwise. */
  private Ticked ticked(Topic t) {
    List<RunTable.Row> rows = synthesis(t.code(), true);
    Cell cell = sum(rows.stream().map(ReportBuilder::cell).toList());
    List<GroupReading> byGroup = rows.stream().map(this::groupReading).toList();
    List<RunTable.Row> both =
        run.stances().orElse(List.of()).stream()
            .filter(s -> s.get(StancesTable.Column.topic).equals(t.code()))
            .filter(s -> !s.get(StancesTable.Column.ticked_stance).isEmpty())
            .toList();
    long disagreements =
        both.stream()
            .filter(s -> s.get(StancesTable.Column.disagrees_with_answer).equals("true"))
            .count();
    return new Ticked(cell, byGroup, both.size(), disagreements);
  }

  /** Every closed question of the questionnaire: its answers × stakeholder groups. */
  private List<QuestionView> questionnaire() {
    Map<String, List<RunTable.Row>> byQuestion = new java.util.LinkedHashMap<>();
    run.answerCounts()
        .orElse(List.of())
        .forEach(
            r ->
                byQuestion
                    .computeIfAbsent(
                        r.get(AnswerCountsTable.Column.question_id), k -> new ArrayList<>())
                    .add(r));
    List<QuestionView> questions = new ArrayList<>();
    byQuestion.forEach(
        (id, rows) -> {
          List<String> groupCodes =
              rows.stream()
                  .map(r -> r.get(AnswerCountsTable.Column.stakeholder_group))
                  .distinct()
                  .sorted(Comparator.comparingInt(this::groupOrder))
                  .toList();
          List<GroupLabel> groups =
              groupCodes.stream()
                  .map(
                      code ->
                          profile
                              .group(code)
                              .map(g -> new GroupLabel(g.code(), g.label(), g.shortLabel()))
                              .orElse(new GroupLabel(code, code, code)))
                  .toList();
          Map<String, Map<String, Long>> counts = new java.util.LinkedHashMap<>();
          Map<String, String> stances = new HashMap<>();
          for (RunTable.Row r : rows) {
            String answer = r.get(AnswerCountsTable.Column.answer);
            counts
                .computeIfAbsent(answer, k -> new HashMap<>())
                .merge(
                    r.get(AnswerCountsTable.Column.stakeholder_group),
                    r.count(AnswerCountsTable.Column.respondents),
                    Long::sum);
            stances.put(answer, r.get(AnswerCountsTable.Column.stance));
          }
          List<AnswerRow> answers =
              counts.entrySet().stream()
                  .map(
                      e ->
                          new AnswerRow(
                              e.getKey(),
                              stances.get(e.getKey()),
                              groupCodes.stream()
                                  .map(g -> e.getValue().getOrDefault(g, 0L))
                                  .toList(),
                              e.getValue().values().stream().mapToLong(Long::longValue).sum()))
                  .sorted(Comparator.comparing(AnswerRow::answer))
                  .toList();
          questions.add(
              new QuestionView(
                  id,
                  rows.get(0).get(AnswerCountsTable.Column.question),
                  rows.get(0).get(AnswerCountsTable.Column.topic),
                  groups,
                  answers,
                  answers.stream().mapToLong(AnswerRow::total).sum()));
        });
    return questions;
  }

  private static Cell cell(RunTable.Row r) {
    if (r == null) {
      return cell(0, 0, 0, 0, 0, 0);
    }
    return cell(
        r.count(SynthesisTable.Column.support),
        r.count(SynthesisTable.Column.oppose),
        r.count(SynthesisTable.Column.mixed),
        r.count(SynthesisTable.Column.neutral),
        r.count(SynthesisTable.Column.campaigns),
        r.count(SynthesisTable.Column.campaign_signatories));
  }

  static Cell cell(
      long support, long oppose, long mixed, long neutral, long campaigns, long signatories) {
    long total = support + oppose + mixed + neutral;
    return new Cell(
        support,
        oppose,
        mixed,
        neutral,
        total,
        campaigns,
        signatories,
        heat(support, oppose, total));
  }

  /**
   * The colour class of a cell: net support (support − oppose) as a share of every submission in
   * it, in five steps of a diverging scale.
   */
  static String heat(long support, long oppose, long total) {
    if (total == 0) {
      return "h-none";
    }
    double net = (support - oppose) / (double) total;
    if (net <= -0.6) {
      return "h-o2";
    } else if (net < -0.2) {
      return "h-o1";
    } else if (net <= 0.2) {
      return "h-0";
    } else if (net < 0.6) {
      return "h-s1";
    }
    return "h-s2";
  }

  private static Cell sum(List<Cell> cells) {
    return cell(
        cells.stream().mapToLong(Cell::support).sum(),
        cells.stream().mapToLong(Cell::oppose).sum(),
        cells.stream().mapToLong(Cell::mixed).sum(),
        cells.stream().mapToLong(Cell::neutral).sum(),
        cells.stream().mapToLong(Cell::campaigns).sum(),
        cells.stream().mapToLong(Cell::signatories).sum());
  }

  private TopicSection topicSection(Topic t, String file) {
    List<RunTable.Row> rows = synthesis(t.code());
    Cell totals = sum(rows.stream().map(ReportBuilder::cell).toList());
    List<GroupReading> readings =
        rows.stream()
            .filter(r -> cell(r).total() + cell(r).signatories() > 0)
            .map(this::groupReading)
            .toList();
    List<GroupCount> supporters = leading(rows, SynthesisTable.Column.support);
    List<GroupCount> opponents = leading(rows, SynthesisTable.Column.oppose);

    List<RunTable.Row> positionRows =
        run.positions().orElse(List.of()).stream()
            .filter(p -> p.get(PositionsTable.Column.topic).equals(t.code()))
            .toList();
    List<RunTable.Row> quoteRows =
        run.quotes().orElse(List.of()).stream()
            .filter(q -> q.get(QuotesTable.Column.topic).equals(t.code()))
            .toList();
    List<PositionView> positions =
        positionRows.stream()
            .map(this::position)
            .sorted(
                Comparator.comparingLong(PositionView::submissions)
                    .reversed()
                    .thenComparing(PositionView::id))
            .toList();
    List<String> stanceOrder = stancesByWeight(totals, positions);
    List<ReportView.StancePositions> stances = new ArrayList<>();
    for (String stance : stanceOrder) {
      List<RunTable.Row> ofStance =
          positionRows.stream()
              .filter(p -> p.get(PositionsTable.Column.stance).equals(stance))
              .toList();
      if (ofStance.isEmpty()) {
        continue;
      }
      Set<String> shownIds = shownPositions(ofStance);
      List<PositionView> of = positions.stream().filter(p -> p.stance().equals(stance)).toList();
      stances.add(
          new ReportView.StancePositions(
              stance,
              holders(totals, stance),
              of.stream().filter(p -> shownIds.contains(p.id())).toList(),
              of.stream().filter(p -> !shownIds.contains(p.id())).toList()));
    }
    List<List<QuoteView>> quotes = split(interleave(quoteRows, stanceOrder));
    return new TopicSection(
        t.code(),
        t.label(),
        topicAnchor(t.code()),
        totals,
        lead(totals),
        leadIsMajority(totals),
        supporters,
        opponents,
        readings,
        run.positions().isPresent(),
        stances,
        overlaps(positions, totals),
        run.quotes().isPresent(),
        quotes.get(0),
        quotes.get(1),
        ticked(t));
  }

  /**
   * The positions of one stance a brief shows: those positions.csv marks {@code shown} where it has
   * that column, else the {@link ReportSettings#positionsShown()} largest.
   */
  private Set<String> shownPositions(List<RunTable.Row> ofStance) {
    if (ofStance.get(0).cells().containsKey(SHOWN)) {
      return ofStance.stream()
          .filter(p -> Boolean.parseBoolean(p.get(SHOWN)))
          .map(p -> p.get(PositionsTable.Column.position_id))
          .collect(Collectors.toSet());
    }
    return ofStance.stream()
        .sorted(
            Comparator.comparingLong((RunTable.Row p) -> p.count(PositionsTable.Column.submissions))
                .reversed()
                .thenComparing(p -> p.get(PositionsTable.Column.position_id)))
        .limit(settings.positionsShown())
        .map(p -> p.get(PositionsTable.Column.position_id))
        .collect(Collectors.toSet());
  }

  /**
   * The stances in the order a brief shows them: most held first (by the counts, else by the
   * positions' sizes).
   */
  private static List<String> stancesByWeight(Cell totals, List<PositionView> positions) {
    Map<String, Long> weight = new HashMap<>();
    for (Stance s : Stance.values()) {
      weight.put(
          s.name(),
          totals.total() > 0
              ? holders(totals, s.name())
              : positions.stream()
                  .filter(p -> p.stance().equals(s.name()))
                  .mapToLong(PositionView::submissions)
                  .sum());
    }
    return java.util.Arrays.stream(Stance.values())
        .map(Stance::name)
        .sorted(
            Comparator.comparingLong((String s) -> weight.get(s))
                .reversed()
                .thenComparingInt(ReportBuilder::stanceOrder))
        .toList();
  }

  private static long holders(Cell side, String stance) {
    return switch (Stance.valueOf(stance)) {
      case SUPPORT -> side.support();
      case OPPOSE -> side.oppose();
      case MIXED -> side.mixed();
      case NEUTRAL -> side.neutral();
    };
  }

  /**
   * The stances whose positions count more individual submissions between them than hold the stance
   * on the topic: one submission's passages can make several arguments, and a chair adding up the
   * sizes must be told.
   */
  static List<ReportView.Overlap> overlaps(List<PositionView> positions, Cell side) {
    List<ReportView.Overlap> overlaps = new ArrayList<>();
    for (Stance s : Stance.values()) {
      List<PositionView> of = positions.stream().filter(p -> p.stance().equals(s.name())).toList();
      long sum = of.stream().mapToLong(PositionView::submissions).sum();
      long holders = holders(side, s.name());
      if (sum > holders) {
        overlaps.add(new ReportView.Overlap(s.name(), of.size(), sum, holders));
      }
    }
    return overlaps;
  }

  private List<GroupCount> leading(List<RunTable.Row> rows, SynthesisTable.Column column) {
    return rows.stream()
        .filter(r -> r.count(column) > 0)
        .sorted(
            Comparator.comparingLong((RunTable.Row r) -> r.count(column))
                .reversed()
                .thenComparingInt(r -> groupOrder(r.get(SynthesisTable.Column.stakeholder_group))))
        .limit(LEADING_GROUPS)
        .map(r -> groupCount(r.get(SynthesisTable.Column.stakeholder_group), r.count(column)))
        .toList();
  }

  /**
   * What most of a topic's submissions say: a stance, DIVIDED when the two largest tie, NONE when
   * empty.
   */
  static String lead(Cell c) {
    if (c.total() == 0) {
      return "NONE";
    }
    long[] counts = {c.support(), c.oppose(), c.mixed(), c.neutral()};
    long max = 0;
    int at = 0;
    int ties = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > max) {
        max = counts[i];
        at = i;
        ties = 1;
      } else if (counts[i] == max) {
        ties++;
      }
    }
    return ties > 1 ? "DIVIDED" : Stance.values()[at].name();
  }

  /**
   * Whether the lead stance is held by more than half of the topic's submissions (else only the
   * most).
   */
  static boolean leadIsMajority(Cell c) {
    long max = Math.max(Math.max(c.support(), c.oppose()), Math.max(c.mixed(), c.neutral()));
    return max * 2 > c.total();
  }

  private PositionView position(RunTable.Row p) {
    List<GroupCount> byGroup = new ArrayList<>();
    for (StakeholderGroup g : profile.groups()) {
      long n = p.count(g.code());
      if (n > 0) {
        byGroup.add(groupCount(g.code(), n));
      }
    }
    String passageId = p.get(PositionsTable.Column.representative_passage_id);
    Optional<PassageTexts.Passage> passage = passages.map(m -> m.get(passageId));
    String submissionId = passage.map(PassageTexts.Passage::submissionId).orElse("");
    return new PositionView(
        p.get(PositionsTable.Column.position_id),
        p.get(PositionsTable.Column.stance),
        p.get(PositionsTable.Column.label),
        p.count(PositionsTable.Column.submissions),
        p.count(PositionsTable.Column.campaigns),
        p.count(PositionsTable.Column.campaign_signatories),
        byGroup,
        p.get(PositionsTable.Column.representative_text),
        citation(
            submissionId,
            "",
            passage.map(PassageTexts.Passage::file).orElse(""),
            passage.map(x -> Integer.toString(x.page())).orElse(""),
            passageId));
  }

  /**
   * A topic's quotes in the order a chair should meet them: the first of each stance (most held
   * stance first), then the second of each, and so on; within a stance, one per stakeholder group
   * (in group order) before a second from any group, in the table's order.
   */
  private List<QuoteView> interleave(List<RunTable.Row> quotes, List<String> stanceOrder) {
    Map<String, Integer> seen = new HashMap<>();
    Map<RunTable.Row, Integer> groupRound = new java.util.IdentityHashMap<>();
    quotes.forEach(
        q ->
            groupRound.put(
                q,
                seen.merge(
                    q.get(QuotesTable.Column.stance)
                        + " "
                        + q.get(QuotesTable.Column.stakeholder_group),
                    1,
                    Integer::sum)));
    List<RunTable.Row> withinStance =
        quotes.stream()
            .sorted(
                Comparator.comparingInt((RunTable.Row q) -> groupRound.get(q))
                    .thenComparingInt(q -> groupOrder(q.get(QuotesTable.Column.stakeholder_group))))
            .toList();
    Map<String, Integer> seenStance = new HashMap<>();
    Map<RunTable.Row, Integer> stanceRound = new java.util.IdentityHashMap<>();
    withinStance.forEach(
        q ->
            stanceRound.put(
                q, seenStance.merge(q.get(QuotesTable.Column.stance), 1, Integer::sum)));
    return withinStance.stream()
        .sorted(
            Comparator.comparingInt((RunTable.Row q) -> stanceRound.get(q))
                .thenComparingInt(
                    q -> {
                      int i = stanceOrder.indexOf(q.get(QuotesTable.Column.stance));
                      return i < 0 ? stanceOrder.size() : i;
                    }))
        .map(this::quote)
        .toList();
  }

  /**
   * Splits quotes into those shown and those folded away: at most {@code quotesShown} are shown,
   * none repeating a text already shown nor a submission already quoted (letters built from one
   * template often share sentences).
   */
  private List<List<QuoteView>> split(List<QuoteView> quotes) {
    Set<String> texts = new java.util.HashSet<>();
    Set<String> who = new java.util.HashSet<>();
    List<QuoteView> shown = new ArrayList<>();
    List<QuoteView> folded = new ArrayList<>();
    for (QuoteView q : quotes) {
      String text = q.text().strip();
      if (shown.size() < settings.quotesShown()
          && !texts.contains(text)
          && !who.contains(q.cite().submissionId())) {
        texts.add(text);
        who.add(q.cite().submissionId());
        shown.add(q);
      } else {
        folded.add(q);
      }
    }
    return List.of(shown, folded);
  }

  private QuoteView quote(RunTable.Row q) {
    String submissionId = q.get(QuotesTable.Column.submission_id);
    String passageId = q.get(QuotesTable.Column.passage_id);
    return new QuoteView(
        q.get(QuotesTable.Column.text),
        q.get(QuotesTable.Column.stance),
        groupLabel(q.get(QuotesTable.Column.stakeholder_group)),
        citation(
            submissionId,
            q.get(QuotesTable.Column.organisation),
            q.get(QuotesTable.Column.file),
            q.get(QuotesTable.Column.page),
            passageId));
  }

  private Citation citation(
      String submissionId, String organisation, String file, String page, String passageId) {
    RunTable.Row s = submissionsById.get(submissionId);
    boolean anonymous =
        s == null || Consent.parse(s.get(SubmissionsTable.Column.consent)) != Consent.PUBLIC;
    return new Citation(
        submissionId,
        organisation(submissionId, organisation),
        anonymous,
        file,
        page,
        passageId,
        anchors.getOrDefault(passageId, ""));
  }

  /**
   * The organisation to name beside a citation: only when submissions.csv records consent PUBLIC
   * for the submission, whatever another table says; never for an unknown submission.
   */
  String organisation(String submissionId, String given) {
    RunTable.Row s = submissionsById.get(submissionId);
    if (s == null || Consent.parse(s.get(SubmissionsTable.Column.consent)) != Consent.PUBLIC) {
      return "";
    }
    return given.isEmpty() ? s.get(SubmissionsTable.Column.organisation) : given;
  }

  private Campaigns campaigns() {
    List<RunTable.Row> rows = run.campaigns().orElse(List.of());
    Map<String, List<RunTable.Row>> stancesBySubmission =
        run.stances().orElse(List.of()).stream()
            .collect(Collectors.groupingBy(s -> s.get(StancesTable.Column.submission_id)));
    Map<String, String> topicLabels =
        codebook.topics().stream().collect(Collectors.toMap(Topic::code, Topic::label));
    List<CampaignView> list =
        rows.stream()
            .map(
                c -> {
                  String template = c.get(CampaignsTable.Column.template_submission_id);
                  Map<String, Long> groups = new LinkedHashMap<>();
                  for (String member : c.get(CampaignsTable.Column.members).split(";")) {
                    RunTable.Row s = submissionsById.get(member.trim());
                    if (s != null) {
                      groups.merge(s.get(SubmissionsTable.Column.stakeholder_group), 1L, Long::sum);
                    }
                  }
                  List<TopicStance> stances =
                      stancesBySubmission.getOrDefault(template, List.of()).stream()
                          .map(
                              s ->
                                  new TopicStance(
                                      s.get(StancesTable.Column.topic),
                                      topicLabels.getOrDefault(
                                          s.get(StancesTable.Column.topic),
                                          s.get(StancesTable.Column.topic)),
                                      s.get(StancesTable.Column.stance)))
                          .sorted(Comparator.comparing(TopicStance::topic))
                          .toList();
                  return new CampaignView(
                      c.get(CampaignsTable.Column.campaign_id),
                      c.count(CampaignsTable.Column.submissions),
                      template,
                      organisation(template, ""),
                      similarity(c.decimal(CampaignsTable.Column.min_similarity)),
                      similarity(c.decimal(CampaignsTable.Column.mean_similarity)),
                      ordered(groups).stream()
                          .map(e -> groupCount(e.getKey(), e.getValue()))
                          .toList(),
                      stances);
                })
            .sorted(
                Comparator.comparingLong(CampaignView::signatories)
                    .reversed()
                    .thenComparing(CampaignView::id))
            .toList();
    return new Campaigns(
        run.campaigns().isPresent(),
        list.stream().mapToLong(CampaignView::signatories).sum(),
        list);
  }

  private Methods methods() {
    return new Methods(
        decimal(settings.lowConfidenceBelow()),
        run.runJson().path("chorusVersion").asText(""),
        codebook.version(),
        settings.smallCountBelow());
  }

  private GroupCount groupCount(String code, long n) {
    return new GroupCount(code, groupLabel(code), n);
  }

  /** A group's label; a code the profile lacks (a table edited by hand) as it is. */
  private String groupLabel(String code) {
    return profile.group(code).map(StakeholderGroup::label).orElse(code);
  }

  private static String topicAnchor(String code) {
    return "t-" + code.replace('.', '-');
  }

  private int groupOrder(String code) {
    return profile.order(code);
  }

  private static int stanceOrder(String stance) {
    for (Stance s : Stance.values()) {
      if (s.name().equals(stance)) {
        return s.ordinal();
      }
    }
    return Stance.values().length;
  }

  private static Map<String, Long> counts(
      List<RunTable.Row> rows, Function<RunTable.Row, String> key) {
    return rows.stream()
        .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
  }

  /** Group codes in the profile's order, unknown codes after them. */
  private List<Map.Entry<String, Long>> ordered(Map<String, Long> byGroup) {
    return byGroup.entrySet().stream()
        .sorted(
            Comparator.comparingInt((Map.Entry<String, Long> e) -> groupOrder(e.getKey()))
                .thenComparing(Map.Entry::getKey))
        .toList();
  }

  private static List<Map.Entry<String, Long>> byCount(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .toList();
  }

  private static List<Bar> bars(List<Map.Entry<String, Long>> counts) {
    long max = counts.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
    return counts.stream()
        .map(
            e ->
                new Bar(
                    e.getKey(),
                    e.getValue(),
                    (int) Math.max(1, Math.round(BAR_WIDTH * e.getValue() / (double) max))))
        .toList();
  }

  /** A share as a percentage; a value above 1 is taken as already a percentage. */
  private static String share(String value) {
    try {
      double v = Double.parseDouble(value);
      return String.format(Locale.ROOT, "%.0f%%", v <= 1 ? v * 100 : v);
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** An ISO instant to the minute ("2026-12-02 03:17 UTC"); anything else as it is. */
  static String minutes(String instant) {
    try {
      return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
          .withZone(java.time.ZoneOffset.UTC)
          .format(java.time.Instant.parse(instant));
    } catch (java.time.format.DateTimeParseException e) {
      return instant;
    }
  }

  private static String similarity(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String decimal(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
