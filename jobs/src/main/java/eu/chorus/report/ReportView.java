package eu.chorus.report;

import java.util.List;

/**
 * What the templates see: plain records, already sorted and counted, so that the templates only lay
 * them out. Every string here may hold submission text; the templates escape it (.ftlh).
 */
public final class ReportView {

  private ReportView() {}

  /** index.html: the run, its counts, one line per working group, the methods note. */
  public record Page(
      RunInfo run,
      List<Note> missing,
      Overview overview,
      List<GlanceRow> glance,
      List<WorkingGroup> workingGroups,
      Campaigns campaigns,
      List<QuestionView> questionnaire,
      Methods methods) {}

  /**
   * What respondents ticked on a topic's closed question, counted apart from what their texts say.
   *
   * @param cell respondents per stance ticked (campaign members each count: they ticked themselves)
   * @param readByText respondents who ticked and whose text Chorus read on the topic
   * @param disagreements of those, how many read one stance and ticked another
   */
  public record Ticked(
      Cell cell, List<GroupReading> byGroup, long readByText, long disagreements) {}

  /** One closed question: its answers × stakeholder groups, respondents in each cell. */
  public record QuestionView(
      String id,
      String question,
      String topic,
      List<GroupLabel> groups,
      List<AnswerRow> answers,
      long respondents) {}

  /**
   * One answer of a closed question, with its stance where the profile maps it, and counts per
   * group.
   */
  public record AnswerRow(String answer, String stance, List<Long> counts, long total) {}

  /**
   * @param consultation the title of the run's consultation profile
   */
  public record RunInfo(
      String folder,
      String consultation,
      String startedAt,
      String chorusVersion,
      String codebookVersion,
      long submissions,
      long files) {}

  /**
   * A table the run lacks or that cannot be read ({@code problem} says which), and what the report
   * cannot show.
   */
  public record Note(String table, String problem, String consequence) {}

  /**
   * One bar of a bar chart; {@code width} is in the chart's units (0–{@link
   * ReportBuilder#BAR_WIDTH}).
   */
  public record Bar(String label, long count, int width) {}

  public record Overview(
      long submissions,
      long campaignMembers,
      List<Bar> byGroup,
      List<Bar> byFormat,
      List<Bar> byLanguage,
      Quality quality) {}

  public record Quality(
      long files,
      long ok,
      long partial,
      long quarantined,
      List<FileNote> quarantinedFiles,
      long ocr,
      long stances,
      long lowConfidenceStances,
      long modelGroups,
      long lowConfidenceGroups,
      long groupConflicts,
      List<String> conflicts,
      String threshold,
      long corrected,
      long excluded) {}

  public record FileNote(String file, String submissionId, String status, String reason) {}

  /** One topic in the at-a-glance table; {@code href} is its brief on its working group's page. */
  public record GlanceRow(
      String topic,
      String label,
      String href,
      Cell totals,
      String lead,
      boolean leadIsMajority,
      List<GroupCount> supporters,
      List<GroupCount> opponents) {}

  /**
   * A working group of the consultation's codebook, on a page of its own ({@code file}).
   *
   * @param topicsWithFindings topics on which some submission (or campaign) takes a stance
   * @param submissions individual submissions that take a stance on at least one of its topics
   * @param signatories campaign members that do, counted apart
   */
  public record WorkingGroup(
      String code,
      String title,
      String file,
      Matrix matrix,
      List<TopicSection> topics,
      long topicsWithFindings,
      long submissions,
      long signatories) {}

  /** {@code wg-<code>.html}: one working group, a brief per topic. */
  public record WorkingGroupPage(
      RunInfo run, WorkingGroup wg, List<WorkingGroup> all, Methods methods) {}

  /** The heat map of a working group: its topics (rows) × stakeholder groups (columns). */
  public record Matrix(boolean available, List<GroupLabel> columns, List<MatrixRow> rows) {}

  public record GroupLabel(String code, String label, String shortLabel) {}

