package eu.chorus.ops;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a run produced, counted: the {@code counts} of run.json. A run.json written before a count
 * existed reads it as 0.
 */
public record RunCounts(
    long submissions,
    long files,
    long passages,
    long tokens,
    @JsonProperty("annotation_failures") long annotationFailures,
    long stances,
    long campaigns,
    @JsonProperty("campaign_members") long campaignMembers,
    long positions,
    @JsonProperty("synthesis_cells") long synthesisCells,
    long quotes,
    @JsonProperty("overrides_applied") long overridesApplied,
    @JsonProperty("overrides_rejected") long overridesRejected) {}
