package eu.chorus.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.diff.RunDiff.Change;
import eu.chorus.diff.RunDiff.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDiffTest {

  @TempDir Path root;

  private Path run(String name, String submissions, String stances) throws IOException {
    Path dir = Files.createDirectories(root.resolve(name));
    Files.writeString(
        dir.resolve("submissions.csv"),
        "submission_id,organisation,stakeholder_group\r\n" + submissions);
    Files.writeString(
        dir.resolve("stances.csv"),
        "submission_id,topic,stance,confidence,passage_id\r\n" + stances);
    return dir;
  }

  @Test
  void reportsArrivalsWithdrawalsGroupAndStanceChanges() throws IOException {
    Path before =
        run(
            "night1",
            "A,,INDUSTRY\r\nB,,ACADEMIA\r\nC,,CIVIL_SOCIETY\r\n",
            "A,T1,SUPPORT,0.9,A:1:0001\r\nA,T2,OPPOSE,0.8,A:1:0002\r\nB,T1,MIXED,0.5,B:1:0001\r\nC,T1,SUPPORT,0.7,C:1:0001\r\n");
    Path after =
        run(
            "night2",
            "A,,INDUSTRY\r\nB,,INDUSTRY\r\nD,,ACADEMIA\r\n",
            "A,T1,OPPOSE,0.9,A:1:0001\r\nA,T3,SUPPORT,0.8,A:1:0003\r\nB,T1,MIXED,0.6,B:1:0001\r\nD,T1,SUPPORT,0.7,D:1:0001\r\n");

    List<Change> changes = RunDiff.between(before, after);

    assertEquals(
        List.of(
            new Change(Kind.NEW_SUBMISSION, "D", "", "", "ACADEMIA"),
            new Change(Kind.WITHDRAWN_SUBMISSION, "C", "", "CIVIL_SOCIETY", ""),
            new Change(Kind.GROUP_CHANGED, "B", "", "ACADEMIA", "INDUSTRY"),
            new Change(Kind.STANCE_CHANGED, "A", "T1", "SUPPORT", "OPPOSE"),
            new Change(Kind.TOPIC_ADDED, "A", "T3", "", "SUPPORT"),
            new Change(Kind.TOPIC_DROPPED, "A", "T2", "OPPOSE", "")),
        changes);
    assertTrue(RunDiff.text("night1", "night2", changes).contains("A × T1: SUPPORT → OPPOSE"));
  }

  @Test
  void identicalRunsHaveNoChanges() throws IOException {
    Path one = run("one", "A,,INDUSTRY\r\n", "A,T1,SUPPORT,0.9,A:1:0001\r\n");
    Path two = run("two", "A,,INDUSTRY\r\n", "A,T1,SUPPORT,0.9,A:1:0001\r\n");
    assertEquals(List.of(), RunDiff.between(one, two));
  }
}
