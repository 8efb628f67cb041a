package eu.chorus.classify;

import eu.chorus.ingest.Submission;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.profile.StakeholderGroup;
import eu.chorus.profile.Stance;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, per submission, its stakeholder group, the topics it addresses and its stance on each,
 * with the three trained models in {@code nlp-models/chorus/models/}.
 *
 * <p>Groups are the consultation profile's: a declared respondent type names one through the
 * profile's platform types, and the group model's class through the profile's {@code fromModel}
 * mapping. The declared type is kept when it names a group other than the profile's catch-all
 * (unless told to ignore it) and the model does not confidently disagree; the model's inference is
 * always recorded beside it and a disagreement is flagged.
 */
public final class SubmissionClassifier implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String TOPIC_MODEL = "chorus/models/topic.tsv";
  public static final String STANCE_MODEL = "chorus/models/stance.tsv";
  public static final String GROUP_MODEL = "chorus/models/group.tsv";

  /** Label of the topic model for "the submission addresses the topic". */
  public static final String ADDRESSED = "ADDRESSED";

  public static final String MENTION = "MENTION";

  /**
   * The model's confidence above which its group replaces a declared {@code OTHER}: set where the
   * policy scores best on the train split with 5-fold cross-validation (printed by chorus train).
   */
  public static final double OVERRIDE_OTHER_ABOVE = 0.4;

  private final ConsultationProfile profile;
  private final LinearModel topicModel;
  private final LinearModel stanceModel;
  private final LinearModel groupModel;
  private final GroupCues groupCues;
  private final boolean ignoreDeclared;
  private final double overrideDeclaredAbove;

  /**
   * @param overrideDeclaredAbove the model's confidence above which its group replaces a declared
   *     type that disagrees (declared types are often wrong); above 1 never
   */
  public SubmissionClassifier(
      ConsultationProfile profile,
      LinearModel topicModel,
      LinearModel stanceModel,
      LinearModel groupModel,
      GroupCues groupCues,
      boolean ignoreDeclared,
      double overrideDeclaredAbove) {
    // a class the profile does not map would fail the first submission the model gives it: fail now
    groupModel.labels().forEach(modelClass -> modelGroup(profile, modelClass));
    this.profile = profile;
    this.topicModel = topicModel;
    this.stanceModel = stanceModel;
    this.groupModel = groupModel;
    this.groupCues = groupCues;
    this.ignoreDeclared = ignoreDeclared;
    this.overrideDeclaredAbove = overrideDeclaredAbove;
  }

  /**
   * The models of nlp-models; the group model is the profile's own ({@code
   * profiles/<id>/models/group.tsv}, fitted on that consultation's declared types, its classes the
   * profile's group codes) where it has one.
   */
  public static SubmissionClassifier load(
      ConsultationProfile profile,
      GroupCues groupCues,
      boolean ignoreDeclared,
      double overrideDeclaredAbove) {
    return new SubmissionClassifier(
        profile,
        LinearModel.load(profileModel(profile, "topic.tsv", TOPIC_MODEL)),
        LinearModel.load(profileModel(profile, "stance.tsv", STANCE_MODEL)),
        LinearModel.load(profileModel(profile, "group.tsv", GROUP_MODEL)),
        groupCues,
        ignoreDeclared,
        overrideDeclaredAbove);
  }

  /**
   * Where a profile's own model of that name is on the classpath ({@code profiles/<id>/models/}).
   */
  public static String profileModelResource(ConsultationProfile profile, String name) {
    return ConsultationProfile.ROOT + profile.id() + "/models/" + name;
  }

  /**
   * The profile's own model where it has one (fitted on that consultation), else the shared one.
   */
  private static String profileModel(ConsultationProfile profile, String name, String shared) {
    String own = profileModelResource(profile, name);
    return SubmissionClassifier.class.getClassLoader().getResource(own) != null ? own : shared;
  }

  /**
   * The group: the model's, unless a declared type names a group and the model does not contradict
   * it with confidence of at least {@code overrideDeclaredAbove}. A declared catch-all (the
   * profile's {@code catchAll}) is ticked by respondents who do not find their category (in the
   * sample export 5 of the 26 training submissions declaring it were truly OTHER): it is weak
   * evidence, kept only while the model names no group with confidence {@link
   * #OVERRIDE_OTHER_ABOVE}. The inference is always recorded, and a disagreement with any declared
   * value flagged.
   */
  public GroupAssignment group(Submission s, SubmissionEvidence e) {
    Map.Entry<String, Double> best = groupModel.best(Features.group(e, groupCues, s));
    Optional<StakeholderGroup> declared =
        ignoreDeclared ? Optional.empty() : profile.declaredGroup(s.declaredType());
    return decide(profile, declared, best, overrideDeclaredAbove, OVERRIDE_OTHER_ABOVE);
  }

  /**
   * The policy above, given the declared group and the model's best class with its probability
   * (read as a group through the profile).
   */
  public static GroupAssignment decide(
      ConsultationProfile profile,
      Optional<StakeholderGroup> declared,
      Map.Entry<String, Double> best,
      double overrideDeclaredAbove,
      double overrideOtherAbove) {
    StakeholderGroup inferred = modelGroup(profile, best.getKey());
    boolean conflict = declared.isPresent() && !declared.get().equals(inferred);
    double bar =
        declared.isPresent() && declared.get().equals(profile.catchAll())
            ? overrideOtherAbove
            : overrideDeclaredAbove;
    if (declared.isEmpty() || (conflict && best.getValue() >= bar)) {
      return new GroupAssignment(
          inferred, GroupSource.MODEL, best.getValue(), inferred, best.getValue(), conflict);
    }
    return new GroupAssignment(
        declared.get(), GroupSource.DECLARED, 1.0, inferred, best.getValue(), conflict);
  }

  private static StakeholderGroup modelGroup(ConsultationProfile profile, String modelClass) {
    // a profile's own model predicts its group codes; the shared one, classes the profile maps
    return profile
        .groupForModelClass(modelClass)
        .or(() -> profile.group(modelClass))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "consultation profile "
                        + profile.id()
                        + " ("
                        + ConsultationProfile.PROFILE_FILE
                        + ") maps no group from the group model's class "
                        + modelClass
                        + ": add it to a group's fromModel"));
  }

  /** The topic model's probability that the text addresses the topic. */
  public double addressed(TopicEvidence t, SubmissionEvidence e) {
    return topicModel.probabilities(Features.topic(t, e)).getOrDefault(ADDRESSED, 0.0);
  }

  public List<StanceFinding> stances(SubmissionEvidence e) {
    List<StanceFinding> findings = new ArrayList<>();
    for (TopicEvidence t : e.topics()) {
      double addressed = addressed(t, e);
      if (addressed < 0.5) {
        continue;
      }
      Map.Entry<String, Double> stance = stanceModel.best(Features.stance(t, e));
      findings.add(
          new StanceFinding(
              e.submissionId(),
              t.topic(),
              Stance.valueOf(stance.getKey()),
              stance.getValue() * addressed,
              t.stancePassageId()));
    }
    return findings;
  }
}
