package eu.chorus.annotate;

import eu.chorus.passage.Passage;
import java.io.Serializable;

/** A passage with its annotation; for anonymous respondents the passage text is redacted. */
public record AnnotatedPassage(Passage passage, TextAnnotation annotation)
    implements Serializable {}
