package eu.chorus.extract;

/** What became of one input file. Every file ends in exactly one of these, with a reason. */
public enum FileStatus {
  /** All text extracted. */
  OK,
  /** Some text extracted; the reason says what is missing. */
  PARTIAL,
  /** No usable text; the reason says why in one sentence a secretariat member understands. */
  QUARANTINED
}
