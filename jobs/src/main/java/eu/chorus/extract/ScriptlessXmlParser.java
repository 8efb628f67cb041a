package eu.chorus.extract;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.xml.DcXMLParser;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's parser of generic XML and SVG (all text content, Dublin Core metadata), except that the
 * content of {@code script} and {@code style} elements, in any namespace (an SVG script, an XHTML
 * script inside {@code foreignObject}), is not text: code and style sheets are no part of a
 * respondent's words, as the HTML parser already has it.
 */
final class ScriptlessXmlParser extends DcXMLParser {

  private static final long serialVersionUID = 1L;
  private static final Set<String> NOT_TEXT = Set.of("script", "style");

  @Override
  protected ContentHandler getContentHandler(
      ContentHandler handler, Metadata metadata, ParseContext context) {
    return new WithoutScripts(super.getContentHandler(handler, metadata, context));
  }

  /** Passes everything on but the characters inside script and style elements. */
  private static final class WithoutScripts extends ContentHandlerDecorator {
    private int inside;

    WithoutScripts(ContentHandler handler) {
      super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts)
        throws SAXException {
      String local =
          (localName == null || localName.isEmpty() ? name : localName).toLowerCase(Locale.ROOT);
      if (inside > 0 || NOT_TEXT.contains(local.substring(local.indexOf(':') + 1))) {
        inside++;
      }
      super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
      if (inside > 0) {
        inside--;
      }
      super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (inside == 0) {
        super.characters(ch, start, length);
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      if (inside == 0) {
        super.ignorableWhitespace(ch, start, length);
      }
    }
  }
}
