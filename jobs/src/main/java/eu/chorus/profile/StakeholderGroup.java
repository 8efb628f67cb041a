package eu.chorus.profile;

import java.io.Serializable;

/**
 * A stakeholder group of the consultation being analysed: its code (used in every output), and the
 * words the report shows for it. The groups, their order and how respondents' declared types and
 * the group model's classes map to them come from the consultation profile ({@code
 * eu.chorus.profile.ConsultationProfile}), never from code.
 *
 * @param shortLabel the label of the heat map's column
 */
public record StakeholderGroup(String code, String label, String shortLabel)
    implements Serializable {

  /** The code: what tables write and analysts type. */
  @Override
  public String toString() {
    return code;
  }
}
