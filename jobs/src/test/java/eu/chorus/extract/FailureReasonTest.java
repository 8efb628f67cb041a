package eu.chorus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** Tika's guards all call themselves "zip bomb"; the reason says which one tripped. */
class FailureReasonTest {

  private static String describe(String tikaMessage) {
    return FailureReason.describe(
        new TikaException("Zip bomb detected!", new SAXException(tikaMessage)), "XML");
  }

  @Test
  void deepPackageNestingIsNotCalledAnExpansion() {
    assertEquals(
        "archives or attachments nested 10 levels deep: reading stopped there",
        describe("Suspected zip bomb: 10 levels of package entry nesting"));
  }

  @Test
  void deepElementNestingSaysSo() {
    assertEquals(
        "XML file nests its elements 100 levels deep: reading stopped there",
        describe("Suspected zip bomb: 100 levels of XML element nesting"));
  }

  @Test
  void textOutOfProportionToTheInputIsASuspectedBomb() {
    assertEquals(
        "the file expands to over 100 characters of text per byte (suspected zip bomb): reading stopped there",
        describe("Suspected zip bomb: 10000 input bytes produced 1000001 output characters"));
  }
}
