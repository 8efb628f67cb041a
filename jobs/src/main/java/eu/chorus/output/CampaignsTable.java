package eu.chorus.output;

import eu.chorus.campaign.Campaign;
import java.util.List;

/** {@code campaigns.csv}: one row per campaign, largest first. */
public final class CampaignsTable {

  /** Columns of campaigns.csv, in order. */
  public enum Column {
    campaign_id,
    submissions,
    members,
    template_submission_id,
    min_similarity,
    mean_similarity,
    translated_members,
    min_translation_similarity
  }

  public static final CsvTable<Column, Campaign> TABLE =
      CsvTable.of(
          "campaigns.csv",
          Column.class,
          c ->
              List.of(
                  c.campaignId(),
                  c.size(),
                  String.join(";", c.members()),
                  c.templateSubmissionId(),
                  c.minSimilarity(),
                  c.meanSimilarity(),
                  String.join(";", c.translatedMembers()),
                  Double.isNaN(c.minTranslationSimilarity()) ? "" : c.minTranslationSimilarity()));

  private CampaignsTable() {}
}
