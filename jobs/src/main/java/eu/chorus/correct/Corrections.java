package eu.chorus.correct;

import eu.chorus.classify.GroupAssignment;
import eu.chorus.classify.GroupSource;
import eu.chorus.classify.StanceFinding;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.profile.StakeholderGroup;
import eu.chorus.profile.Stance;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The analysts' corrections ({@code overrides.csv}) a run applies over the models' findings:
 * stakeholder group, stance on a topic, campaign membership, exclusion from the synthesis. Lines
 * that name an unknown submission, topic, field or value are rejected with a reason, never silently
 * skipped; of two lines correcting the same finding, the later one in the file wins.
 */
public final class Corrections {

  /** The columns of overrides.csv. */
  public static final List<String> COLUMNS =
      List.of("submission_id", "field", "value", "analyst", "reason", "date");

  /** A line that could not be applied, and why. */
  public record Rejected(Correction correction, String problem) {}

  /** A correction as applied: the finding's value before it. */
  public record Applied(Correction correction, String previous) {}

  private final ConsultationProfile profile;
  private final Map<String, Correction> byFinding;
  private final List<Rejected> rejected;
  private final List<Applied> applied = new ArrayList<>();

  private Corrections(
      ConsultationProfile profile, Map<String, Correction> byFinding, List<Rejected> rejected) {
    this.profile = profile;
    this.byFinding = byFinding;
    this.rejected = rejected;
  }

  public static Corrections none() {
    return new Corrections(null, Map.of(), List.of());
  }

