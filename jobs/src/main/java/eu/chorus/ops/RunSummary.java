package eu.chorus.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.chorus.storage.Location;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * {@code run.json}: what a run read, what it produced, how long each stage took, and with which
 * versions of code, libraries and models — enough to tell later which night produced a table.
 *
 * @param code the git commit of the build ({@code git:<describe>}), else the project version
 * @param consultation the id of the consultation profile the run used (groups, codebook, questions)
 * @param versions Chorus, Spark, Tika, CoreNLP, codebook, and {@code models}: a hash over every
 *     nlp-models resource (consultation profiles, lexicons, trained models, pipeline properties)
 * @param filesByStatus input files per status (OK, PARTIAL, QUARANTINED)
 * @param stageSeconds wall time per stage
 * @param state per cached stage, file contents found in the state ({@code extract.hits}) and
 *     processed by this run ({@code extract.misses})
 * @param inputFiles SHA-256 of every input file, by its path under files/ (empty when unreadable)
 * @param reusedFrom empty when the run computed its outputs; else the earlier run folder whose
 *     outputs it copied, because the inputs, settings, code and models were all the same
 */
public record RunSummary(
    String chorusVersion,
    String code,
    String consultation,
    String startedAt,
    double seconds,
    String input,
    String output,
    String sparkMaster,
    Map<String, String> versions,
    RunCounts counts,
    Map<String, Long> filesByStatus,
    Map<String, Double> stageSeconds,
    Map<String, Long> state,
    Map<String, String> inputFiles,
    List<String> inputProblems,
    String reusedFrom) {

  /** Where a run's code, libraries and models came from, and where it ran. */
  public record Provenance(
      String chorusVersion,
      String code,
      String consultation,
      String sparkMaster,
      Map<String, String> versions) {}

  /** What a run read and where it wrote. */
  public record Inputs(
      String input,
      String output,
      Map<String, String> inputFiles,
      List<String> inputProblems,
      Map<String, Long> filesByStatus) {}

  /** When a run started, how long it took, and how long each stage took. */
  public record Timing(String startedAt, double seconds, Map<String, Double> stageSeconds) {}

  /** The summary of a run that computed its outputs. */
  public static RunSummary computed(
      Provenance provenance,
      Inputs inputs,
      Timing timing,
      RunCounts counts,
      Map<String, Long> state) {
    return new RunSummary(
        provenance.chorusVersion(),
        provenance.code(),
        provenance.consultation(),
        timing.startedAt(),
        timing.seconds(),
        inputs.input(),
        inputs.output(),
        provenance.sparkMaster(),
        provenance.versions(),
        counts,
        inputs.filesByStatus(),
        timing.stageSeconds(),
        state,
        inputs.inputFiles(),
        inputs.inputProblems(),
        "");
  }

  public static RunSummary read(java.nio.file.Path file) throws IOException {
    return new ObjectMapper()
        .configure(
            com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .readValue(file.toFile(), RunSummary.class);
  }

  /** This summary for a run that copied the outputs of {@code earlier}, which had this summary. */
  public RunSummary reusedBy(
      Timing timing, String output, Map<String, Long> state, String earlier) {
    return new RunSummary(
        chorusVersion,
        code,
        consultation,
        timing.startedAt(),
        timing.seconds(),
        input,
        output,
        sparkMaster,
        versions,
        counts,
        filesByStatus,
        timing.stageSeconds(),
        state,
        inputFiles,
        inputProblems,
        earlier);
  }

  /**
   * @param file a local path or a file-system URI
   */
  public void write(Location file) throws IOException {
    try (OutputStream out = file.create()) {
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .writeValue(out, this);
    }
  }
}
