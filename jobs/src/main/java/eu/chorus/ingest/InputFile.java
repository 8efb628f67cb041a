package eu.chorus.ingest;

import java.io.Serializable;

/**
 * One file of the export, joined to the submission it belongs to.
 *
 * @param path where to read it: an absolute local path, or a file-system URI ({@link
 *     eu.chorus.storage.Location})
 * @param relativePath its path under {@code files/}, as the manifest names it
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
    implements Serializable {}
