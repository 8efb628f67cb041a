package eu.chorus.export;

import eu.chorus.output.RunTable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which rows of a run's tables an analyst's extract keeps: those about the chosen topics and
 * stakeholder groups. A topic is chosen by its code or by a prefix ending a code part ({@code WG1}
 * chooses every {@code WG1.*} topic). Empty choices keep everything.
 *
 * <p>Tables are filtered by their own columns where they have them ({@code topic}, {@code
 * stakeholder_group}); otherwise through the submissions they name: a stance row by its
 * submission's group, a submission by its group and by the topics it takes a stance on, a campaign
 * by its members, a position by its count column for each chosen group.
 */
public record ExportFilter(List<String> topics, List<String> groups) {

  public ExportFilter {
    topics = List.copyOf(topics);
    groups = List.copyOf(groups);
  }

  public boolean keepsTopic(String topic) {
    return topics.isEmpty()
        || topics.stream().anyMatch(t -> topic.equals(t) || topic.startsWith(t + "."));
  }

  public boolean keepsGroup(String group) {
    return groups.isEmpty() || groups.contains(group);
  }

  /**
   * Filters the tables of one run.
   *
   * @param tables by name; {@code submissions} and {@code stances} are needed to filter others
   */
  public Map<String, RunTable> apply(Map<String, RunTable> tables) {
    RunTable submissions = tables.get("submissions");
    RunTable stances = tables.get("stances");
    Map<String, String> groupOf =
        submissions == null
            ? Map.of()
            : submissions.rows().stream()
                .collect(
                    Collectors.toMap(
                        r -> submissions.get(r, "submission_id"),
                        r -> submissions.get(r, "stakeholder_group")));
    Set<String> onChosenTopics =
        stances == null || topics.isEmpty()
            ? null
            : stances.rows().stream()
                .filter(r -> keepsTopic(stances.get(r, "topic")))
                .map(r -> stances.get(r, "submission_id"))
                .collect(Collectors.toSet());
    Predicate<String> keepsSubmission =
        id ->
            keepsGroup(groupOf.getOrDefault(id, ""))
                && (onChosenTopics == null || onChosenTopics.contains(id));
    return tables.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e ->
                    e.getValue()
                        .filter(row -> keeps(e.getValue(), row, groupOf, keepsSubmission))));
  }

  private boolean keeps(
      RunTable table,
      List<String> row,
      Map<String, String> groupOf,
      Predicate<String> keepsSubmission) {
    if (table.has("topic") && !keepsTopic(table.get(row, "topic"))) {
      return false;
    }
    if (table.has("submission_id") && !table.has("topic")) {
      // a whole submission: its group, and it must speak to a chosen topic
      return keepsSubmission.test(table.get(row, "submission_id"));
    }
    if (table.has("stakeholder_group")) {
      return keepsGroup(table.get(row, "stakeholder_group"));
    }
    if (table.has("submission_id")) {
      // a row about one topic (a stance): its submission's group
      return keepsGroup(groupOf.getOrDefault(table.get(row, "submission_id"), ""));
    }
    if (table.has("members")) {
      return Stream.of(table.get(row, "members").split(";")).anyMatch(keepsSubmission);
    }
    if (!groups.isEmpty() && groups.stream().allMatch(table::has)) {
      // a position: kept when one of the chosen groups holds it
      return groups.stream()
          .anyMatch(g -> !table.get(row, g).isEmpty() && Long.parseLong(table.get(row, g)) > 0);
    }
    return true;
  }
}
