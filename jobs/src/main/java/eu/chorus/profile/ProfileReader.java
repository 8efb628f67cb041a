package eu.chorus.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks the three files of a profile folder. Every problem is an {@link
 * IllegalStateException} whose message starts with the file (as {@code location + name}) and names
 * the entry: a profile is data that the run trusts, so a bad one stops it before any work.
 */
final class ProfileReader {

  /** Opens a file of the profile folder by name; null when it is not there. */
  interface Opener {
    InputStream open(String name) throws IOException;
  }

  private static final Pattern GROUP_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern TOPIC_CODE = Pattern.compile("[A-Z][A-Z0-9_]*\\.[A-Z0-9_]+");
  private static final Set<Stance> ANSWER_STANCES =
      Set.of(Stance.SUPPORT, Stance.OPPOSE, Stance.MIXED);

  private final String location;
  private final Opener files;
  private String file;

  /**
   * @param location the folder as messages name it, ending with '/'
   */
  ProfileReader(String location, Opener files) {
    this.location = location;
    this.files = files;
  }

  /**
   * @param expectedId the id the profile was asked for (its folder's name)
   */
  ConsultationProfile read(String expectedId) {
    JsonNode profile = json(ConsultationProfile.PROFILE_FILE);
    String id = text(profile, "id", "the profile");
    if (!id.equals(expectedId)) {
      throw problem("id '" + id + "' is not the folder's name '" + expectedId + "'");
    }
    String title = text(profile, "title", "the profile");
    List<StakeholderGroup> groups = new ArrayList<>();
    Map<String, StakeholderGroup> byPlatformType = new HashMap<>();
    Map<String, StakeholderGroup> byModelClass = new HashMap<>();
    for (JsonNode g : nonEmpty(profile, "groups")) {
      String code = text(g, "code", "group " + (groups.size() + 1));
      String entry = "group " + code;
      if (!GROUP_CODE.matcher(code).matches()) {
        throw problem(entry + ": a code is upper-case letters, digits and '_'");
      }
      if (groups.stream()
          .anyMatch(
              other ->
                  ConsultationProfile.key(other.code()).equals(ConsultationProfile.key(code)))) {
        throw problem(entry + " is listed twice");
      }
      String label = text(g, "label", entry);
      StakeholderGroup group =
          new StakeholderGroup(
              code, label, g.hasNonNull("shortLabel") ? text(g, "shortLabel", entry) : label);
      groups.add(group);
      for (String type : strings(g, "platformTypes", entry)) {
        claim(
            byPlatformType,
            ConsultationProfile.key(type),
            group,
            entry + ": platform type '" + type + "'");
      }
      for (String modelClass : strings(g, "fromModel", entry)) {
        claim(byModelClass, modelClass, group, entry + ": model class '" + modelClass + "'");
      }
    }
    String catchAllCode = text(profile, "catchAll", "the profile");
    StakeholderGroup catchAll =
        groups.stream()
            .filter(g -> g.code().equals(catchAllCode))
            .findFirst()
            .orElseThrow(() -> problem("catchAll '" + catchAllCode + "' is not one of the groups"));
    Codebook codebook = codebook();
    List<ClosedQuestion> questions = questions(codebook);
    return new ConsultationProfile(
        id, title, groups, catchAll, byPlatformType, byModelClass, codebook, questions);
  }

  private void claim(
      Map<String, StakeholderGroup> map, String key, StakeholderGroup group, String what) {
    if (key.isBlank()) {
      throw problem(what + " is blank");
    }
    StakeholderGroup before = map.putIfAbsent(key, group);
    if (before != null) {
      throw problem(what + " is already mapped to group " + before.code());
    }
  }

  private Codebook codebook() {
    JsonNode root = json(ConsultationProfile.CODEBOOK_FILE);
    Map<String, String> workingGroups = new LinkedHashMap<>();
    JsonNode wgs = root.path("workingGroups");
    if (!wgs.isObject() || wgs.isEmpty()) {
      throw problem("'workingGroups' must be an object of code: label, with at least one");
    }
    wgs.properties()
        .forEach(
            e ->
                workingGroups.put(
                    e.getKey(), text(wgs, e.getKey(), "working group " + e.getKey())));
    List<Topic> topics = new ArrayList<>();
    for (JsonNode t : nonEmpty(root, "topics")) {
      String code = text(t, "code", "topic " + (topics.size() + 1));
      String entry = "topic " + code;
      if (!TOPIC_CODE.matcher(code).matches()) {
        throw problem(entry + ": a code is <WORKING_GROUP>.<NAME> in upper case");
      }
      String wg = code.substring(0, code.indexOf('.'));
      if (!workingGroups.containsKey(wg)) {
        throw problem(
            entry
                + " names unknown working group "
                + wg
                + " (workingGroups: "
                + String.join(", ", workingGroups.keySet())
                + ")");
      }
      if (topics.stream().anyMatch(other -> other.code().equals(code))) {
        throw problem(entry + " is listed twice");
      }
      Map<String, List<String>> terms = new LinkedHashMap<>();
      JsonNode byLanguage = t.path("terms");
      if (!byLanguage.isObject() || byLanguage.isEmpty()) {
        throw problem(entry + ": 'terms' must be an object of language: [terms]");
      }
      byLanguage
          .fieldNames()
          .forEachRemaining(
              language -> {
                List<String> phrases = strings(byLanguage, language, entry + " terms");
                if (phrases.isEmpty()) {
                  throw problem(entry + ": no " + language + " terms");
                }
                terms.put(language, phrases);
              });
      Map<String, List<String>> alternatives = new LinkedHashMap<>();
      JsonNode alternativesByLanguage = t.path("alternatives");
      if (!alternativesByLanguage.isMissingNode() && !alternativesByLanguage.isObject()) {
        throw problem(entry + ": 'alternatives' must be an object of language: [phrases]");
      }
      alternativesByLanguage
          .fieldNames()
          .forEachRemaining(
              language ->
                  alternatives.put(
                      language,
                      strings(alternativesByLanguage, language, entry + " alternatives")));
      topics.add(
          new Topic(
              code,
              wg,
              text(t, "label", entry),
              text(t, "support", entry),
              text(t, "oppose", entry),
              terms,
              alternatives));
    }
    return new Codebook(root.path("version").asText(""), workingGroups, topics);
  }

