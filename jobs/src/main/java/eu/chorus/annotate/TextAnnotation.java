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
 */
public record TextAnnotation(
    List<String> words, List<String> lemmas, int sentences, List<Mention> mentions)
    implements Serializable {

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
