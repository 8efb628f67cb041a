package eu.chorus.correct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.classify.GroupAssignment;
import eu.chorus.classify.GroupSource;
import eu.chorus.classify.StanceFinding;
import eu.chorus.profile.GpaiProfile;
import eu.chorus.profile.Stance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionsTest {

  private static final Set<String> SUBMISSIONS = Set.of("CP-0001", "CP-0002");

  private static Corrections read(Path dir, String... lines) throws Exception {
    Path csv = dir.resolve("overrides.csv");
    Files.writeString(
        csv,
        "submission_id,field,value,analyst,reason,date\n" + String.join("\n", lines) + "\n",
        StandardCharsets.UTF_8);
    return Corrections.read(csv, SUBMISSIONS, GpaiProfile.PROFILE);
  }

  @Test
  void aGroupCorrectionReplacesTheGroupAndKeepsTheModelsInference(@TempDir Path dir)
      throws Exception {
    Corrections c = read(dir, "CP-0001,stakeholder_group,academia,ana,university lab,2026-11-30");
    GroupAssignment model =
        new GroupAssignment(
            GpaiProfile.OTHER, GroupSource.MODEL, 0.6, GpaiProfile.OTHER, 0.6, false);
    GroupAssignment corrected = c.group("CP-0001", model);
    assertEquals(GpaiProfile.ACADEMIA, corrected.group());
    assertEquals(GroupSource.OVERRIDE, corrected.source());
    assertEquals(GpaiProfile.OTHER, corrected.inferred());
    assertEquals(model, c.group("CP-0002", model), "an uncorrected submission keeps its group");
    assertEquals("OTHER", c.applied().get(0).previous());
  }

  @Test
  void stanceCorrectionsChangeAddAndRemoveFindings(@TempDir Path dir) throws Exception {
    Corrections c =
        read(
            dir,
            "CP-0001,stance:WG1.COPYRIGHT_POLICY,oppose,ana,misread irony,2026-11-30",
            "CP-0001,stance:WG4.WHISTLEBLOWING,SUPPORT,ana,missed annex,2026-11-30",
            "CP-0002,stance:WG1.COPYRIGHT_POLICY,NONE,ben,passing mention,2026-12-01");
    List<StanceFinding> corrected =
        c.stances(
            List.of(
                new StanceFinding(
                    "CP-0001", "WG1.COPYRIGHT_POLICY", Stance.SUPPORT, 0.7, "CP-0001:0:0003"),
                new StanceFinding(
                    "CP-0002", "WG1.COPYRIGHT_POLICY", Stance.NEUTRAL, 0.5, "CP-0002:0:0001")));
    assertEquals(
        List.of(
            new StanceFinding(
                "CP-0001",
                "WG1.COPYRIGHT_POLICY",
                Stance.OPPOSE,
                1.0,
                "CP-0001:0:0003",
                GroupSource.OVERRIDE),
            new StanceFinding(
                "CP-0001", "WG4.WHISTLEBLOWING", Stance.SUPPORT, 1.0, "", GroupSource.OVERRIDE)),
        corrected);
    assertEquals(
        List.of("SUPPORT", "NONE", "NEUTRAL"),
        c.applied().stream().map(Corrections.Applied::previous).toList());
  }

  @Test
  void linesNamingWhatDoesNotExistAreRejectedWithAReason(@TempDir Path dir) throws Exception {
    Corrections c =
        read(
            dir,
            "CP-9999,stakeholder_group,ACADEMIA,ana,,",
            "CP-0001,stance:WG9.NOTHING,SUPPORT,ana,,",
            "CP-0001,stance:WG1.COPYRIGHT_POLICY,LOVE,ana,,",
            "CP-0001,mood,happy,ana,,",
            "CP-0001,stakeholder_group,ROBOTS,ana,,",
            "CP-0001,exclude,maybe,ana,,");
    List<String> problems = c.rejected().stream().map(Corrections.Rejected::problem).toList();
    assertEquals(6, problems.size());
    assertTrue(problems.get(0).contains("no submission 'CP-9999'"), problems.get(0));
    assertTrue(problems.get(1).contains("no topic 'WG9.NOTHING'"), problems.get(1));
    assertTrue(problems.get(2).contains("not a stance"), problems.get(2));
    assertTrue(problems.get(3).contains("unknown field 'mood'"), problems.get(3));
    assertTrue(problems.get(4).contains("not a stakeholder group"), problems.get(4));
    assertTrue(problems.get(5).contains("exclude takes true or false"), problems.get(5));
    assertEquals(
        List.of(2, 3, 4, 5, 6, 7), c.rejected().stream().map(r -> r.correction().line()).toList());
  }

  @Test
  void theLaterOfTwoLinesOnOneFindingWins(@TempDir Path dir) throws Exception {
    Corrections c =
        read(
            dir,
            "CP-0001,stakeholder_group,ACADEMIA,ana,,2026-11-30",
            "CP-0001,stakeholder_group,CIVIL_SOCIETY,ben,checked the statutes,2026-12-01");
    GroupAssignment model =
        new GroupAssignment(
            GpaiProfile.OTHER, GroupSource.MODEL, 0.6, GpaiProfile.OTHER, 0.6, false);
    assertEquals(GpaiProfile.CIVIL_SOCIETY, c.group("CP-0001", model).group());
  }

  @Test
  void campaignMembershipAndExclusionAreCorrectable(@TempDir Path dir) throws Exception {
    Corrections c =
        read(
            dir,
            "CP-0001,campaign_id,,ana,own letter after all,2026-11-30",
            "CP-0002,campaign_id,CAMP-02,ana,same template,2026-11-30",
            "CP-0002,exclude,true,ana,duplicate of CP-0001,2026-11-30");
    assertEquals(Map.of("CP-0002", "CAMP-02"), c.campaigns(Map.of("CP-0001", "CAMP-01")));
    assertEquals(Set.of("CP-0002"), c.excluded());
  }
}
