package eu.chorus.samples.domain;

import java.util.Arrays;
import java.util.Optional;

/** The stakeholder groups of DOMAIN.md; {@link #name()} is the code written to every CSV. */
public enum Group {
  GPAI_PROVIDER,
  DOWNSTREAM_PROVIDER,
  INDUSTRY_ASSOCIATION,
  CIVIL_SOCIETY,
  RIGHTSHOLDER,
  ACADEMIA,
  INDEPENDENT_EXPERT,
  PUBLIC_AUTHORITY,
  OTHER;

  /** Individuals answer in their own name: no organisation, often anonymous. */
  public boolean isIndividual() {
    return this == INDEPENDENT_EXPERT;
  }

  public static Optional<Group> fromCode(String code) {
    return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
  }
}
