package eu.chorus.ingest;

import java.util.Locale;

/** Publication consent recorded by the consultation platform. */
public enum Consent {
  /** May be quoted with the respondent's name. */
  PUBLIC,
  /** No name and no contact detail may appear in any output. */
  ANONYMOUS;

  /** Parses the platform value; anything unknown or empty is treated as the safe choice. */
  public static Consent parse(String value) {
    if (value != null && value.trim().toUpperCase(Locale.ROOT).equals("PUBLIC")) {
      return PUBLIC;
    }
    return ANONYMOUS;
  }
}
