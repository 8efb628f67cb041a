package eu.chorus.synthesis;

import eu.chorus.classify.StanceFinding;
import eu.chorus.classify.SubmissionRow;
import eu.chorus.passage.OpenStarts;
import eu.chorus.passage.Passage;
import eu.chorus.position.ClusterPositions;
import eu.chorus.position.PassagePosition;
import eu.chorus.position.Position;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.profile.StakeholderGroup;
import eu.chorus.profile.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The chairs' tables: positions with their holders, the framework matrix (topic × stakeholder
 * group) and cited quotes. Campaign signatories are never counted as individual submissions: a
 * campaign is one holder with its signatories counted beside it.
 *
 * @param groups the consultation's stakeholder groups, in its order: the group columns of
 *     positions.csv
 */
public record Synthesis(
    List<PositionRow> positions,
    List<SynthesisRow> matrix,
    List<Quote> quotes,
    List<StakeholderGroup> groups) {

  public Synthesis {
    positions = List.copyOf(positions);
    matrix = List.copyOf(matrix);
    quotes = List.copyOf(quotes);
    groups = List.copyOf(groups);
  }

  /**
   * @param campaignOf submission id → campaign id, for campaign members only
   * @param ticked submission id → topic → the stance ticked on the questionnaire (none for blind
   *     runs and exports without one): counted apart, as {@link SynthesisRow#ANSWER} rows
   */
  public static Synthesis of(
      ConsultationProfile profile,
      List<SubmissionRow> submissions,
      List<StanceFinding> stances,
      ClusterPositions.Found found,
      Map<String, String> campaignOf,
      Map<String, Map<String, Stance>> ticked) {
    return of(
        profile, submissions, stances, found, Map.of(), campaignOf, ticked, 0, OpenStarts.NONE);
  }

  /**
   * @param evidence the stored passages of {@code found}, by id: quotes are cut from them (from a
   *     passage's excerpt where it is missing)
   * @param quoteMinConfidence a submission is quoted under a stance it was read with at least this
   *     confidence only
   * @param openStarts the passages that open mid-sentence, whose first sentence is not quoted
   */
  public static Synthesis of(
      ConsultationProfile profile,
      List<SubmissionRow> submissions,
      List<StanceFinding> stances,
      ClusterPositions.Found found,
      Map<String, Passage> evidence,
      Map<String, String> campaignOf,
      Map<String, Map<String, Stance>> ticked,
      double quoteMinConfidence,
      OpenStarts openStarts) {
    Respondents respondents = new Respondents(profile, submissions, campaignOf);
    List<SynthesisRow> matrix = new ArrayList<>(matrix(stances, respondents, SynthesisRow.TEXT));
    List<StanceFinding> answered = new ArrayList<>();
    ticked.forEach(
        (id, byTopic) ->
            byTopic.forEach(
                (topic, stance) -> answered.add(new StanceFinding(id, topic, stance, 1.0, ""))));
    matrix.addAll(matrix(answered, respondents, SynthesisRow.ANSWER));
    Map<String, Stance> counted = new HashMap<>();
    stances.stream()
        .filter(f -> f.confidence() >= quoteMinConfidence)
        .forEach(f -> counted.put(QuoteSelection.counted(f.submissionId(), f.topic()), f.stance()));
    return new Synthesis(
        positions(found, respondents),
        matrix,
        QuoteSelection.load(profile.codebook())
            .select(found.passages(), evidence, respondents, counted, openStarts),
        profile.groups());
  }

  static List<PositionRow> positions(ClusterPositions.Found found, Respondents respondents) {
    Map<String, Holders> holders = new HashMap<>();
    for (PassagePosition p : found.passages()) {
      // each submission holds one position per topic and stance (PassagePosition.NONE: none)
      holders.computeIfAbsent(p.positionId(), id -> new Holders(respondents)).add(p.submissionId());
    }
    List<PositionRow> rows = new ArrayList<>();
    for (Position position : found.positions()) {
      Holders h = holders.getOrDefault(position.positionId(), new Holders(respondents));
      rows.add(
          new PositionRow(position, h.submissions(), h.campaigns(), h.signatories(), h.byGroup()));
    }
    return rows;
  }

  static List<SynthesisRow> matrix(
      List<StanceFinding> stances, Respondents respondents, String source) {
    // cell → individual submissions per stance; (topic, campaign) → its signatories' stances
    Map<String, Map<Stance, Integer>> individual = new TreeMap<>();
    Map<String, Map<Stance, Integer>> campaignVotes = new TreeMap<>();
    Map<String, Map<Stance, SynthesisRow.CampaignCount>> campaigns = new TreeMap<>();
    Map<String, String> campaignCell = new HashMap<>();
    for (StanceFinding f : stances) {
      String cell = cell(f.topic(), respondents.order(respondents.holderGroup(f.submissionId())));
      String campaign = respondents.campaign(f.submissionId());
      if (campaign == null) {
        individual
            .computeIfAbsent(cell, c -> new EnumMap<>(Stance.class))
            .merge(f.stance(), 1, Integer::sum);
      } else {
        String key = f.topic() + "\t" + campaign;
        campaignVotes
            .computeIfAbsent(key, c -> new EnumMap<>(Stance.class))
            .merge(f.stance(), 1, Integer::sum);
        campaignCell.put(key, cell);
      }
    }
    campaignVotes.forEach(
        (key, votes) -> {
          // A campaign holds the stance most of its signatories hold (ties to the first stance
          // listed).
          Stance held =
              votes.entrySet().stream()
                  .max(
                      Map.Entry.<Stance, Integer>comparingByValue()
                          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                  .orElseThrow()
                  .getKey();
          int signatories = votes.values().stream().mapToInt(Integer::intValue).sum();
          campaigns
              .computeIfAbsent(campaignCell.get(key), c -> new EnumMap<>(Stance.class))
              .merge(
                  held,
                  new SynthesisRow.CampaignCount(1, signatories),
                  (a, b) ->
                      new SynthesisRow.CampaignCount(
                          a.campaigns() + b.campaigns(), a.signatories() + b.signatories()));
        });
    List<SynthesisRow> rows = new ArrayList<>();
    Set<String> cells = new TreeSet<>(individual.keySet());
    cells.addAll(campaigns.keySet());
    for (String cell : cells) {
      String[] k = cell.split("\t");
      rows.add(
          new SynthesisRow(
              k[0],
              respondents.groups().get(Integer.parseInt(k[1])),
              individual.getOrDefault(cell, Map.of()),
              campaigns.getOrDefault(cell, Map.of()),
              source));
    }
    return rows;
  }

  /** A cell's key: cells sort by topic, then in the consultation's order of groups. */
  private static String cell(String topic, int groupOrder) {
    return String.format(java.util.Locale.ROOT, "%s\t%03d", topic, groupOrder);
  }
}
