package eu.chorus.campaign;

import eu.chorus.classify.TaggedPassage;
import eu.chorus.passage.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;

/**
 * Finds campaigns: groups of submissions written from one template.
 *
 * <ol>
 *   <li>one Spark pass groups each submission's tagged passages into a {@link CampaignLetter}: its
 *       text, in reading order, as hashed word shingles ({@link Shingles}) with their MinHash
 *       signature, and its outline; texts under {@code minWords} words take no part;
 *   <li>the letters come to the driver (eight bytes a shingle: a few MB for the sample export),
 *       where MinHash bands ({@link MinHashBands}) propose the pairs whose signatures agree on a
 *       band;
 *   <li>each proposed pair is verified with the exact Jaccard similarity of its shingle sets;
 *   <li>verified pairs are joined into campaigns ({@link CampaignGrouping});
 *   <li>with tagged passages ({@link #applyAcrossLanguages}), translated copies join the campaign
 *       of their template by their outline ({@link AttachTranslations}).
 * </ol>
 *
 * Everything after the one pass is plain Java in the driver: a Spark job per step cost more than
 * the comparisons themselves, and the LSH self-join's cost grew faster than the export. Same input
 * and settings give the same campaigns, ids and figures: the MinHash seed is fixed and every list
 * is sorted before it is numbered.
 */
public final class DetectCampaigns {

  /** What the stage found, with the counts the progress line and run.json report. */
  public record Result(
      List<Campaign> campaigns,
      Map<String, String> campaignOf,
      long texts,
      long candidatePairs,
      long pairs) {

    public long members() {
      return campaignOf.size();
    }

    /** Members attached as translated copies of their campaign's template. */
    public long translatedMembers() {
      return campaigns.stream().mapToLong(c -> c.translatedMembers().size()).sum();
    }
  }

  private static final long SEED = 20240918L;

  private final CampaignSettings settings;
  private final MinHashBands lsh;

  public DetectCampaigns(CampaignSettings settings) {
    this.settings = settings;
    this.lsh = new MinHashBands(settings.lshBands(), settings.lshRows(), SEED);
  }

  /** Campaigns within one language, then their translated copies ({@link AttachTranslations}). */
  public Result applyAcrossLanguages(Dataset<TaggedPassage> tagged) {
    List<CampaignLetter> letters =
        tagged
            .groupByKey(
                (MapFunction<TaggedPassage, String>) t -> t.passage().submissionId(),
                Encoders.STRING())
            .mapGroups(
                new CampaignLetter.Build(settings.shingleWords(), lsh),
                Encoders.javaSerialization(CampaignLetter.class))
            .collectAsList();
    Result sameLanguage = apply(letters.stream().map(CampaignLetter::shingles).toList());
    Map<String, LetterOutline> outlines = new TreeMap<>();
    letters.forEach(l -> outlines.put(l.outline().submissionId(), l.outline()));
    List<Campaign> campaigns =
        new AttachTranslations(settings).apply(sameLanguage.campaigns(), outlines);
    return new Result(
        campaigns,
        CampaignGrouping.campaignOf(campaigns),
        sameLanguage.texts(),
        sameLanguage.candidatePairs(),
        sameLanguage.pairs());
  }

  /** One submission's shingles as this stage builds them, from its passages in reading order. */
  SubmissionShingles shingles(String submissionId, List<Passage> ordered) {
    return SubmissionShingles.of(submissionId, ordered, settings.shingleWords(), lsh);
  }

  /** Campaigns within one language: MinHash bands propose, exact Jaccard decides, pairs group. */
  Result apply(List<SubmissionShingles> all) {
    List<SubmissionShingles> texts =
        all.stream()
            .filter(t -> t.words() >= settings.minWords())
            .sorted(Comparator.comparing(SubmissionShingles::submissionId))
            .toList();
    List<int[]> candidates =
        lsh.candidates(texts.stream().map(SubmissionShingles::signature).toList());
    List<SimilarPair> verified = new ArrayList<>();
    for (int[] c : candidates) {
      SubmissionShingles a = texts.get(c[0]);
      SubmissionShingles b = texts.get(c[1]);
      double similarity = a.similarity(b);
      if (similarity >= settings.minSimilarity()) {
        verified.add(new SimilarPair(a.submissionId(), b.submissionId(), similarity));
      }
    }
    verified.sort(Comparator.comparing(SimilarPair::a).thenComparing(SimilarPair::b));
    Map<String, SubmissionShingles> byId = new HashMap<>();
    texts.forEach(t -> byId.put(t.submissionId(), t));
    List<Campaign> campaigns =
        CampaignGrouping.group(verified, (a, b) -> byId.get(a).similarity(byId.get(b)));
    return new Result(
        campaigns,
        CampaignGrouping.campaignOf(campaigns),
        texts.size(),
        candidates.size(),
        verified.size());
  }
}
