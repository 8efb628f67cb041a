package eu.chorus.samples.bank;

/** A plan needs bank text that is not there; the message lists the files and who needs them. */
public final class MissingBankTextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MissingBankTextException(String message) {
    super(message);
  }
}
