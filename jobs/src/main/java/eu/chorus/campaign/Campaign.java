package eu.chorus.campaign;

import java.io.Serializable;
import java.util.List;

/**
 * A group of submissions written from one template: counted once, as one position with {@code
 * members.size()} signatories, and never dropped from the other tables.
 *
 * @param campaignId {@code CAMP-01}, {@code CAMP-02}... by size (largest first), then template id
 * @param members submission ids, sorted (translated copies included)
 * @param templateSubmissionId the medoid of the members found by word shingles: the member with the
 *     highest mean similarity to the others
 * @param minSimilarity the lowest Jaccard similarity of word shingles between two members found by
 *     word shingles (translated copies share no shingles and take no part in it)
 * @param meanSimilarity the mean of that Jaccard similarity over the same pairs
 * @param translatedMembers members in another language than the template, attached by their outline
 *     ({@link AttachTranslations}), sorted; empty for none
 * @param minTranslationSimilarity the lowest outline similarity of a translated member to the
 *     template ({@link LetterOutline#similarity}); NaN when there is none
 */
public record Campaign(
    String campaignId,
    List<String> members,
    String templateSubmissionId,
    double minSimilarity,
    double meanSimilarity,
    List<String> translatedMembers,
    double minTranslationSimilarity)
    implements Serializable {

  public Campaign {
    members = List.copyOf(members);
    translatedMembers = List.copyOf(translatedMembers);
    if (members.size() < 2 || !members.contains(templateSubmissionId)) {
      throw new IllegalArgumentException(
          "a campaign has at least two members, its template among them: " + members);
    }
    if (!members.containsAll(translatedMembers)
        || translatedMembers.contains(templateSubmissionId)) {
      throw new IllegalArgumentException(
          "translated copies are members other than the template: " + translatedMembers);
    }
  }

  /** A campaign found within one language, without translated copies. */
  public Campaign(
      String campaignId,
      List<String> members,
      String templateSubmissionId,
      double minSimilarity,
      double meanSimilarity) {
    this(
        campaignId,
        members,
        templateSubmissionId,
        minSimilarity,
        meanSimilarity,
        List.of(),
        Double.NaN);
  }

  public int size() {
    return members.size();
  }

  Campaign withId(String id) {
    return new Campaign(
        id,
        members,
        templateSubmissionId,
        minSimilarity,
        meanSimilarity,
        translatedMembers,
        minTranslationSimilarity);
  }
}
