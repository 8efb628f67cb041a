package eu.chorus.samples.compose;

import eu.chorus.samples.domain.Stance;
import eu.chorus.samples.domain.Topic;
import eu.chorus.samples.plan.SubmissionPlan;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A submission as composed: its files, and the gold derived from the composition itself.
 *
 * @param stances each topic a paragraph of the submission argues, with the stance of the bank
 *     section that paragraph came from (which may differ from the plan's when the bank lacked a
 *     paragraph of the planned stance for the respondent's group)
 * @param mentioned topics named in passing only; never gold
 */
public record ComposedSubmission(
    SubmissionPlan plan, List<FileSpec> files, Map<Topic, Stance> stances, Set<Topic> mentioned) {

  public ComposedSubmission {
    files = List.copyOf(files);
    // Sorted copies: Map.copyOf iterates in an order that changes from one JVM run to the next.
    stances = Collections.unmodifiableMap(new TreeMap<>(stances));
    mentioned = Collections.unmodifiableSet(new TreeSet<>(mentioned));
  }

  public int words() {
    return files.stream().flatMap(f -> f.documents().stream()).mapToInt(Document::words).sum();
  }
}
