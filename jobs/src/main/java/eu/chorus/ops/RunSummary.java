package eu.chorus.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import eu.chorus.storage.Location;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * {@code run.json}: what a run read, what it produced, how long each stage took, and with which
 * versions of code, libraries and models.
 */
public record RunSummary(
    String chorusVersion,
    String startedAt,
    double seconds,
    String input,
    String output,
    String sparkMaster,
    Map<String, String> versions,
    Map<String, Long> counts,
    Map<String, Long> filesByStatus,
    Map<String, Double> stageSeconds,
    List<String> inputProblems) {

  /** @param file a local path or a file-system URI */
  public void write(Location file) throws IOException {
    try (OutputStream out = file.create()) {
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .writeValue(out, this);
    }
  }
}
