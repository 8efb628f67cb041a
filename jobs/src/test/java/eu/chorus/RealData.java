package eu.chorus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real consultation exports are: {@code ../shared/real/} beside the checkout (the build
 * sets {@code chorus.real}). They are never copied into the repository; a test that needs one is
 * skipped, saying so, where it is absent.
 */
public final class RealData {

  public static final String WHITE_PAPER = "ai-white-paper-2020";

  private RealData() {}

  /** The export's folder; skips the calling test with a clear message when it is not there. */
  public static Path export(String name) {
    Path root =
        Path.of(System.getProperty("chorus.real", "../../shared/real"))
            .toAbsolutePath()
            .normalize();
    Path export = root.resolve(name);
    assumeTrue(
        Files.isDirectory(export.resolve("files"))
            && Files.isRegularFile(export.resolve("export.csv")),
        "skipped: the real export "
            + name
            + " is not at "
            + export
            + " (it lives in shared/real beside the "
            + "checkout and is never part of the repository)");
    return export;
  }
}
