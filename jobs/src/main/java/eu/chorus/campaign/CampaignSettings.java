package eu.chorus.campaign;

import java.io.Serializable;

/**
 * How campaigns are found ({@code campaign.*} in the configuration).
 *
 * @param shingleWords words per shingle: long enough that shared phrases of ordinary prose do not
 *     match, short enough that a typo or an inserted sentence breaks only a few shingles
 * @param minSimilarity the Jaccard similarity of shingle sets from which two submissions are taken
 *     to share a template (chosen on the sample export, see README)
 * @param minWords submissions with fewer words are never campaign members: two short notes ("please
 *     see the attached file") are alike without having been written from a template
 * @param lshBands MinHash bands: two texts are compared when their signatures agree on a band; more
 *     bands propose more pairs near the threshold
 * @param lshRows MinHash values per band: more rows make a band harder to agree on for texts well
 *     below the threshold (fewer comparisons)
 * @param translationMinSimilarity the outline similarity ({@link LetterOutline#similarity}) from
 *     which a submission in another language than a campaign's template is taken to be its
 *     translated copy (chosen on the sample export, see README)
 */
public record CampaignSettings(
    int shingleWords,
    double minSimilarity,
    int minWords,
    int lshBands,
    int lshRows,
    double translationMinSimilarity)
    implements Serializable {

  public CampaignSettings {
    if (shingleWords < 1 || lshBands < 1 || lshRows < 1) {
      throw new IllegalArgumentException(
          "campaign.shingleWords, campaign.lsh.bands and campaign.lsh.rows must be positive");
    }
    if (!(minSimilarity > 0 && minSimilarity <= 1)) {
      throw new IllegalArgumentException(
          "campaign.minSimilarity must be in (0, 1], was " + minSimilarity);
    }
    if (!(translationMinSimilarity > 0 && translationMinSimilarity <= 1)) {
      throw new IllegalArgumentException(
          "campaign.translation.minSimilarity must be in (0, 1], was " + translationMinSimilarity);
    }
    if (minWords < shingleWords) {
      throw new IllegalArgumentException(
          "campaign.minWords must be at least campaign.shingleWords");
    }
  }
}
