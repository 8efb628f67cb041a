package eu.chorus.samples;

import eu.chorus.samples.bank.Bank;
import eu.chorus.samples.bank.BankLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The tiny test bank under {@code src/test/resources/fixture-bank} (en and fr, two campaigns). */
public final class FixtureBank {

  private FixtureBank() {}

  public static Path root() {
    try {
      return Path.of(FixtureBank.class.getResource("/fixture-bank").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Bank load() throws IOException {
    return BankLoader.load(root());
  }
}
