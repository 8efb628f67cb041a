package eu.chorus.campaign;

import eu.chorus.classify.TaggedPassage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapGroupsFunction;

/**
 * What campaign detection needs of one submission, built in a single pass over its tagged passages:
 * its word shingles (copies in one language) and its outline (translated copies).
 */
public record CampaignLetter(SubmissionShingles shingles, LetterOutline outline)
    implements Serializable {

  /** Groups one submission's tagged passages into its shingles and outline. */
  public static final class Build
      implements MapGroupsFunction<String, TaggedPassage, CampaignLetter> {
    private final int shingleWords;
    private final MinHashBands lsh;

    public Build(int shingleWords, MinHashBands lsh) {
      this.shingleWords = shingleWords;
      this.lsh = lsh;
    }

    @Override
    public CampaignLetter call(String submissionId, Iterator<TaggedPassage> tagged) {
      List<TaggedPassage> ordered = new ArrayList<>();
      tagged.forEachRemaining(ordered::add);
      ordered.sort(LetterOutline.READING_ORDER);
      return new CampaignLetter(
          SubmissionShingles.of(
              submissionId,
              ordered.stream().map(TaggedPassage::passage).toList(),
              shingleWords,
              lsh),
          LetterOutline.of(submissionId, ordered));
    }
  }
}
