package eu.chorus.classify;

/**
 * The first, metadata-only stakeholder classifier: the declared respondent type when it is one of
 * the DOMAIN.md codes, otherwise {@link StakeholderGroup#OTHER} with source {@code DEFAULT}.
 */
public final class DeclaredGroupClassifier {

  public GroupAssignment classify(String declaredType) {
    return StakeholderGroup.fromCode(declaredType)
        .map(g -> new GroupAssignment(g, GroupSource.DECLARED, 1.0))
        .orElse(new GroupAssignment(StakeholderGroup.OTHER, GroupSource.DEFAULT, 0.0));
  }
}
