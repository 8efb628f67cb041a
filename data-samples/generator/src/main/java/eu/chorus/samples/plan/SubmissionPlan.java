package eu.chorus.samples.plan;

import eu.chorus.samples.domain.Language;
import eu.chorus.samples.domain.Topic;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Everything decided about one submission before any text is written. The composer turns it into
 * documents; the gold files come from what the composer actually used, not from this plan alone.
 *
 * @param declaredType the {@code respondent_type} column as the platform shows it ("" if missing)
 * @param languageColumn the {@code language} column ("" if the respondent left it empty)
 * @param mainFormat the format of the single file, or of the cover document for other packagings
 * @param annexFormat the format of the annex (unused for {@link Packaging#SINGLE})
 * @param nested whether the files sit one folder deeper than {@code files/<id>/}
 * @param noOpinion topics a questionnaire asks about and the respondent answers "No opinion"
 * @param mentions topics named in passing only (never in the gold stances)
 * @param campaignId the campaign template id, for campaign members
 * @param comprehensive whether this position paper is one of the few comprehensive ones (12 to 16
 *     topics, 6,000 to 8,000 words, with executive summary, annex table and recommendations)
 * @param seed seed of the composer's random stream for this submission
 */
public record SubmissionPlan(
    String id,
    LocalDateTime submittedAt,
    Respondent respondent,
    String declaredType,
    String languageColumn,
    Language language,
    DocumentKind kind,
    Packaging packaging,
    Format mainFormat,
    Format annexFormat,
    Language annexLanguage,
    boolean nested,
    List<TopicChoice> topics,
    List<Topic> noOpinion,
    List<Topic> mentions,
    Optional<String> campaignId,
    boolean comprehensive,
    long seed) {

  public SubmissionPlan {
    topics = List.copyOf(topics);
    noOpinion = List.copyOf(noOpinion);
    mentions = List.copyOf(mentions);
  }
}
