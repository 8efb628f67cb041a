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
 * versions of code, libraries and models — enough to tell later which night produced a table.
 *
 * @param code the git commit of the build ({@code git:<describe>}), else the project version
 * @param versions Chorus, Spark, Tika, CoreNLP, codebook, and {@code models}: a hash over every
 *     nlp-models resource (codebook, lexicons, trained models, pipeline properties)
 * @param filesByStatus input files per status (OK, PARTIAL, QUARANTINED)
 * @param stageSeconds wall time per stage
 * @param state per cached stage, file contents found in the state ({@code extract.hits}) and
 *     processed by this run ({@code extract.misses})
 * @param inputFiles SHA-256 of every input file, by its path under files/ (empty when unreadable)
 */
public record RunSummary(
    String chorusVersion,
    String code,
    String startedAt,
    double seconds,
    String input,
    String output,
    String sparkMaster,
    Map<String, String> versions,
    Map<String, Long> counts,
    Map<String, Long> filesByStatus,
    Map<String, Double> stageSeconds,
    Map<String, Long> state,
    Map<String, String> inputFiles,
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
