package eu.chorus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SAX handler over Tika's XHTML that keeps page boundaries ({@code <div class="page">}, which
 * Tika emits for PDF pages) and paragraph boundaries (block elements become blank lines). It stops
 * the parse once {@code maxChars} characters are collected.
 */
final class PageCollector extends DefaultHandler {

  /** Thrown to stop parsing when the text limit is reached; caught by the extractor. */
  static final class LimitReached extends SAXException {
    LimitReached(int limit) {
      super("text limit of " + limit + " characters reached");
    }
  }

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "tr",
          "table",
          "blockquote",
          "pre",
          "ul",
          "ol",
          "dd",
          "dt",
          "section",
          "article");

  private final int maxChars;
  private final List<String> pages = new ArrayList<>();
  private StringBuilder current = new StringBuilder();
  private int total;
  private int skipDepth;
  private boolean sawPageMarker;

  PageCollector(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName.isEmpty() ? qName : localName;
    name = name.toLowerCase(Locale.ROOT);
    if (name.equals("head") || name.equals("script") || name.equals("style")) {
      skipDepth++;
      return;
    }
    if (name.equals("div") && "page".equals(atts.getValue("class"))) {
      // Text before the first page (e.g. a cover letter in a ZIP before a PDF annex) becomes a
      // page only if it has content; after that, blank pages are kept so numbers stay true.
      if (sawPageMarker || !current.toString().isBlank()) {
        pages.add(current.toString());
      }
      current = new StringBuilder();
      sawPageMarker = true;
    } else if (name.equals("br")) {
      current.append('\n');
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = (localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    if (name.equals("head") || name.equals("script") || name.equals("style")) {
      skipDepth = Math.max(0, skipDepth - 1);
      return;
    }
    if (BLOCKS.contains(name)) {
      current.append("\n\n");
    } else if (name.equals("td") || name.equals("th")) {
      current.append(' ');
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipDepth > 0) {
      return;
    }
    int room = maxChars - total;
    if (room <= 0) {
      throw new LimitReached(maxChars);
    }
    int n = Math.min(room, length);
    current.append(ch, start, n);
    total += n;
    if (n < length) {
      throw new LimitReached(maxChars);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  boolean sawPageMarkers() {
    return sawPageMarker;
  }

  /** The pages collected so far, the open one included; page i of the document is index i-1. */
  List<String> pages() {
    List<String> result = new ArrayList<>(pages);
    if (sawPageMarker || !current.toString().isBlank()) {
      result.add(current.toString());
    }
    return result;
  }
}
