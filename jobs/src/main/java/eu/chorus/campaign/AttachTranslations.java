package eu.chorus.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Second pass of campaign detection: brings translated copies into the campaign of their template.
 * Word shingles find copies within one language only; a translation shares the template's {@link
 * LetterOutline} (topics and cited numbers per passage, in order) instead.
 *
 * <ol>
 *   <li>two campaigns whose templates are in different languages and whose outlines are at least
 *       {@code minSimilarity} alike are merged: the larger keeps its template and id order;
 *   <li>a submission in no campaign, with at least {@code minWords} words, joins the campaign whose
 *       template (of any campaign merged into it) in another language is most alike to it, if that
 *       similarity reaches {@code minSimilarity}.
 * </ol>
 *
 * Only templates are compared, never two lone submissions: a translated copy needs a campaign found
 * by word shingles to join. Runs in the driver: campaigns × submissions outline comparisons of a
 * few dozen passages each.
 */
public final class AttachTranslations {

  private final double minSimilarity;
  private final int minWords;

  /** The stage with {@code campaign.translation.minSimilarity} and {@code campaign.minWords}. */
  public AttachTranslations(CampaignSettings settings) {
    this(settings.translationMinSimilarity(), settings.minWords());
  }

  /**
   * @param minSimilarity outline similarity ({@link LetterOutline#similarity}) from which a
   *     submission in another language is taken to be a translated copy of a template
   * @param minWords submissions with fewer words never join (as in the same-language stage)
   */
  public AttachTranslations(double minSimilarity, int minWords) {
    this.minSimilarity = minSimilarity;
    this.minWords = minWords;
  }

  /**
   * @param campaigns the same-language campaigns, largest first
   * @param outlines per submission id, its outline (submissions without one never join)
   * @return the campaigns with their translated copies, renumbered largest first
   */
  public List<Campaign> apply(List<Campaign> campaigns, Map<String, LetterOutline> outlines) {
    List<Group> groups = new ArrayList<>();
    for (Campaign c : campaigns) {
      LetterOutline template = outlines.get(c.templateSubmissionId());
      Group merged =
          template == null
              ? null
              : groups.stream()
                  .filter(g -> g.translates(template, minSimilarity))
                  .findFirst()
                  .orElse(null);
      if (merged == null) {
        groups.add(new Group(c, template));
      } else {
        merged.merge(c, template);
      }
    }
    Set<String> inCampaign = new TreeSet<>(CampaignGrouping.campaignOf(campaigns).keySet());
    for (LetterOutline o : new TreeMap<>(outlines).values()) {
      if (inCampaign.contains(o.submissionId()) || o.words() < minWords) {
        continue;
      }
      Group best = null;
      double bestScore = minSimilarity;
      for (Group g : groups) {
        double score = g.similarity(o);
        if (score >= bestScore) {
          best = g;
          bestScore = score;
        }
      }
      if (best != null) {
        best.members.add(o.submissionId());
      }
    }
    return CampaignGrouping.numbered(groups.stream().map(g -> g.campaign(outlines)).toList());
  }

  /** A campaign being extended: its own campaign, the templates merged into it, new members. */
  private static final class Group {
    final Campaign host;
    final List<LetterOutline> templates = new ArrayList<>();
    final Set<String> members = new TreeSet<>();

    Group(Campaign host, LetterOutline template) {
      this.host = host;
      merge(host, template);
    }

    void merge(Campaign c, LetterOutline template) {
      members.addAll(c.members());
      if (template != null) {
        templates.add(template);
      }
    }

    /** The best similarity of the outline to a template of this group in another language. */
    double similarity(LetterOutline o) {
      double best = 0;
      for (LetterOutline t : templates) {
        if (!t.language().equals(o.language())) {
          best = Math.max(best, LetterOutline.similarity(t, o));
        }
      }
      return best;
    }

    boolean translates(LetterOutline template, double minSimilarity) {
      return similarity(template) >= minSimilarity;
    }

    Campaign campaign(Map<String, LetterOutline> outlines) {
      LetterOutline template = templates.isEmpty() ? null : templates.get(0);
      List<String> translated = new ArrayList<>();
      double min = Double.NaN;
      if (template != null && !template.submissionId().equals(host.templateSubmissionId())) {
        template = null; // the host had no outline: nothing is known to be a translation of it
      }
      if (template != null) {
        for (String m : members) {
          LetterOutline o = outlines.get(m);
          if (o != null && !o.language().equals(template.language())) {
            translated.add(m);
            double s = LetterOutline.similarity(template, o);
            min = Double.isNaN(min) ? s : Math.min(min, s);
          }
        }
      }
      return new Campaign(
          host.campaignId(),
          List.copyOf(members),
          host.templateSubmissionId(),
          host.minSimilarity(),
          host.meanSimilarity(),
          translated,
          min);
    }
  }
}
