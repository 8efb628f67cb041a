package eu.chorus.ingest;

import eu.chorus.storage.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads an export folder into an {@link Export}: {@code submissions.csv} plus {@code files/}; or
 * the "Have your say" portal's own export, a CSV of any name recognised by its header ({@link
 * PortalExport}), plus {@code files/} named after each respondent's Reference; or {@code files/}
 * alone.
 *
 * <p>Every regular file under {@code files/} ends up attached to exactly one submission: the one
 * that lists it; else the submission whose id is its top-level folder; else a new, anonymous
 * submission for its top-level entry, as DOMAIN.md prescribes for exports without metadata. Files
 * that {@code submissions.csv} lists but that are missing are kept too, marked not present, so that
 * the manifest accounts for them. So is every other entry under {@code files/} (a symbolic link,
 * which is never followed, a FIFO, a name that does not decode), unread, with the reason. Outputs
 * know submissions and files by their published names ({@link PublishedNames}): an anonymous
 * respondent's are neutral. The export may be a local folder or a Hadoop file-system URI ({@link
 * Location}).
 */
public final class ExportReader {

  public static final String METADATA_FILE = "submissions.csv";
  public static final String FILES_FOLDER = "files";

  private ExportReader() {}

  public static Export read(Path exportRoot) throws IOException {
    return read(Location.of(exportRoot));
  }

  /**
   * @param exportRoot a local folder or a Hadoop file-system URI of one
   */
  public static Export read(Location exportRoot) throws IOException {
    exportRoot = exportRoot.absolute();
    if (!exportRoot.isDirectory()) {
      throw new IOException("export folder does not exist: " + exportRoot);
    }
    Location filesRoot = exportRoot.resolve(FILES_FOLDER);
    List<Location.Entry> onDisk = filesRoot.isDirectory() ? filesRoot.listEntries() : List.of();
    Location metadata = exportRoot.resolve(METADATA_FILE);
    List<String> problems = new ArrayList<>();
    if (metadata.isFile()) {
      SubmissionsCsv.Result result = SubmissionsCsv.read(bytes(metadata));
      result
          .problems()
          .forEach(
              p ->
                  problems.add(
                      p.line() > 0
                          ? METADATA_FILE + " line " + p.line() + ": " + p.reason()
                          : METADATA_FILE + ": " + p.reason()));
      return join(filesRoot, METADATA_FILE, result.submissions(), onDisk, problems);
    }
    Optional<String> portal = portalExport(exportRoot);
    if (portal.isPresent()) {
      return readPortal(
          filesRoot,
          portal.get(),
          DelimitedText.parse(bytes(exportRoot.resolve(portal.get()))),
          onDisk);
    }
    return join(filesRoot, METADATA_FILE, List.of(), onDisk, problems);
  }

  /**
   * The portal export's rows, with each file under files/ joined by the Reference its name starts
   * with.
   */
  static Export readPortal(
      Location filesRoot, String csvName, DelimitedText csv, List<Location.Entry> onDisk) {
    PortalExport.Rows rows = PortalExport.read(csvName, csv);
    List<String> problems = new ArrayList<>(rows.problems());
    Set<String> references =
        rows.submissions().stream().map(Submission::id).collect(Collectors.toSet());
    Map<String, List<String>> owned = new TreeMap<>();
    for (Location.Entry entry : onDisk) {
      String file = entry.path();
      PortalExport.ownerOf(file, references)
          .ifPresent(id -> owned.computeIfAbsent(id, k -> new ArrayList<>()).add(file));
    }
    List<Submission> declared = new ArrayList<>();
    for (Submission s : rows.submissions()) {
      List<String> files = new ArrayList<>(owned.getOrDefault(s.id(), List.of()));
      String upload = rows.uploads().get(s.id());
      if (files.isEmpty() && upload != null) {
        // Listed but not there: a manifest row says so. An anonymous respondent's own file name
        // may carry their name, so it is not repeated.
        files.add(
            s.id() + "_" + (s.consent() == Consent.PUBLIC ? upload.replace('/', '_') : "upload"));
      }
      declared.add(s.renamed(s.id(), files));
    }
    Export joined = join(filesRoot, csvName, declared, onDisk, problems);
    return new Export(
        joined.submissions(), joined.files(), joined.problems(), rows.answers(), rows.freeText());
  }