  public record MatrixRow(
      String topic,
      String label,
      String anchor,
      List<Cell> cells,
      Cell total,
      String lead,
      boolean leadIsMajority) {}

  /**
   * One cell: counts of individual submissions by stance, campaigns apart; {@code heat} is the CSS
   * class of its colour (net support − opposition as a share of the cell).
   */
  public record Cell(
      long support,
      long oppose,
      long mixed,
      long neutral,
      long total,
      long campaigns,
      long signatories,
      String heat) {}

  /**
   * @param overlaps the stances whose positions' sizes add up to more than the submissions holding
   *     the stance (one submission can hold several positions): the report says so beside them
   */
  /**
   * A topic's brief: the reading, counts by group, the positions of each stance (the largest shown,
   * the rest folded) and three quotes (the rest folded).
   */
  public record TopicSection(
      String code,
      String label,
      String anchor,
      Cell totals,
      String lead,
      boolean leadIsMajority,
      List<GroupCount> supporters,
      List<GroupCount> opponents,
      List<GroupReading> readings,
      boolean positionsAvailable,
      List<StancePositions> stances,
      List<Overlap> overlaps,
      boolean quotesAvailable,
      List<QuoteView> quotes,
      List<QuoteView> moreQuotes,
      Ticked ticked) {}

  /** A stance's positions on a topic, largest first: those shown, and the rest folded. */
  public record StancePositions(
      String stance, long holders, List<PositionView> shown, List<PositionView> folded) {}

  /**
   * One stance of a topic whose positions count more submissions between them than hold the stance.
   *
   * @param positions the stance's positions
   * @param sum their sizes added up (individual submissions)
   * @param side the individual submissions holding the stance on the topic
   */
  public record Overlap(String stance, long positions, long sum, long side) {}

  public record GroupReading(
      String label, long submissions, Cell cell, String majority, String share, String reading) {}

  public record GroupCount(String code, String label, long count) {}

  /** A position: its title, size and holders, and the passage that represents it. */
  public record PositionView(
      String id,
      String stance,
      String label,
      long submissions,
      long campaigns,
      long signatories,
      List<GroupCount> byGroup,
      String text,
      Citation citation) {}

  public record QuoteView(String text, String stance, String groupLabel, Citation cite) {}

  /**
   * Where a quote comes from; {@code anchor} is empty when the passage is not in passages.html.
   * {@code organisation} is empty unless the respondent consented to publication; {@code anonymous}
   * is true when they did not (the report then says "anonymous respondent").
   */
  public record Citation(
      String submissionId,
      String organisation,
      boolean anonymous,
      String file,
      String page,
      String passageId,
      String anchor) {}

  public record Campaigns(boolean available, long signatories, List<CampaignView> list) {}

  public record CampaignView(
      String id,
      long signatories,
      String template,
      String organisation,
      String minSimilarity,
      String meanSimilarity,
      List<GroupCount> groups,
      List<TopicStance> stances) {}

  public record TopicStance(String topic, String label, String stance) {}

  /**
   * @param smallCountBelow a cell, topic or group reading with fewer submissions than this (but
   *     some) is a small count
   */
  public record Methods(
      String threshold, String chorusVersion, String codebookVersion, int smallCountBelow) {}

  /** passages.html: every cited passage in full. */
  public record PassagePage(RunInfo run, boolean available, List<PassageEntry> passages) {}

  /**
   * @param text the passage in pieces, the sentences the report quotes marked
   * @param citedBy the topic briefs that quote it or name it as a position's passage
   */
  public record PassageEntry(
      String anchor,
      String passageId,
      boolean found,
      String submissionId,
      String organisation,
      String file,
      String page,
      String language,
      List<Piece> text,
      List<Link> citedBy) {}

  /** A piece of a passage's text; {@code quoted} when the report quotes it. */
  public record Piece(String text, boolean quoted) {}

  public record Link(String href, String label) {}
}
