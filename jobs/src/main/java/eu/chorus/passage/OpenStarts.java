package eu.chorus.passage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The passages that open in the middle of a sentence, when printed lines are not joined ({@code
 * passage.joinPrintedLines} off): their file's passage before stops mid-sentence by the join's rule
 * ({@link PassageSplitter#stopsBefore}) and they may carry it on. Their first sentence is the rest
 * of another ("AI research and innovation and support its adoption."), so quotes and claims start
 * after it.
 */
public final class OpenStarts implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final OpenStarts NONE = new OpenStarts(Set.of());

  /**
   * What of a passage decides whether the next one carries on its sentence, and whether it may
   * carry on the one before ({@link PassageSplitter#continues}: no list item, no heading line
   * opening it): its place, page and last line, without the rest of its text.
   */
  public record Edge(String passageId, int page, String lastLine, boolean mayContinue)
      implements Serializable {

    public static Edge of(Passage p) {
      String text = p.text();
      return new Edge(
          p.passageId(),
          p.page(),
          text.substring(text.lastIndexOf('\n') + 1),
          PassageSplitter.continues(text));
    }

    /** The file's key and the sequence, from {@code <submission>:<file index>:<sequence>}. */
    String file() {
      return Passage.fileOf(passageId);
    }

    int sequence() {
      return Passage.sequenceOf(passageId);
    }
  }

  private final Set<String> ids;

  private OpenStarts(Set<String> ids) {
    this.ids = Set.copyOf(ids);
  }

  /** The passages of {@code edges} (any files, any order) that open mid-sentence. */
  public static OpenStarts of(Collection<Edge> edges) {
    List<Edge> ordered = new ArrayList<>(edges);
    ordered.sort(Comparator.comparing(Edge::file).thenComparingInt(Edge::sequence));
    Set<String> open = new TreeSet<>();
    for (int i = 1; i < ordered.size(); i++) {
      Edge before = ordered.get(i - 1);
      Edge e = ordered.get(i);
      if (before.file().equals(e.file())
          && e.sequence() == before.sequence() + 1
          && e.mayContinue()
          && PassageSplitter.stopsBefore(before.lastLine(), before.page(), e.page())) {
        open.add(e.passageId());
      }
    }
    return new OpenStarts(open);
  }

  public boolean contains(String passageId) {
    return ids.contains(passageId);
  }

  public int size() {
    return ids.size();
  }
}
