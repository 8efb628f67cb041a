package eu.chorus.samples.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** Fixed facts of the consultation the corpus imitates. */
public final class Consultation {

  /** The AI Office's time zone: plan times are local times here. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  public static final LocalDateTime OPENS = LocalDateTime.of(2024, 7, 30, 0, 0);
  public static final LocalDateTime CLOSES = LocalDateTime.of(2024, 9, 18, 23, 59);

  private Consultation() {}
}
