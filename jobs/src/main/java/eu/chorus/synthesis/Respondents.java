package eu.chorus.synthesis;

import eu.chorus.classify.SubmissionRow;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.profile.StakeholderGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds a view: each submission's stakeholder group, publishable organisation and campaign. A
 * campaign is one holder; its group is the one most of its signatories belong to (ties to the group
 * the consultation profile lists first).
 */
public final class Respondents {

  private final ConsultationProfile profile;
  private final Map<String, SubmissionRow> rows = new HashMap<>();
  private final Map<String, String> campaignOf;
  private final Map<String, StakeholderGroup> campaignGroup = new HashMap<>();

  /**
   * @param campaignOf submission id → campaign id, for campaign members only
   */
  public Respondents(
      ConsultationProfile profile,
      List<SubmissionRow> submissions,
      Map<String, String> campaignOf) {
    this.profile = profile;
    this.campaignOf = Map.copyOf(campaignOf);
    Map<String, Map<StakeholderGroup, Integer>> groups = new HashMap<>();
    for (SubmissionRow r : submissions) {
      rows.put(r.submission().id(), r);
      String campaign = campaignOf.get(r.submission().id());
      if (campaign != null) {
        groups
            .computeIfAbsent(campaign, c -> new HashMap<>())
            .merge(r.group().group(), 1, Integer::sum);
      }
    }
    groups.forEach(
        (campaign, counts) ->
            campaignGroup.put(
                campaign,
                counts.entrySet().stream()
                    .max(
                        Map.Entry.<StakeholderGroup, Integer>comparingByValue()
                            .thenComparingInt(e -> -order(e.getKey())))
                    .orElseThrow()
                    .getKey()));
  }

  /** The consultation's groups, in its order. */
  public List<StakeholderGroup> groups() {
    return profile.groups();
  }

  /** A group's position in the consultation's order of groups. */
  public int order(StakeholderGroup group) {
    return profile.order(group.code());
  }

  /** The campaign the submission signed, or null when it speaks for itself. */
  public String campaign(String submissionId) {
    return campaignOf.get(submissionId);
  }

  /** The group a view is counted under: the campaign's group for its signatories. */
  public StakeholderGroup holderGroup(String submissionId) {
    String campaign = campaign(submissionId);
    return campaign != null
        ? campaignGroup.get(campaign)
        : submission(submissionId).group().group();
  }

  /** The organisation as it may be published: empty unless consent is PUBLIC. */
  public String publishableOrganisation(String submissionId) {
    return submission(submissionId).submission().publishableOrganisation();
  }

  private SubmissionRow submission(String submissionId) {
    SubmissionRow r = rows.get(submissionId);
    if (r == null) {
      throw new IllegalArgumentException("no submission " + submissionId);
    }
    return r;
  }
}
