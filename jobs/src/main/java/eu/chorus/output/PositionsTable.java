package eu.chorus.output;

import eu.chorus.profile.StakeholderGroup;
import eu.chorus.synthesis.PositionRow;
import java.util.ArrayList;
import java.util.List;

/** {@code positions.csv}: one row per position within a topic and stance. */
public final class PositionsTable {

  /**
   * The fixed columns of positions.csv, in order; after {@code campaign_signatories} come the group
   * columns, one per stakeholder group of the consultation's profile, named by its code, in the
   * profile's order. {@code label} is the position's title (its representative claim, shortened,
   * and what it asks for); {@code passages}, {@code silhouette} (of the topic and stance's
   * clustering, empty when it is one position), {@code asks} and {@code claims} are additions.
   */
  public enum Column {
    topic,
    position_id,
    stance,
    label,
    submissions,
    campaigns,
    campaign_signatories,
    representative_passage_id,
    representative_text,
    passages,
    silhouette,
    asks,
    claims
  }

  /** The column after which the group columns come. */
  private static final Column BEFORE_GROUPS = Column.campaign_signatories;

  public static final String FILE = "positions.csv";

  private PositionsTable() {}

  /** The table of a consultation with these groups. */
  public static CsvTable<String, PositionRow> table(List<StakeholderGroup> groups) {
    List<String> header = new ArrayList<>();
    for (Column c : Column.values()) {
      header.add(c.name());
      if (c == BEFORE_GROUPS) {
        groups.forEach(g -> header.add(g.code()));
      }
    }
    return CsvTable.of(
        FILE,
        header,
        r -> {
          List<Object> cells =
              new ArrayList<>(
                  List.of(
                      r.position().topic(),
                      r.position().positionId(),
                      r.position().stance(),
                      r.position().label(),
                      r.submissions(),
                      r.campaigns(),
                      r.signatories()));
          for (StakeholderGroup g : groups) {
            cells.add(r.byGroup().getOrDefault(g, 0));
          }
          cells.add(r.position().representativePassageId());
          cells.add(r.position().representativeText());
          cells.add(r.position().passages());
          cells.add(Double.isNaN(r.position().silhouette()) ? null : r.position().silhouette());
          cells.add(r.position().asks());
          cells.add(r.position().claims());
          return cells;
        });
  }
}
