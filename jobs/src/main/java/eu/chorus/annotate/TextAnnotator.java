package eu.chorus.annotate;

/**
 * Chorus's own narrow view of an NLP pipeline: text in, tokens, lemmas and entity mentions out.
 * Implementations are thread-safe and expensive to build: build one per executor.
 */
public interface TextAnnotator {

  TextAnnotation annotate(String text);
}
