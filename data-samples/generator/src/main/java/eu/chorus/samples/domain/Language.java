package eu.chorus.samples.domain;

import java.util.Arrays;
import java.util.Optional;

/** Languages the argument bank is written in; {@link #code()} is the ISO 639-1 code. */
public enum Language {
  EN("en"),
  FR("fr"),
  DE("de"),
  ES("es"),
  IT("it");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Language> fromCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }
}
