package eu.chorus.extract;

import eu.chorus.ingest.InputFile;
import eu.chorus.ops.ExecutorResource;
import eu.chorus.storage.Location;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.api.java.function.MapFunction;

/**
 * Spark stage: hashes each input file and extracts it in a child process ({@link
 * ForkedTextExtractor}). Never fails a task for a bad file: whatever goes wrong becomes the file's
 * status and reason.
 */
public final class ExtractFiles implements MapFunction<InputFile, ExtractedFile> {

  private static final long serialVersionUID = 1L;

  private final ExecutorResource<TextExtractor> extractor;

  public ExtractFiles(ExtractionSettings settings) {
    this.extractor =
        ExecutorResource.of("forked-tika:" + settings, () -> new ForkedTextExtractor(settings));
  }

  @Override
  public ExtractedFile call(InputFile file) {
    if (!file.present()) {
      return new ExtractedFile(file, "", ExtractedText.quarantined("", file.listingNote()));
    }
    // Files on a cluster file system are copied to the executor's disk first: Tika wants a file.
    try (Location.LocalCopy local = Location.of(file.path()).localCopy()) {
      return extract(file, local.path());
    } catch (IOException e) {
      return new ExtractedFile(
          file, "", ExtractedText.quarantined("", "file could not be read: " + e.getMessage()));
    }
  }

  private ExtractedFile extract(InputFile file, Path path) throws IOException {
    String sha256 = ContentHash.sha256(path);
    ExtractedText text;
    try {
      text = extractor.get().extract(path);
    } catch (RuntimeException | Error e) {
      // Whatever goes wrong here must not lose the file: it is quarantined with what went wrong.
      text =
          ExtractedText.quarantined(
              "",
              "the file could not be processed (" + e.getClass().getSimpleName() + "): skipped");
    }
    return new ExtractedFile(file, sha256, text);
  }
}
