package eu.chorus.classify;

import java.io.Serializable;

/** A submission's stakeholder group, with where it came from and how sure we are. */
public record GroupAssignment(StakeholderGroup group, GroupSource source, double confidence)
    implements Serializable {}
