package eu.chorus.samples.compose;

import java.util.SplittableRandom;

/** Light, human-looking damage for campaign letters: two adjacent letters swapped in a word. */
final class Typos {

  private Typos() {}

  /** Swaps two adjacent letters inside one word of at least six letters, if there is one. */
  static String swapOnce(String text, SplittableRandom rng) {
    for (int attempt = 0; attempt < 20; attempt++) {
      int at = rng.nextInt(Math.max(1, text.length() - 1));
      int start = at;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      int end = start;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end - start >= 6) {
        int i = start + 1 + rng.nextInt(end - start - 3);
        char[] chars = text.toCharArray();
        char tmp = chars[i];
        chars[i] = chars[i + 1];
        chars[i + 1] = tmp;
        return new String(chars);
      }
    }
    return text;
  }
}
