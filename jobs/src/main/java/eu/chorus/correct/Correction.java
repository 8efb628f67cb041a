package eu.chorus.correct;

import java.io.Serializable;

/**
 * One line of {@code overrides.csv}: an analyst's correction of one finding, with who made it, why
 * and when.
 *
 * @param line the line of overrides.csv it came from (1 is the header), for messages
 * @param field {@code stakeholder_group}, {@code stance:<topic code>}, {@code campaign_id} or
 *     {@code exclude}
 * @param value a group code; a stance or {@code NONE} (does not address the topic); a campaign id
 *     or empty (in no campaign); {@code true} or {@code false}
 */
public record Correction(
    int line,
    String submissionId,
    String field,
    String value,
    String analyst,
    String reason,
    String date)
    implements Serializable {

  static final String GROUP = "stakeholder_group";
  static final String STANCE = "stance:";
  static final String CAMPAIGN = "campaign_id";
  static final String EXCLUDE = "exclude";

  boolean isStance() {
    return field.startsWith(STANCE);
  }

  /** The topic of a {@code stance:<topic>} correction. */
  String topic() {
    return field.substring(STANCE.length());
  }
}
