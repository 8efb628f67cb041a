package eu.chorus.cluster;

import java.io.Serializable;
import java.util.List;

/**
 * A group of submissions written from one template: counted once, as one position with
 * {@code members.size()} signatories, and never dropped from the other tables.
 *
 * @param campaignId {@code CAMP-01}, {@code CAMP-02}... by size (largest first), then template id
 * @param members submission ids, sorted
 * @param templateSubmissionId the medoid: the member with the highest mean similarity to the others
 * @param minSimilarity the lowest Jaccard similarity between two members
 * @param meanSimilarity the mean Jaccard similarity over all pairs of members
 */
public record Campaign(
    String campaignId,
    List<String> members,
    String templateSubmissionId,
    double minSimilarity,
    double meanSimilarity)
    implements Serializable {

  public Campaign {
    members = List.copyOf(members);
    if (members.size() < 2 || !members.contains(templateSubmissionId)) {
      throw new IllegalArgumentException(
          "a campaign has at least two members, its template among them: " + members);
    }
  }

  public int size() {
    return members.size();
  }
}
