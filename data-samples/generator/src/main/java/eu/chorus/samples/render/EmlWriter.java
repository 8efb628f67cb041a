package eu.chorus.samples.render;

import eu.chorus.samples.compose.FileSpec.EmailFile;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * An RFC 5322 message with MIME (RFC 2045-2047): a text/plain body (with a text/html alternative
 * for some), quoted-printable or base64, and base64 attachments. Boundaries and the Message-ID are
 * drawn from the body document's seed; lines end in CRLF.
 */
final class EmlWriter {

  /** The consultation's functional mailbox (fictional domain). */
  static final String TO =
      "GPAI Code of Practice consultation <gpai-cop-consultation@ai-office.europa.example>";

  private static final String CRLF = "\r\n";

  /** An attachment already rendered. */
  record Attachment(String fileName, String mediaType, byte[] bytes) {}

  byte[] write(EmailFile email, List<Attachment> attachments) {
    SplittableRandom rng = new SplittableRandom(email.body().seed() ^ 0x5DEECE66DL);
    String domain = email.fromAddress().substring(email.fromAddress().indexOf('@') + 1);
    String text = TextWriter.plain(email.body(), false, email.quotedPrintable() ? 0 : 76);
    StringBuilder m = new StringBuilder();
    header(m, "From", encodeWord(email.fromName()) + " <" + email.fromAddress() + ">");
    header(m, "To", TO);
    header(m, "Subject", encodeWord(email.subject()));
    header(
        m,
        "Date",
        email.sent().atZone(PdfWriter.BRUSSELS).format(DateTimeFormatter.RFC_1123_DATE_TIME));
    header(m, "Message-ID", "<" + hex(rng, 16) + "." + hex(rng, 8) + "@" + domain + ">");
    header(m, "MIME-Version", "1.0");
    header(
        m,
        "X-Mailer",
        List.of("Microsoft Outlook 16.0", "Thunderbird 115.14.0", "Apple Mail (2.3776)")
            .get(rng.nextInt(3)));
    String body = bodyPart(email, text, rng);
    if (attachments.isEmpty()) {
      m.append(body);
      return m.toString().getBytes(StandardCharsets.US_ASCII);
    }
    String boundary = "----=_Part_" + hex(rng, 12);
    header(m, "Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"");
    m.append(CRLF).append("This is a multi-part message in MIME format.").append(CRLF).append(CRLF);
    m.append("--").append(boundary).append(CRLF).append(body).append(CRLF);
    for (Attachment a : attachments) {
      m.append("--").append(boundary).append(CRLF);
      header(m, "Content-Type", a.mediaType() + "; name=\"" + a.fileName() + "\"");
      header(m, "Content-Disposition", "attachment; filename=\"" + a.fileName() + "\"");
      header(m, "Content-Transfer-Encoding", "base64");
      m.append(CRLF).append(base64(a.bytes())).append(CRLF);
    }
    m.append("--").append(boundary).append("--").append(CRLF);
    return m.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** The body as a part's headers and content: plain text, or plain and HTML alternatives. */
  private static String bodyPart(EmailFile email, String text, SplittableRandom rng) {
    StringBuilder p = new StringBuilder();
    if (!email.html()) {
      textPart(p, "text/plain", text, email.quotedPrintable());
      return p.toString();
    }
    String boundary = "----=_Alt_" + hex(rng, 12);
    header(p, "Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
    p.append(CRLF);
    p.append("--").append(boundary).append(CRLF);
    textPart(p, "text/plain", text, email.quotedPrintable());
    p.append(CRLF).append("--").append(boundary).append(CRLF);
    textPart(p, "text/html", html(text), email.quotedPrintable());
    p.append(CRLF).append("--").append(boundary).append("--").append(CRLF);
    return p.toString();
  }

  private static void textPart(StringBuilder p, String type, String content, boolean qp) {
    header(p, "Content-Type", type + "; charset=\"UTF-8\"");
    header(p, "Content-Transfer-Encoding", qp ? "quoted-printable" : "base64");
    p.append(CRLF);
    p.append(qp ? quotedPrintable(content) : base64(content.getBytes(StandardCharsets.UTF_8)));
    p.append(CRLF);
  }

  private static String html(String text) {
    StringBuilder h = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
    for (String para : text.split("\n\n")) {
      h.append("<p>").append(Xml.escape(para).replace("\n", "<br>")).append("</p>\n");
    }
    return h.append("</body></html>\n").toString();
  }

  private static void header(StringBuilder m, String name, String value) {
    m.append(name).append(": ").append(value).append(CRLF);
  }

  /** RFC 2047 encoded-word for non-ASCII header text; ASCII passes unchanged. */
  static String encodeWord(String text) {
    if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
      return text;
    }
    return "=?UTF-8?B?"
        + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
        + "?=";
  }

  static String base64(byte[] bytes) {
    return Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII))
        .encodeToString(bytes);
  }

  /** RFC 2045 quoted-printable of UTF-8 text with "\n" line ends; soft breaks at 76 columns. */
  static String quotedPrintable(String text) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int li = 0; li < lines.length; li++) {
      byte[] bytes = lines[li].getBytes(StandardCharsets.UTF_8);
      int col = 0;
      for (int i = 0; i < bytes.length; i++) {
        int b = bytes[i] & 0xFF;
        boolean last = i == bytes.length - 1;
        String token;
        if ((b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last)) {
          token = String.valueOf((char) b);
        } else {
          token = String.format(Locale.ROOT, "=%02X", b);
        }
        if (col + token.length() > 75) {
          out.append('=').append(CRLF);
          col = 0;
        }
        out.append(token);
        col += token.length();
      }
      if (li < lines.length - 1) {
        out.append(CRLF);
      }
    }
    return out.toString();
  }

  private static String hex(SplittableRandom rng, int chars) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < chars; i++) {
      b.append(Character.forDigit(rng.nextInt(16), 16));
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }
}
