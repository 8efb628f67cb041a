package eu.chorus.synthesis;

import eu.chorus.classify.StanceCues;
import eu.chorus.position.ClaimReader;
import eu.chorus.position.Sentences;
import eu.chorus.profile.Codebook;
import eu.chorus.profile.Stance;
import java.util.ArrayList;
import java.util.List;

/**
 * The claims positions are made of, read with the quotes' sentence logic: a sentence of the passage
 * in the form of a sentence ({@link SentenceForm}: no heading, question, lead-in, fragment,
 * footnote, citation or table of contents line), that is about the cell's topic ({@link
 * SentenceStance#about}), and whose own cues ({@link SentenceStance}) take the cell's stance or
 * lean to it, in a passage whose cues together do not take another stance.
 */
public final class StanceClaims implements ClaimReader {

  private final SentenceForm form;
  private final SentenceStance stance;

  StanceClaims(SentenceForm form, SentenceStance stance) {
    this.form = form;
    this.stance = stance;
  }

  public static StanceClaims load(Codebook codebook) {
    return new StanceClaims(SentenceForm.load(), new SentenceStance(StanceCues.load(), codebook));
  }

  @Override
  public List<Claim> claims(
      String text, String language, String topic, Stance cell, boolean soleTopic) {
    List<Claim> out = new ArrayList<>();
    if (SentenceForm.isTableOfContents(text)
        || !stance.passageAllows(text, language, topic, cell)) {
      return out;
    }
    List<Sentences.Span> spans = form.sentences(text);
    for (int i = 0; i < spans.size(); i++) {
      String sentence = spans.get(i).of(text);
      if (form.rejection(sentence).isPresent()) {
        continue;
      }
      SentenceStance.Reading r = stance.read(form.readAs(text, spans, i, sentence), language);
      if (SentenceStance.about(r, topic, soleTopic) && SentenceStance.takes(r, topic, cell)) {
        out.add(new Claim(sentence, r.on(topic).asks()));
      }
    }
    return out;
  }
}
