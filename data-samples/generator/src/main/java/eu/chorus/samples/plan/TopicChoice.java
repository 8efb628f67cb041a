package eu.chorus.samples.plan;

import eu.chorus.samples.domain.Stance;
import eu.chorus.samples.domain.Topic;

/** A topic a submission is planned to address, with the stance drawn for it. */
public record TopicChoice(Topic topic, Stance stance) {}
