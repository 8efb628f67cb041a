package eu.chorus.classify;

import eu.chorus.profile.StakeholderGroup;
import java.io.Serializable;

/**
 * A submission's stakeholder group, where it came from, and what the model inferred.
 *
 * @param confidence of {@code group}: 1 for a declared group, the model's probability otherwise
 * @param inferred the group the model infers from organisation name and text
 * @param conflict true when a declared group and the inferred one disagree
 */
public record GroupAssignment(
    StakeholderGroup group,
    GroupSource source,
    double confidence,
    StakeholderGroup inferred,
    double inferredConfidence,
    boolean conflict)
    implements Serializable {}
