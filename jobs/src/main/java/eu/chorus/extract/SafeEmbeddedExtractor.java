package eu.chorus.extract;

import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;

/**
 * Parses embedded documents (ZIP entries, attachments) like Tika's default, except entries whose
 * names would escape the archive's folder: a respondent's archive must not be able to pose as a
 * file elsewhere, so their content is not read (the manifest says so).
 */
final class SafeEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

  SafeEmbeddedExtractor(ParseContext context) {
    super(context);
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    if (ArchiveCheck.unsafeName(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY))
        || ArchiveCheck.unsafeName(metadata.get(TikaCoreProperties.INTERNAL_PATH))) {
      return false;
    }
    return super.shouldParseEmbedded(metadata);
  }
}
