package eu.chorus.samples.render;

import eu.chorus.samples.compose.FileSpec;
import eu.chorus.samples.compose.FileSpec.DocumentFile;
import eu.chorus.samples.compose.FileSpec.EmailFile;
import eu.chorus.samples.compose.FileSpec.ZipBundle;
import eu.chorus.samples.plan.Format;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link FileSpec} into bytes, choosing the writer by format. */
public final class Renderer {

  private final Map<Format, DocumentWriter> writers = new EnumMap<>(Format.class);
  private final EmlWriter eml = new EmlWriter();

  public Renderer() {
    writers.put(Format.PDF, new PdfWriter());
    writers.put(Format.PDF_SCANNED, new ScannedPdfWriter());
    writers.put(Format.DOCX, new DocxWriter());
    writers.put(Format.ODT, new OdtWriter());
    writers.put(Format.RTF, new RtfWriter());
    writers.put(Format.HTML, new HtmlWriter());
    writers.put(Format.TXT, new TextWriter());
  }

  public byte[] render(FileSpec spec) throws IOException {
    if (spec instanceof DocumentFile f) {
      DocumentWriter w = writers.get(f.format());
      if (w == null) {
        throw new IllegalArgumentException(
            "no document writer for " + f.format() + ": " + f.path());
      }
      return w.write(f.document());
    }
    if (spec instanceof EmailFile e) {
      List<EmlWriter.Attachment> attachments = new ArrayList<>();
      for (DocumentFile a : e.attachments()) {
        String name = a.path().substring(a.path().lastIndexOf('/') + 1);
        attachments.add(new EmlWriter.Attachment(name, mediaType(a.format()), render(a)));
      }
      return eml.write(e, attachments);
    }
    ZipBundle z = (ZipBundle) spec;
    DeterministicZip zip = new DeterministicZip(z.documents().get(0).created());
    for (FileSpec entry : z.entries()) {
      zip.add(entry.path(), render(entry));
    }
    return zip.finish();
  }

  static String mediaType(Format format) {
    return switch (format) {
      case PDF, PDF_SCANNED -> "application/pdf";
      case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      case ODT -> "application/vnd.oasis.opendocument.text";
      case RTF -> "application/rtf";
      case HTML -> "text/html";
      case TXT -> "text/plain";
      case EML -> "message/rfc822";
      case ZIP -> "application/zip";
    };
  }
}
