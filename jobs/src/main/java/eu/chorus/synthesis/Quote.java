package eu.chorus.synthesis;

import eu.chorus.profile.StakeholderGroup;
import eu.chorus.profile.Stance;

/**
 * A verbatim quote with its citation.
 *
 * @param organisation empty unless the respondent's consent is PUBLIC
 * @param text a sentence or two of the passage as stored (redacted for anonymous respondents)
 * @param campaignId the campaign the submission signed, empty when none
 */
public record Quote(
    String topic,
    Stance stance,
    StakeholderGroup group,
    String positionId,
    String submissionId,
    String organisation,
    String file,
    int page,
    String passageId,
    String text,
    String campaignId) {}
