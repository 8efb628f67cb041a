package eu.chorus.classify;

import java.util.Locale;
import java.util.Optional;

/** The stakeholder groups of DOMAIN.md; their names are the codes used in every output. */
public enum StakeholderGroup {
  GPAI_PROVIDER,
  DOWNSTREAM_PROVIDER,
  INDUSTRY_ASSOCIATION,
  CIVIL_SOCIETY,
  RIGHTSHOLDER,
  ACADEMIA,
  INDEPENDENT_EXPERT,
  PUBLIC_AUTHORITY,
  OTHER;

  /** The group a platform value names, if it names one exactly (case and spaces ignored). */
  public static Optional<StakeholderGroup> fromCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String normalised = code.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (StakeholderGroup g : values()) {
      if (g.name().equals(normalised)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
