package eu.chorus.synthesis;

import eu.chorus.position.Position;
import eu.chorus.profile.StakeholderGroup;
import java.util.Map;

/**
 * A position with its holders.
 *
 * @param submissions individual submissions (not campaign signatories) with a passage in it
 * @param byGroup holders per group: individual submissions, and each campaign once
 */
public record PositionRow(
    Position position,
    int submissions,
    int campaigns,
    int signatories,
    Map<StakeholderGroup, Integer> byGroup) {

  public PositionRow {
    byGroup = Map.copyOf(byGroup);
  }
}