  private List<ClosedQuestion> questions(Codebook codebook) {
    JsonNode root = json(ConsultationProfile.QUESTIONS_FILE);
    if (!root.isArray()) {
      throw problem("must be a list of questions");
    }
    Set<String> topics = new java.util.HashSet<>();
    codebook.topics().forEach(t -> topics.add(t.code()));
    List<ClosedQuestion> questions = new ArrayList<>();
    for (JsonNode q : root) {
      String entry = "question " + (questions.size() + 1);
      String startsWith = text(q, "startsWith", entry);
      String topic = text(q, "topic", entry);
      if (!topics.contains(topic)) {
        throw problem(
            entry
                + " names topic "
                + topic
                + ", which "
                + ConsultationProfile.CODEBOOK_FILE
                + " lacks");
      }
      String prefix = ClosedQuestion.normalise(startsWith);
      if (questions.stream()
          .map(other -> ClosedQuestion.normalise(other.startsWith()))
          .anyMatch(other -> other.startsWith(prefix) || prefix.startsWith(other))) {
        throw problem(entry + ": its start '" + startsWith + "' overlaps another question's");
      }
      Map<String, Stance> answers = new LinkedHashMap<>();
      JsonNode given = q.path("answers");
      if (!given.isObject() || given.isEmpty()) {
        throw problem(entry + ": 'answers' must be an object of answer: SUPPORT, OPPOSE or MIXED");
      }
      for (Map.Entry<String, JsonNode> a : given.properties()) {
        Stance stance =
            ANSWER_STANCES.stream()
                .filter(s -> s.name().equals(a.getValue().asText()))
                .findFirst()
                .orElseThrow(
                    () ->
                        problem(
                            entry
                                + ": answer '"
                                + a.getKey()
                                + "' gives '"
                                + a.getValue().asText()
                                + "', not SUPPORT, OPPOSE or MIXED"));
        String answer = ClosedQuestion.normalise(a.getKey());
        if (answers.keySet().stream().anyMatch(k -> ClosedQuestion.normalise(k).equals(answer))) {
          throw problem(entry + ": answer '" + a.getKey() + "' is listed twice");
        }
        answers.put(a.getKey(), stance);
      }
      questions.add(new ClosedQuestion(startsWith, topic, answers));
    }
    return questions;
  }

  private JsonNode json(String name) {
    file = name;
    try (InputStream in = files.open(name)) {
      if (in == null) {
        throw problem("missing");
      }
      return new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(in);
    } catch (IOException e) {
      throw problem("not valid JSON: " + e.getMessage());
    }
  }

  private String text(JsonNode node, String field, String entry) {
    JsonNode value = node.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw problem(entry + ": '" + field + "' must be a non-blank string");
    }
    return value.asText().strip();
  }

  private JsonNode array(JsonNode node, String field, String entry) {
    JsonNode value = node.path(field);
    if (!value.isArray()) {
      throw problem(entry + ": '" + field + "' must be a list");
    }
    return value;
  }

  /** A list of entries that must have at least one. */
  private JsonNode nonEmpty(JsonNode root, String field) {
    JsonNode list = array(root, field, "the file");
    if (list.isEmpty()) {
      throw problem("no " + field);
    }
    return list;
  }

  private List<String> strings(JsonNode node, String field, String entry) {
    List<String> values = new ArrayList<>();
    for (JsonNode v : array(node, field, entry)) {
      if (!v.isTextual() || v.asText().isBlank()) {
        throw problem(entry + ": '" + field + "' holds " + v + ", not a non-blank string");
      }
      values.add(v.asText().strip());
    }
    return values;
  }

  private IllegalStateException problem(String message) {
    return new IllegalStateException(location + file + ": " + message);
  }
}
