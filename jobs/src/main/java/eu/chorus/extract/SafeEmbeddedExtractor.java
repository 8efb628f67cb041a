package eu.chorus.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses embedded documents (ZIP entries, attachments) like Tika's default, except:
 *
 * <ul>
 *   <li>entries whose names would escape the archive's folder: a respondent's archive must not be
 *       able to pose as a file elsewhere, so their content is not read (the manifest says so);
 *   <li>documents nested deeper than {@link ArchiveCheck#MAX_LEVELS} (archives in archives in
 *       archives...): the inner levels are not read, and {@link #skippedTooDeep()} says so. One
 *       instance serves one parse, all of its levels.
 * </ul>
 */
final class SafeEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

  private int depth;
  private volatile boolean tooDeep;

  SafeEmbeddedExtractor(ParseContext context) {
    super(context);
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    if (ArchiveCheck.unsafeName(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY))
        || ArchiveCheck.unsafeName(metadata.get(TikaCoreProperties.INTERNAL_PATH))) {
      return false;
    }
    if (depth >= ArchiveCheck.MAX_LEVELS) {
      tooDeep = true;
      return false;
    }
    return super.shouldParseEmbedded(metadata);
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    if (depth >= ArchiveCheck.MAX_LEVELS) {
      tooDeep = true;
      return;
    }
    depth++;
    try {
      super.parseEmbedded(stream, handler, metadata, outputHtml);
    } finally {
      depth--;
    }
  }

  /** True when some document lay deeper than {@link ArchiveCheck#MAX_LEVELS} and was not read. */
  boolean skippedTooDeep() {
    return tooDeep;
  }
}
