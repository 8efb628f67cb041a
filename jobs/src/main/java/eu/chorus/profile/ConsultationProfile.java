package eu.chorus.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Chorus knows about one consultation, as data: its stakeholder groups (in the order tables
 * and the report list them, with the platform's respondent types and the group model's classes that
 * map to each), its codebook, and its closed questions. Read from the classpath folder {@code
 * chorus/profiles/<id>/} of nlp-models: {@code profile.json}, {@code codebook.json}, {@code
 * questions.json}; {@code chorus/profiles/profiles.txt} lists the ids. Immutable.
 *
 * <p>A run's profile is the {@code consultation} setting ({@code chorus run --consultation <id>});
 * run.json records it, so that the commands reading a run folder use the same.
 */
public final class ConsultationProfile implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The classpath folder of the profiles. */
  public static final String ROOT = "chorus/profiles/";

  /** The list of profile ids, one a line ('#' starts a comment). */
  public static final String INDEX = ROOT + "profiles.txt";

  public static final String PROFILE_FILE = "profile.json";
  public static final String CODEBOOK_FILE = "codebook.json";
  public static final String QUESTIONS_FILE = "questions.json";

  /** The setting naming a run's profile, and run.json's field recording it. */
  public static final String SETTING = "consultation";

  private final String id;
  private final String title;
  private final List<StakeholderGroup> groups;
  private final StakeholderGroup catchAll;
  private final Map<String, StakeholderGroup> byPlatformType;
  private final Map<String, StakeholderGroup> byModelClass;
  private final Codebook codebook;
  private final List<ClosedQuestion> questions;

  ConsultationProfile(
      String id,
      String title,
      List<StakeholderGroup> groups,
      StakeholderGroup catchAll,
      Map<String, StakeholderGroup> byPlatformType,
      Map<String, StakeholderGroup> byModelClass,
      Codebook codebook,
      List<ClosedQuestion> questions) {
    this.id = id;
    this.title = title;
    this.groups = List.copyOf(groups);
    this.catchAll = catchAll;
    this.byPlatformType = Map.copyOf(byPlatformType);
    this.byModelClass = Map.copyOf(byModelClass);
    this.codebook = codebook;
    this.questions = List.copyOf(questions);
  }

  /**
   * The profile with this id, from the classpath.
   *
   * @throws IllegalArgumentException for an id that is not a known profile (the message lists them)
   * @throws IllegalStateException when a file of the profile is missing or wrong (the message names
   *     the file and the entry)
   */
  public static ConsultationProfile load(String id) {
    String folder = ROOT + checkKnown(id) + "/";
    ClassLoader loader = ConsultationProfile.class.getClassLoader();
    return new ProfileReader(folder, name -> loader.getResourceAsStream(folder + name)).read(id);
  }

  /**
   * A profile from a folder on disk (its name is the id), read and checked as {@link #load} does.
   */
  public static ConsultationProfile read(Path folder) {
    String id = folder.getFileName().toString();
    return new ProfileReader(
            folder + "/",
            name -> {
              Path file = folder.resolve(name);
              return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
            })
        .read(id);
  }

  /** The ids of the profiles on the classpath, in the order {@code profiles.txt} lists them. */
  public static List<String> known() {
    try (InputStream in = ConsultationProfile.class.getClassLoader().getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new IllegalStateException("consultation profiles not on the classpath: " + INDEX);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
  }

  /**
   * @return {@code id}, when it names a known profile
   * @throws IllegalArgumentException otherwise, listing the known profiles
   */
  public static String checkKnown(String id) {
    List<String> known = known();
    if (!known.contains(id)) {
      throw new IllegalArgumentException(
          "unknown consultation '" + id + "'; known profiles: " + String.join(", ", known));
    }
    return id;
  }

  /** The profile of runs that name none: the first one {@code profiles.txt} lists. */
  public static String defaultId() {
    return known().get(0);
  }

  /**
   * The profile a run folder was analysed with, as its run.json records it; the default profile for
   * a run folder without one (runs from before profiles were recorded, hand-made folders).
   */
  public static ConsultationProfile ofRun(Path runFolder) {
    Path runJson = runFolder.resolve("run.json");
    String id = "";
    if (Files.isRegularFile(runJson)) {
      try {
        id = new ObjectMapper().readTree(runJson.toFile()).path(SETTING).asText("");
      } catch (IOException e) {
        // a damaged run.json names no profile: the default one reads the tables
      }
    }
    return load(id.isBlank() ? defaultId() : id);
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /**
   * Every group, in the profile's order: the order of report columns and of the tables' group
   * columns.
   */
  public List<StakeholderGroup> groups() {
    return groups;
  }

  /** The group codes, in the profile's order. */
  public List<String> groupCodes() {
    return groups.stream().map(StakeholderGroup::code).toList();
  }

  /**
   * The group of respondents who fit no other: a declared catch-all is weak evidence (see the
   * classifier).
   */
  public StakeholderGroup catchAll() {
    return catchAll;
  }

  /** The group with this code (case, spaces, '-' and '_' ignored). */
  public Optional<StakeholderGroup> group(String code) {
    String key = key(code);
    return groups.stream().filter(g -> key(g.code()).equals(key)).findFirst();
  }

  /**
   * The position of a group code in {@link #groups()}; after every group for a code the profile
   * lacks.
   */
  public int order(String code) {
    return group(code).map(groups::indexOf).orElse(groups.size());
  }

  /**
   * The group a platform's respondent type names (case, spaces, '-' and '_' ignored); empty for any
   * other.
   */
  public Optional<StakeholderGroup> declaredGroup(String platformType) {
    return Optional.ofNullable(byPlatformType.get(key(platformType)));
  }

  /**
   * The group a class of the group model stands for in this consultation; empty for a class it does
   * not map.
   */
  public Optional<StakeholderGroup> groupForModelClass(String modelClass) {
    return Optional.ofNullable(byModelClass.get(modelClass));
  }

  public Codebook codebook() {
    return codebook;
  }

  /** The closed questions that speak to a topic, in the profile's order. */
  public List<ClosedQuestion> questions() {
    return questions;
  }

  /** The closed question whose header this is (it may carry trailing text and line breaks). */
  public Optional<ClosedQuestion> closedQuestionFor(String header) {
    return questions.stream().filter(q -> q.matches(header)).findFirst();
  }

  /** A code or platform type as compared: lower case, runs of spaces, '-' and '_' as one space. */
  static String key(String value) {
    return value == null ? "" : value.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
  }

  @Override
  public String toString() {
    return id;
  }
}
