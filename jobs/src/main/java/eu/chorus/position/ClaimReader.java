package eu.chorus.position;

import eu.chorus.profile.Stance;
import java.util.List;

/**
 * Reads the claims of an evidence passage: the sentences that carry its submission's stance on the
 * topic, in the respondent's words and in the form of a sentence (no heading, question, lead-in,
 * footnote, citation or table of contents line). Positions cluster claims, not whole passages. The
 * reading is the synthesis stage's sentence logic, the same quotes are chosen by. It is called from
 * several threads at once.
 */
public interface ClaimReader {

  /**
   * One claim: a sentence of the passage, verbatim.
   *
   * @param asks what it asks for, as the stance cues read its demand ("restrict", "extend",
   *     "clarify", "not_restrict", "not_extend"); empty when it asks for nothing
   */
  record Claim(String text, String asks) {}

  /**
   * The passage's claims on {@code topic} that take {@code stance}, in text order.
   *
   * @param soleTopic whether the passage carries {@code topic} alone
   */
  List<Claim> claims(String text, String language, String topic, Stance stance, boolean soleTopic);
}
