package eu.chorus.synthesis;

import eu.chorus.classify.Stance;
import eu.chorus.cluster.PassagePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses the quotes of each topic × stance × stakeholder group: the larger positions first (a
 * cell's candidates share topic and stance, so position 1 is the argument most passages make) and
 * within one the passages most central to it (headings and fragments last), preferring first a new holder and a new position,
 * then a new holder, then any passage; a campaign is one holder, and a text already quoted in the cell is not
 * quoted again (campaign letters and reused paragraphs repeat).
 */
public final class QuoteSelection {

  public static final int PER_CELL = 3;
  /** Excerpts shorter than this (headings, fragments) are quoted only when nothing longer is left. */
  static final int MIN_WORDS = 8;

  private QuoteSelection() {}

  public static List<Quote> select(List<PassagePosition> passages, Respondents respondents) {
    Map<String, List<PassagePosition>> cells = new TreeMap<>();
    for (PassagePosition p : passages) {
      cells.computeIfAbsent(cell(p.topic(), p.stance(), respondents.order(respondents.holderGroup(p.submissionId()))),
          c -> new ArrayList<>()).add(p);
    }
    List<Quote> quotes = new ArrayList<>();
    for (List<PassagePosition> candidates : cells.values()) {
      candidates.sort(Comparator.comparing((PassagePosition p) -> isFragment(p.excerpt()))
          .thenComparingInt(PassagePosition::position)
          .thenComparingDouble(p -> -p.centrality())
          .thenComparing(PassagePosition::passageId));
      for (PassagePosition p : choose(candidates, respondents)) {
        String campaign = respondents.campaign(p.submissionId());
        quotes.add(new Quote(p.topic(), p.stance(), respondents.holderGroup(p.submissionId()), p.positionId(),
            p.submissionId(), respondents.publishableOrganisation(p.submissionId()), p.file(), p.page(),
            p.passageId(), p.excerpt(), campaign == null ? "" : campaign));
      }
    }
    return quotes;
  }

  private static List<PassagePosition> choose(List<PassagePosition> candidates, Respondents respondents) {
    List<PassagePosition> chosen = new ArrayList<>();
    Set<String> holders = new HashSet<>();
    Set<String> positions = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (int pass = 0; pass < 3 && chosen.size() < PER_CELL; pass++) {
      for (PassagePosition p : candidates) {
        if (chosen.size() == PER_CELL) {
          break;
        }
        String holder = holder(p, respondents);
        boolean fresh = !holders.contains(holder);
        boolean newPosition = !positions.contains(p.positionId());
        boolean wanted = switch (pass) {
          case 0 -> fresh && newPosition;
          case 1 -> fresh;
          default -> true;
        };
        if (wanted && !chosen.contains(p) && texts.add(p.excerpt())) {
          chosen.add(p);
          holders.add(holder);
          positions.add(p.positionId());
        }
      }
    }
    return chosen;
  }

  /** A heading or fragment rather than a sentence a chair could quote. */
  static boolean isFragment(String excerpt) {
    return excerpt.strip().split("\\s+").length < MIN_WORDS;
  }

  private static String holder(PassagePosition p, Respondents respondents) {
    String campaign = respondents.campaign(p.submissionId());
    return campaign != null ? "campaign:" + campaign : p.submissionId();
  }

  /** A cell's key: cells sort by topic, stance, then in the consultation's order of groups. */
  private static String cell(String topic, Stance stance, int groupOrder) {
    return String.format(java.util.Locale.ROOT, "%s\t%d\t%03d", topic, stance.ordinal(), groupOrder);
  }
}