  /**
   * Reads and checks overrides.csv against the run's submissions and the consultation profile's
   * stakeholder groups and codebook topics.
   *
   * @throws IllegalArgumentException when the file lacks a required column
   */
  public static Corrections read(Path csv, Set<String> submissionIds, ConsultationProfile profile)
      throws IOException {
    List<Correction> lines = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(in)) {
      for (String column : COLUMNS.subList(0, 3)) {
        if (!parser.getHeaderNames().contains(column)) {
          throw new IllegalArgumentException(
              csv
                  + " has no column '"
                  + column
                  + "' (expected: "
                  + String.join(",", COLUMNS)
                  + ")");
        }
      }
      for (CSVRecord r : parser) {
        lines.add(
            new Correction(
                (int) r.getRecordNumber() + 1,
                get(r, "submission_id"),
                get(r, "field"),
                get(r, "value"),
                get(r, "analyst"),
                get(r, "reason"),
                get(r, "date")));
      }
    }
    return check(lines, submissionIds, profile);
  }

  static Corrections check(
      List<Correction> lines, Set<String> submissionIds, ConsultationProfile profile) {
    Set<String> topics = Set.copyOf(profile.codebook().codes());
    Map<String, Correction> byFinding = new LinkedHashMap<>();
    List<Rejected> rejected = new ArrayList<>();
    for (Correction c : lines) {
      String problem = problem(c, submissionIds, topics, profile);
      if (problem != null) {
        rejected.add(new Rejected(c, problem));
      } else {
        byFinding.put(c.submissionId() + "\t" + c.field(), normalised(c, profile));
      }
    }
    return new Corrections(profile, byFinding, rejected);
  }

  private static String problem(
      Correction c, Set<String> submissionIds, Set<String> topics, ConsultationProfile profile) {
    if (!submissionIds.contains(c.submissionId())) {
      return "no submission '" + c.submissionId() + "' in this export";
    }
    String value = c.value().toUpperCase(Locale.ROOT);
    if (c.field().equals(Correction.GROUP)) {
      return profile.group(c.value()).isPresent()
          ? null
          : "'"
              + c.value()
              + "' is not a stakeholder group code of "
              + profile.id()
              + " ("
              + String.join(", ", profile.groupCodes())
              + ")";
    }
    if (c.isStance()) {
      if (!topics.contains(c.topic())) {
        return "no topic '" + c.topic() + "' in the codebook";
      }
      return value.equals("NONE")
              || List.of("SUPPORT", "OPPOSE", "MIXED", "NEUTRAL").contains(value)
          ? null
          : "'" + c.value() + "' is not a stance (SUPPORT, OPPOSE, MIXED, NEUTRAL or NONE)";
    }
    if (c.field().equals(Correction.CAMPAIGN)) {
      return null;
    }
    if (c.field().equals(Correction.EXCLUDE)) {
      return value.equals("TRUE") || value.equals("FALSE")
          ? null
          : "exclude takes true or false, not '" + c.value() + "'";
    }
    return "unknown field '"
        + c.field()
        + "' (stakeholder_group, stance:<topic>, campaign_id or exclude)";
  }

  private static Correction normalised(Correction c, ConsultationProfile profile) {
    String value =
        c.field().equals(Correction.CAMPAIGN) ? c.value() : c.value().toUpperCase(Locale.ROOT);
    if (c.field().equals(Correction.GROUP)) {
      value = profile.group(c.value()).orElseThrow().code();
    }
    return new Correction(
        c.line(), c.submissionId(), c.field(), value, c.analyst(), c.reason(), c.date());
  }

  private static String get(CSVRecord r, String column) {
    return r.isMapped(column) && r.isSet(column) ? r.get(column).trim() : "";
  }

  public List<Rejected> rejected() {
    return List.copyOf(rejected);
  }

  /** The corrections applied so far, with the values they replaced, in the order applied. */
  public List<Applied> applied() {
    return List.copyOf(applied);
  }

  private Optional<Correction> find(String submissionId, String field) {
    return Optional.ofNullable(byFinding.get(submissionId + "\t" + field));
  }

  /** The group an analyst set, with source {@code OVERRIDE}; the model's inference is kept. */
  public GroupAssignment group(String submissionId, GroupAssignment found) {
    return find(submissionId, Correction.GROUP)
        .map(
            c -> {
              applied.add(new Applied(c, found.group().code()));
              StakeholderGroup group = profile.group(c.value()).orElseThrow();
              return new GroupAssignment(
                  group,
                  GroupSource.OVERRIDE,
                  1.0,
                  found.inferred(),
                  found.inferredConfidence(),
                  !found.inferred().equals(group));
            })
        .orElse(found);
  }

  /**
   * The stances with the analysts' corrections: a changed stance keeps its evidence passage, a
   * stance the models missed is added without one, {@code NONE} removes the finding.
   */
  public List<StanceFinding> stances(Collection<StanceFinding> found) {
    Map<String, StanceFinding> byKey = new TreeMap<>();
    found.forEach(s -> byKey.put(s.submissionId() + "\t" + s.topic(), s));
    for (Correction c : byFinding.values()) {
      if (!c.isStance()) {
        continue;
      }
      String key = c.submissionId() + "\t" + c.topic();
      StanceFinding before = byKey.remove(key);
      applied.add(new Applied(c, before == null ? "NONE" : before.stance().name()));
      if (!c.value().equals("NONE")) {
        byKey.put(
            key,
            new StanceFinding(
                c.submissionId(),
                c.topic(),
                Stance.valueOf(c.value()),
                1.0,
                before == null ? "" : before.passageId(),
                GroupSource.OVERRIDE));
      }
    }
    return new ArrayList<>(byKey.values());
  }

  /** Campaign membership (submission id → campaign id) with the analysts' corrections. */
  public Map<String, String> campaigns(Map<String, String> found) {
    Map<String, String> campaignOf = new TreeMap<>(found);
    for (Correction c : byFinding.values()) {
      if (c.field().equals(Correction.CAMPAIGN)) {
        applied.add(new Applied(c, found.getOrDefault(c.submissionId(), "")));
        if (c.value().isEmpty()) {
          campaignOf.remove(c.submissionId());
        } else {
          campaignOf.put(c.submissionId(), c.value());
        }
      }
    }
    return campaignOf;
  }

  /** The submissions an analyst excluded from the synthesis (they stay in submissions.csv). */
  public Set<String> excluded() {
    Set<String> excluded = new java.util.TreeSet<>();
    for (Correction c : byFinding.values()) {
      if (c.field().equals(Correction.EXCLUDE)) {
        applied.add(new Applied(c, "FALSE"));
        if (c.value().equals("TRUE")) {
          excluded.add(c.submissionId());
        }
      }
    }
    return excluded;
  }
}
