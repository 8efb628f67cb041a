package eu.chorus.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names under which outputs show submissions and files. A respondent who asked to stay
 * anonymous may have named their file after themselves ({@code Jane_Doe_response.txt}), or, in an
 * export without metadata, their folder, which then is the submission id. So every file of an
 * {@link Consent#ANONYMOUS} submission is published as {@code <submission id>/file-<n><.ext>}
 * ({@code n} its index in the submission, the extension only when it is a common document
 * format's), and a submission known only from the layout (no metadata row: its id would be a file
 * or folder name) as {@code ANON-<hash>}, a hash of that name, stable from night to night. The
 * original name stays only in {@link InputFile#path()}, used to read the bytes. Public respondents'
 * names and ids are kept as they are.
 */
public final class PublishedNames {

  /** Prefix of the ids given to submissions known only from the folder layout. */
  public static final String LAYOUT_ID_PREFIX = "ANON-";

  /** Extensions kept on an anonymous respondent's published file name; any other is dropped. */
  private static final Set<String> EXTENSIONS =
      Set.of(
          "pdf", "doc", "docx", "docm", "odt", "ott", "rtf", "txt", "text", "md", "html", "htm",
          "xhtml", "xml", "eml", "msg", "mbox", "zip", "7z", "gz", "tgz", "tar", "rar", "csv",
          "tsv", "xls", "xlsx", "ods", "ppt", "pptx", "odp", "svg", "png", "jpg", "jpeg", "gif",
          "tif", "tiff", "bmp", "webp", "json", "epub", "pages", "wpd");

  private static final int HASH_HEX_DIGITS = 10;

  private PublishedNames() {}

  /**
   * The id of a submission known only from a top-level file or folder under {@code files/}: {@code
   * ANON-} and the first hex digits of the SHA-256 of its name. Whoever already knows the name can
   * recognise its id; the id alone tells nothing of it.
   */
  public static String layoutId(String topLevelName) {
    return LAYOUT_ID_PREFIX + sha256(topLevelName).substring(0, HASH_HEX_DIGITS);
  }

  /**
   * An anonymous respondent's file as outputs name it: {@code <submission id>/file-<index><.ext>}.
   */
  public static String anonymousFile(String submissionId, int fileIndex, String originalName) {
    return submissionId + "/file-" + fileIndex + extension(originalName);
  }

  /**
   * {@code .pdf} for {@code a/Jane_Doe.PDF}; empty when the extension is not a known document
   * format's.
   */
  static String extension(String originalName) {
    String name = originalName.substring(originalName.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return "";
    }
    String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return EXTENSIONS.contains(extension) ? "." + extension : "";
  }

  /**
   * Publishes an export as read: anonymous submissions' files renamed, layout-only submissions
   * given neutral ids; the problems are rendered once the published names are known.
   */
  static Export publish(
      List<Submission> submissions,
      List<InputFile> files,
      List<ListingProblem> problems,
      List<String> otherProblems) {
    Map<String, String> idOf = new HashMap<>();
    Set<String> taken = new HashSet<>();
    submissions.stream().filter(Submission::fromMetadata).forEach(s -> taken.add(s.id()));
    for (Submission s : submissions) {
      if (s.fromMetadata()) {
        idOf.put(s.id(), s.id());
      } else {
        String id = layoutId(s.id());
        for (int n = 2; taken.contains(id); n++) {
          id = layoutId(s.id()) + "-" + n;
        }
        taken.add(id);
        idOf.put(s.id(), id);
      }
    }
    Map<String, Submission> byOriginalId = new HashMap<>();
    submissions.forEach(s -> byOriginalId.put(s.id(), s));
    Map<String, String> publishedFile = new HashMap<>();
    Map<String, List<String>> filesOf = new HashMap<>();
    List<InputFile> published = new ArrayList<>();
    for (InputFile f : files) {
      Submission owner = byOriginalId.get(f.submissionId());
      String id = idOf.get(f.submissionId());
      String name =
          owner.consent() == Consent.ANONYMOUS
              ? anonymousFile(id, f.fileIndex(), f.relativePath())
              : f.relativePath();
      publishedFile.put(f.relativePath(), name);
      filesOf.computeIfAbsent(f.submissionId(), k -> new ArrayList<>()).add(name);
      published.add(
          new InputFile(
              f.path(), name, id, f.fileIndex(), f.bytes(), f.present(), f.listingNote()));
    }
    List<Submission> renamed = new ArrayList<>();
    for (Submission s : submissions) {
      // A public respondent's listing shows a file that another, anonymous one kept by its
      // published name.
      List<String> listed =
          s.consent() == Consent.ANONYMOUS
              ? filesOf.getOrDefault(s.id(), List.of())
              : s.files().stream().map(f -> publishedFile.getOrDefault(f, f)).toList();
      renamed.add(s.renamed(idOf.get(s.id()), listed));
    }
    renamed.sort(Comparator.comparing(Submission::id));
    Map<String, Integer> order = new HashMap<>();
    renamed.forEach(s -> order.put(s.id(), order.size()));
    published.sort(
        Comparator.<InputFile>comparingInt(f -> order.get(f.submissionId()))
            .thenComparingInt(InputFile::fileIndex));
    List<String> all = new ArrayList<>(otherProblems);
    for (ListingProblem p : problems) {
      all.add(p.render(publishedFile.getOrDefault(p.file(), "a file")));
    }
    return new Export(renamed, published, all);
  }

  /**
   * A problem about a file, rendered with the file's published name once it is known.
   *
   * @param file its original path under {@code files/}
   * @param message the sentence, {@link #FILE} standing for the file's published name
   */
  record ListingProblem(String file, String message) {
    static final String FILE = "{file}";

    String render(String publishedName) {
      return message.replace(FILE, publishedName);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
