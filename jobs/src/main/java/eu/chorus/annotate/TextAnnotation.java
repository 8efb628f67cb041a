package eu.chorus.annotate;

import java.io.Serializable;
import java.util.List;

/**
 * What the annotator learned about one text.
 *
 * @param words the tokens, lower-cased, punctuation included
 * @param lemmas the lemma of each token, lower-cased; same length as {@code words}
 * @param sentences number of sentences
 * @param mentions named-entity mentions with character offsets into the text
 * @param failure why the annotator failed on the text (then nothing else is known), or empty
 */
public record TextAnnotation(
    List<String> words, List<String> lemmas, int sentences, List<Mention> mentions, String failure)
    implements Serializable {

  public TextAnnotation(
      List<String> words, List<String> lemmas, int sentences, List<Mention> mentions) {
    this(words, lemmas, sentences, mentions, "");
  }

  /** A text the annotator threw on: the passage stays, with nothing learned about it. */
  public static TextAnnotation failed(String reason) {
    return new TextAnnotation(List.of(), List.of(), 0, List.of(), reason);
  }

  public boolean failed() {
    return !failure.isEmpty();
  }

  public TextAnnotation {
    words = List.copyOf(words);
    lemmas = List.copyOf(lemmas);
    mentions = List.copyOf(mentions);
    if (words.size() != lemmas.size()) {
      throw new IllegalArgumentException("words and lemmas differ in length");
    }
  }

  public int tokens() {
    return words.size();
  }
}
