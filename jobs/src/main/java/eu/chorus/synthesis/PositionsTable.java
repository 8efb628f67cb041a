package eu.chorus.synthesis;

import eu.chorus.classify.StakeholderGroup;
import eu.chorus.output.CsvTable;
import java.util.ArrayList;
import java.util.List;

/** {@code positions.csv}: one row per position within a topic and stance. */
public final class PositionsTable {

  /**
   * Columns of positions.csv, in order. The group columns are the {@link StakeholderGroup} codes
   * in their order (a test holds them together); {@code passages} and {@code silhouette} (of the
   * topic and stance's clustering, empty when it is one position) are additions.
   */
  public enum Column {
    topic, position_id, stance, label, submissions, campaigns, campaign_signatories,
    GPAI_PROVIDER, DOWNSTREAM_PROVIDER, INDUSTRY_ASSOCIATION, CIVIL_SOCIETY, RIGHTSHOLDER, ACADEMIA,
    INDEPENDENT_EXPERT, PUBLIC_AUTHORITY, OTHER,
    representative_passage_id, representative_text, passages, silhouette
  }

  public static final String LABEL_SEPARATOR = "; ";

  public static final CsvTable<Column, PositionRow> TABLE = CsvTable.of(Column.class, r -> {
    List<Object> cells = new ArrayList<>(List.of(
        r.position().topic(), r.position().positionId(), r.position().stance(),
        String.join(LABEL_SEPARATOR, r.position().terms()), r.submissions(), r.campaigns(), r.signatories()));
    for (StakeholderGroup g : StakeholderGroup.values()) {
      cells.add(r.byGroup().get(g));
    }
    cells.add(r.position().representativePassageId());
    cells.add(r.position().representativeText());
    cells.add(r.position().passages());
    cells.add(Double.isNaN(r.position().silhouette()) ? null : r.position().silhouette());
    return cells;
  });

  private PositionsTable() {}
}
