package eu.chorus.cluster;

import java.io.Serializable;
import java.util.List;

/** The positions found on one topic (every stance) and where each evidence passage went. */
public record TopicPositions(String topic, List<Position> positions, List<PassagePosition> passages)
    implements Serializable {

  public TopicPositions {
    positions = List.copyOf(positions);
    passages = List.copyOf(passages);
  }
}
