package eu.chorus.ingest;

import eu.chorus.storage.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads an export folder ({@code submissions.csv} plus {@code files/}) into an {@link Export}.
 *
 * <p>Every regular file under {@code files/} ends up attached to exactly one submission: the one
 * that lists it; else the submission whose id is its top-level folder; else a new submission named
 * after its top-level entry, as DOMAIN.md prescribes for exports without metadata. Files that
 * {@code submissions.csv} lists but that are missing are kept too, marked not present, so that the
 * manifest accounts for them. Symbolic links are not followed. The export may be a local folder or
 * a Hadoop file-system URI ({@link Location}).
 */
public final class ExportReader {

  public static final String METADATA_FILE = "submissions.csv";
  public static final String FILES_FOLDER = "files";

  private ExportReader() {}

  public static Export read(Path exportRoot) throws IOException {
    return read(Location.of(exportRoot));
  }

  /** @param exportRoot a local folder or a Hadoop file-system URI of one */
  public static Export read(Location exportRoot) throws IOException {
    exportRoot = exportRoot.absolute();
    if (!exportRoot.isDirectory()) {
      throw new IOException("export folder does not exist: " + exportRoot);
    }
    Location filesRoot = exportRoot.resolve(FILES_FOLDER);
    List<String> onDisk = filesRoot.isDirectory() ? filesRoot.listFiles() : List.of();
    Location metadata = exportRoot.resolve(METADATA_FILE);
    List<String> problems = new ArrayList<>();
    List<Submission> declared;
    if (metadata.isFile()) {
      // A strict decoder, as Files.newBufferedReader: malformed UTF-8 is an error, not U+FFFD.
      try (Reader reader = new BufferedReader(new InputStreamReader(metadata.open(), StandardCharsets.UTF_8.newDecoder()))) {
        SubmissionsCsv.Result result = SubmissionsCsv.read(reader);
        declared = result.submissions();
        result
            .problems()
            .forEach(p -> problems.add(METADATA_FILE + " line " + p.line() + ": " + p.reason()));
      }
    } else {
      declared = List.of();
    }
    return join(filesRoot, declared, onDisk, problems);
  }

  /** Attaches every file on disk (relative paths, '/'-separated) to a submission. */
  static Export join(
      Location filesRoot, List<Submission> declared, List<String> onDisk, List<String> problems) {
    Map<String, Submission> submissions = new TreeMap<>();
    Map<String, String> ownerOfListedFile = new HashMap<>();
    for (Submission s : declared) {
      submissions.put(s.id(), s);
      for (String f : s.files()) {
        String previous = ownerOfListedFile.putIfAbsent(f, s.id());
        if (previous != null) {
          problems.add("file " + f + " is listed by " + previous + " and " + s.id() + "; kept with " + previous);
        }
      }
    }
    Map<String, List<String>> filesBySubmission = new LinkedHashMap<>();
    Map<String, String> notes = new HashMap<>();
    for (String file : onDisk) {
      String owner = ownerOfListedFile.get(file);
      if (owner == null) {
        owner = listedFolderOwner(file, ownerOfListedFile);
      }
      if (owner == null) {
        String top = topLevelEntry(file);
        owner = top;
        if (!declared.isEmpty()) {
          notes.put(file, submissions.containsKey(top)
              ? "not listed in submissions.csv; attached to " + top + " by its folder"
              : "not listed in submissions.csv; treated as a submission of its own");
        }
      }
      filesBySubmission.computeIfAbsent(owner, k -> new ArrayList<>()).add(file);
    }
    for (Map.Entry<String, List<String>> e : filesBySubmission.entrySet()) {
      submissions.computeIfAbsent(e.getKey(), id -> Submission.fromLayout(id, e.getValue()));
    }

    List<InputFile> files = new ArrayList<>();
    for (Submission s : submissions.values()) {
      List<String> present = filesBySubmission.getOrDefault(s.id(), List.of());
      List<String> ordered = new ArrayList<>(s.files().stream()
          .filter(f -> !present.contains(f) && !isListedFolder(f, present))
          .collect(Collectors.toList()));
      int index = 0;
      List<String> all = new ArrayList<>(present);
      all.sort(null);
      for (String f : all) {
        Location p = filesRoot.resolve(f);
        files.add(new InputFile(p.toString(), f, s.id(), ++index, size(p), true, notes.getOrDefault(f, "")));
      }
      for (String missing : ordered) {
        files.add(new InputFile(filesRoot.resolve(missing).toString(), missing, s.id(), ++index, 0, false,
            "listed in submissions.csv but not found under files/"));
      }
    }
    return new Export(List.copyOf(submissions.values()), files, problems);
  }

  private static String listedFolderOwner(String file, Map<String, String> ownerOfListedFile) {
    for (Map.Entry<String, String> e : ownerOfListedFile.entrySet()) {
      if (file.startsWith(stripSlash(e.getKey()) + "/")) {
        return e.getValue();
      }
    }
    return null;
  }

  private static boolean isListedFolder(String listed, List<String> present) {
    String prefix = stripSlash(listed) + "/";
    return present.stream().anyMatch(p -> p.startsWith(prefix));
  }

  private static String stripSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static String topLevelEntry(String relative) {
    int slash = relative.indexOf('/');
    return slash < 0 ? relative : relative.substring(0, slash);
  }

  private static long size(Location p) {
    try {
      return p.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
