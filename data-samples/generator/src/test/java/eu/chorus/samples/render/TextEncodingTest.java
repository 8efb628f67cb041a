package eu.chorus.samples.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextEncodingTest {

  @Test
  void rtfEscapesControlCharactersAndNonAscii() {
    assertEquals("caf\\u233? \\{x\\} \\\\ \\u8364?", RtfWriter.escape("café {x} \\ €"));
  }

  @Test
  void quotedPrintableEncodesUtf8EqualsAndTrailingSpace() {
    assertEquals("caf=C3=A9 =3D 1=20\r\nnext", EmlWriter.quotedPrintable("café = 1 \nnext"));
  }

  @Test
  void quotedPrintableLinesStayWithin76Characters() {
    String qp = EmlWriter.quotedPrintable("é".repeat(200));
    for (String line : qp.split("\r\n")) {
      assertTrue(line.length() <= 76, line);
    }
  }

  @Test
  void headerWordsAreEncodedOnlyWhenNotAscii() {
    assertEquals("Plain subject", EmlWriter.encodeWord("Plain subject"));
    assertEquals("=?UTF-8?B?UsOpcG9uc2U=?=", EmlWriter.encodeWord("Réponse"));
  }
}
