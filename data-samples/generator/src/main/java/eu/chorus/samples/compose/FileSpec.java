package eu.chorus.samples.compose;

import eu.chorus.samples.plan.Format;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A file to write, before rendering. {@link #path()} is relative to the submission's folder (or to
 * the ZIP root, for bundle entries) and uses {@code /}.
 */
public sealed interface FileSpec {

  String path();

  Format format();

  /** Every document the file carries, attachments and bundle entries included. */
  List<Document> documents();

  /** One document in one format. */
  record DocumentFile(String path, Format format, Document document) implements FileSpec {
    @Override
    public List<Document> documents() {
      return List.of(document);
    }
  }

  /**
   * An RFC 5322 message. The body document is rendered as text/plain (and text/html when {@code
   * html}); {@code attachments} are rendered in their own formats and attached base64-encoded.
   *
   * @param quotedPrintable body transfer encoding: quoted-printable, else base64
   */
  record EmailFile(
      String path,
      String fromName,
      String fromAddress,
      String subject,
      LocalDateTime sent,
      Document body,
      boolean html,
      boolean quotedPrintable,
      List<DocumentFile> attachments)
      implements FileSpec {

    public EmailFile {
      attachments = List.copyOf(attachments);
    }

    @Override
    public Format format() {
      return Format.EML;
    }

    @Override
    public List<Document> documents() {
      List<Document> all = new ArrayList<>(List.of(body));
      attachments.forEach(a -> all.add(a.document()));
      return all;
    }
  }

  /** A ZIP archive of other files, which may sit in folders inside it. */
  record ZipBundle(String path, List<FileSpec> entries) implements FileSpec {
    public ZipBundle {
      entries = List.copyOf(entries);
    }

    @Override
    public Format format() {
      return Format.ZIP;
    }

    @Override
    public List<Document> documents() {
      return entries.stream().flatMap(e -> e.documents().stream()).toList();
    }
  }
}
