package eu.chorus.samples.bank;

/** A bank or resource file breaks the format of BANK.md; the message names the file and line. */
public final class BankFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BankFormatException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
  }
}
