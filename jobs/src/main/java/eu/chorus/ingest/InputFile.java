package eu.chorus.ingest;

import java.io.Serializable;

/**
 * One file of the export, joined to the submission it belongs to.
 *
 * @param path where to read it: an absolute local path, or a file-system URI ({@link
 *     eu.chorus.storage.Location}); used to read the bytes, never written to an output
 * @param relativePath its published name: its path under {@code files/}, or for an anonymous
 *     respondent a neutral one ({@link PublishedNames}); every output names the file so
 * @param fileIndex 1-based position among its submission's files, used in passage ids
 * @param listingNote empty, or why the file's attachment to a submission is unusual
 * @param present false when {@code submissions.csv} lists it but it is not on disk
 */
public record InputFile(
    String path,
    String relativePath,
    String submissionId,
    int fileIndex,
    long bytes,
    boolean present,
    String listingNote)
    implements Serializable {

  /**
   * A message about this file (a reader's error, which may quote where it read) with the real path
   * and file name replaced by the published name.
   */
  public String publish(String message) {
    if (message.isEmpty() || path.isEmpty()) {
      return message;
    }
    String published = message.replace(path, relativePath);
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    String publishedName = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    return name.isEmpty() || name.equals(publishedName)
        ? published
        : published.replace(name, publishedName);
  }
}
