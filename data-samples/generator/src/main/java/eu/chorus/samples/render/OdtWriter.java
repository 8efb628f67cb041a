package eu.chorus.samples.render;

import eu.chorus.samples.compose.Block;
import eu.chorus.samples.compose.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * An OpenDocument text file, written by hand: {@code mimetype} stored first (as the ODF spec
 * requires, so that tools can sniff the type), then content, styles, metadata and manifest.
 */
final class OdtWriter implements DocumentWriter {

  private static final String NS =
      " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
          + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
          + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
          + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
          + " office:version=\"1.3\"";

  @Override
  public byte[] write(Document doc) throws IOException {
    DeterministicZip zip = new DeterministicZip(doc.created());
    zip.addStored(
        "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
    zip.add("content.xml", utf8(content(doc)));
    zip.add("styles.xml", utf8(styles()));
    zip.add("meta.xml", utf8(meta(doc)));
    zip.add("META-INF/manifest.xml", utf8(manifest()));
    return zip.finish();
  }

  private static String content(Document doc) {
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<office:document-content").append(NS).append(">");
    b.append("<office:automatic-styles>")
        .append("<style:style style:name=\"Bold\" style:family=\"text\">")
        .append("<style:text-properties fo:font-weight=\"bold\"/></style:style>")
        .append("</office:automatic-styles>");
    b.append("<office:body><office:text>");
    if (doc.showTitle()) {
      b.append("<text:p text:style-name=\"Title\">")
          .append(Xml.escape(doc.title()))
          .append("</text:p>");
    }
    int[] note = {0};
    int tables = 0;
    for (Block block : doc.blocks()) {
      if (block instanceof Block.Heading h) {
        int level = Math.min(2, h.level());
        b.append("<text:h text:style-name=\"Heading_20_")
            .append(level)
            .append("\" text:outline-level=\"")
            .append(level)
            .append("\">")
            .append(Xml.escape(h.text()))
            .append("</text:h>");
      } else if (block instanceof Block.Para p) {
        b.append("<text:p text:style-name=\"Text_20_body\">").append(Xml.escape(p.text()));
        for (String n : p.footnotes()) {
          note[0]++;
          b.append("<text:note text:id=\"ftn")
              .append(note[0])
              .append("\" text:note-class=\"footnote\">")
              .append("<text:note-citation>")
              .append(note[0])
              .append("</text:note-citation>")
              .append("<text:note-body><text:p text:style-name=\"Footnote\">")
              .append(Xml.escape(n))
              .append("</text:p></text:note-body></text:note>");
        }
        b.append("</text:p>");
      } else if (block instanceof Block.ListBlock list) {
        b.append("<text:list>");
        for (int i = 0; i < list.items().size(); i++) {
          String marker = list.ordered() ? (i + 1) + ". " : "";
          b.append("<text:list-item><text:p text:style-name=\"List_20_Paragraph\">")
              .append(Xml.escape(marker + list.items().get(i)))
              .append("</text:p></text:list-item>");
        }
        b.append("</text:list>");
      } else if (block instanceof Block.Table t) {
        tables++;
        b.append("<table:table table:name=\"Table").append(tables).append("\">");
        b.append("<table:table-column table:number-columns-repeated=\"")
            .append(t.header().size())
            .append("\"/>");
        b.append("<table:table-header-rows>");
        row(b, t.header(), true);
        b.append("</table:table-header-rows>");
        for (List<String> r : t.rows()) {
          row(b, r, false);
        }
        b.append("</table:table>");
      } else if (block instanceof Block.Question q) {
        b.append("<text:p text:style-name=\"Text_20_body\"><text:span text:style-name=\"Bold\">")
            .append(Xml.escape(q.label()))
            .append("<text:line-break/>")
            .append(Xml.escape(q.text()))
            .append("</text:span></text:p>");
      } else if (block instanceof Block.Lines lines) {
        b.append("<text:p text:style-name=\"Text_20_body\">");
        for (int i = 0; i < lines.lines().size(); i++) {
          if (i > 0) {
            b.append("<text:line-break/>");
          }
          b.append(Xml.escape(lines.lines().get(i)));
        }
        b.append("</text:p>");
      }
    }
    b.append("</office:text></office:body></office:document-content>\n");
    return b.toString();
  }

  private static void row(StringBuilder b, List<String> cells, boolean header) {
    b.append("<table:table-row>");
    for (String c : cells) {
      b.append("<table:table-cell office:value-type=\"string\"><text:p>");
      if (header) {
        b.append("<text:span text:style-name=\"Bold\">")
            .append(Xml.escape(c))
            .append("</text:span>");
      } else {
        b.append(Xml.escape(c));
      }
      b.append("</text:p></table:table-cell>");
    }
    b.append("</table:table-row>");
  }

  private static String styles() {
    return String.format(
        Locale.ROOT,
"""
<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles%s><office:styles>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Text_20_body" style:display-name="Text body" \
style:family="paragraph" style:parent-style-name="Standard">\
<style:paragraph-properties fo:margin-bottom="0.25cm"/></style:style>
<style:style style:name="Title" style:family="paragraph" \
style:parent-style-name="Standard">\
<style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" \
style:family="paragraph" style:default-outline-level="1">\
<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" \
style:family="paragraph" style:default-outline-level="2">\
<style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" \
style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Footnote" style:family="paragraph" \
style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
</office:styles></office:document-styles>
""",
        NS);
  }

  private static String meta(Document doc) {
    String created = doc.created().withNano(0).toString();
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<office:document-meta").append(NS).append("><office:meta>");
    b.append(
        "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64"
            + " LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>");
    b.append("<dc:title>").append(Xml.escape(doc.title())).append("</dc:title>");
    if (!doc.author().isEmpty()) {
      b.append("<meta:initial-creator>")
          .append(Xml.escape(doc.author()))
          .append("</meta:initial-creator>");
      b.append("<dc:creator>").append(Xml.escape(doc.author())).append("</dc:creator>");
    }
    b.append("<meta:creation-date>").append(created).append("</meta:creation-date>");
    b.append("<dc:date>").append(created).append("</dc:date>");
    b.append("<dc:language>").append(doc.language().code()).append("</dc:language>");
    b.append("</office:meta></office:document-meta>\n");
    return b.toString();
  }

  private static String manifest() {
    return
"""
<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest \
xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" \
manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
""";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