  /** The first CSV at the export's top level whose header is the portal's, if any. */
  private static Optional<String> portalExport(Location exportRoot) throws IOException {
    for (Location.Entry entry : exportRoot.listEntries()) {
      String name = entry.path();
      if (entry.readable()
          && !name.contains("/")
          && name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
        byte[] head;
        try (InputStream in = exportRoot.resolve(name).open()) {
          head = in.readNBytes(4096);
        }
        if (PortalExport.recognises(DelimitedText.firstLine(head))) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  private static byte[] bytes(Location file) throws IOException {
    try (InputStream in = file.open()) {
      return in.readAllBytes();
    }
  }

  /**
   * Attaches every entry on disk (relative paths, '/'-separated) to a submission, then publishes
   * the names ({@link PublishedNames}). An entry that is not read (a link, a FIFO, a name that does
   * not decode) is attached like a file and kept, not present, with the reason.
   */
  static Export join(
      Location filesRoot,
      String metadataFile,
      List<Submission> declared,
      List<Location.Entry> onDisk,
      List<String> problems) {
    Map<String, Submission> submissions = new TreeMap<>();
    Map<String, String> ownerOfListedFile = new HashMap<>();
    List<PublishedNames.ListingProblem> fileProblems = new ArrayList<>();
    for (Submission s : declared) {
      submissions.put(s.id(), s);
      for (String f : s.files()) {
        String previous = ownerOfListedFile.putIfAbsent(f, s.id());
        if (previous != null) {
          fileProblems.add(
              new PublishedNames.ListingProblem(
                  f,
                  "file "
                      + PublishedNames.ListingProblem.FILE
                      + " is listed by "
                      + previous
                      + " and "
                      + s.id()
                      + "; kept with "
                      + previous));
        }
      }
    }
    Map<String, List<String>> filesBySubmission = new LinkedHashMap<>();
    Map<String, String> notes = new HashMap<>();
    for (Location.Entry entry : onDisk) {
      String file = entry.path();
      String owner = ownerOfListedFile.get(file);
      if (owner == null) {
        owner = listedFolderOwner(file, ownerOfListedFile);
      }
      String note = "";
      if (owner == null) {
        String top = topLevelEntry(file);
        owner = top;
        if (!declared.isEmpty()) {
          note =
              submissions.containsKey(top)
                  ? "not listed in " + metadataFile + "; attached to " + top + " by its folder"
                  : "not listed in " + metadataFile + "; treated as a submission of its own";
        }
      }
      if (!entry.readable()) {
        note = note.isEmpty() ? entry.problem() : entry.problem() + "; " + note;
      }
      notes.put(file, note);
      filesBySubmission.computeIfAbsent(owner, k -> new ArrayList<>()).add(file);
    }
    Set<String> unread =
        onDisk.stream()
            .filter(e -> !e.readable())
            .map(Location.Entry::path)
            .collect(Collectors.toSet());
    for (Map.Entry<String, List<String>> e : filesBySubmission.entrySet()) {
      submissions.computeIfAbsent(e.getKey(), id -> Submission.fromLayout(id, e.getValue()));
    }

    List<InputFile> files = new ArrayList<>();
    for (Submission s : submissions.values()) {
      List<String> present = filesBySubmission.getOrDefault(s.id(), List.of());
      List<String> ordered =
          new ArrayList<>(
              s.files().stream()
                  // a file listed twice is kept with its first owner only, missing or not
                  .filter(
                      f ->
                          s.id().equals(ownerOfListedFile.get(f))
                              && !present.contains(f)
                              && !isListedFolder(f, present))
                  .collect(Collectors.toList()));
      int index = 0;
      List<String> all = new ArrayList<>(present);
      all.sort(null);
      for (String f : all) {
        Location p = filesRoot.resolve(f);
        long size = unread.contains(f) ? -1 : size(p);
        String note = notes.getOrDefault(f, "");
        if (size < 0 && !unread.contains(f)) {
          // gone or unreadable since it was listed: its name stays out of the message
          note = "could not be examined: not read" + (note.isEmpty() ? "" : "; " + note);
        }
        files.add(
            new InputFile(p.toString(), f, s.id(), ++index, Math.max(0, size), size >= 0, note));
      }
      for (String missing : ordered) {
        files.add(
            new InputFile(
                filesRoot.resolve(missing).toString(),
                missing,
                s.id(),
                ++index,
                0,
                false,
                "listed in " + metadataFile + " but not found under files/"));
      }
    }
    return PublishedNames.publish(List.copyOf(submissions.values()), files, fileProblems, problems);
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

  /** The file's size, or -1 when it cannot be examined. */
  private static long size(Location p) {
    try {
      return p.size();
    } catch (IOException e) {
      return -1;
    }
  }
}
