package eu.chorus.train;

import eu.chorus.annotate.AnnotatedPassage;
import eu.chorus.classify.GroupCues;
import eu.chorus.classify.StanceCues;
import eu.chorus.classify.SubmissionEvidence;
import eu.chorus.classify.SummariseSubmission;
import eu.chorus.classify.TagTopics;
import eu.chorus.classify.TaggedPassage;
import eu.chorus.ingest.Submission;
import eu.chorus.profile.Codebook;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What training needs from an analysis: the submissions and their annotated passages (tokens and
 * lemmas), so that a cached analysis is tagged and summarised again with the current lexicons and
 * evidence code, and only extraction and CoreNLP are saved.
 */
public record TrainingInput(
    List<Submission> submissions, Map<String, List<AnnotatedPassage>> passages)
    implements Serializable {

  static TrainingInput read(Path file) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in =
        new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      return (TrainingInput) in.readObject();
    }
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (ObjectOutputStream out =
        new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      Map<String, List<AnnotatedPassage>> copy = new HashMap<>();
      passages.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
      out.writeObject(new TrainingInput(new ArrayList<>(submissions), copy));
    }
  }

  /** Each submission's evidence, tagged and summarised as a run does it. */
  Map<String, SubmissionEvidence> evidence(Codebook codebook) {
    TagTopics tag = new TagTopics(codebook, StanceCues.load(), GroupCues.load());
    Map<String, SubmissionEvidence> evidence = new HashMap<>();
    passages.forEach(
        (id, list) -> {
          List<TaggedPassage> tagged = new ArrayList<>(list.size());
          list.forEach(p -> tagged.add(tag.call(p)));
          evidence.put(id, new SummariseSubmission().call(id, tagged.iterator()));
        });
    return evidence;
  }
}
