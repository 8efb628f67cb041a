package eu.chorus.evaluate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The fixed split of a consultation's respondents into the part models are fitted and chosen on
 * ({@link #FIT}, two thirds) and the part quality is reported on ({@link #REPORT}, one third). It
 * is computed from the respondent's id alone (SHA-256 of a fixed seed and the id), so every run,
 * every machine and every later export of the same consultation agree on it, and a respondent never
 * changes side.
 */
public final class RespondentSplit {

  public static final String FIT = "fit";
  public static final String REPORT = "report";

  /** Part of the hash input: changing it would make a new split, so it never changes. */
  static final String SEED = "chorus-respondent-split-1";

  private RespondentSplit() {}

  /** {@link #FIT} or {@link #REPORT}. */
  public static String of(String respondentId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (SEED + "\n" + respondentId.trim().toUpperCase(Locale.ROOT))
                      .getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = (value << 8) | (digest[i] & 0xff);
      }
      return Long.remainderUnsigned(value, 3) == 2 ? REPORT : FIT;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
