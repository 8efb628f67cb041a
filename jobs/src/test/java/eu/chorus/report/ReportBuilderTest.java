package eu.chorus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The report's counting rules, without files. */
class ReportBuilderTest {

  @Test
  void heatIsNetSupportAsAShareOfTheCellInFiveSteps() {
    assertEquals("h-none", ReportBuilder.heat(0, 0, 0));
    assertEquals("h-s2", ReportBuilder.heat(5, 0, 5));
    assertEquals("h-s1", ReportBuilder.heat(3, 1, 5));
    assertEquals("h-0", ReportBuilder.heat(2, 2, 4));
    assertEquals("h-0", ReportBuilder.heat(0, 0, 3), "neutral and mixed only");
    assertEquals("h-o1", ReportBuilder.heat(1, 3, 5));
    assertEquals("h-o2", ReportBuilder.heat(0, 4, 4));
  }

  @Test
  void leadIsTheLargestStanceOrDividedOnATie() {
    assertEquals("SUPPORT", ReportBuilder.lead(ReportBuilder.cell(5, 2, 1, 0, 0, 0)));
    assertEquals("OPPOSE", ReportBuilder.lead(ReportBuilder.cell(1, 4, 0, 2, 0, 0)));
    assertEquals("DIVIDED", ReportBuilder.lead(ReportBuilder.cell(3, 3, 1, 0, 0, 0)));
    assertEquals("NONE", ReportBuilder.lead(ReportBuilder.cell(0, 0, 0, 0, 2, 40)));
  }
}
