package eu.chorus.samples.compose;

import eu.chorus.samples.bank.Bank;
import eu.chorus.samples.bank.CampaignTemplate;
import eu.chorus.samples.bank.LanguageBank;
import eu.chorus.samples.bank.MissingBankTextException;
import eu.chorus.samples.bank.Paragraph;
import eu.chorus.samples.compose.FileSpec.DocumentFile;
import eu.chorus.samples.compose.FileSpec.EmailFile;
import eu.chorus.samples.compose.FileSpec.ZipBundle;
import eu.chorus.samples.domain.Language;
import eu.chorus.samples.plan.DocumentKind;
import eu.chorus.samples.plan.Draw;
import eu.chorus.samples.plan.Format;
import eu.chorus.samples.plan.Packaging;
import eu.chorus.samples.plan.Respondent;
import eu.chorus.samples.plan.SubmissionPlan;
import eu.chorus.samples.plan.TopicChoice;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Turns a {@link SubmissionPlan} into files and gold: composes the documents, packages them as the
 * plan says (single file, cover letter plus annex, ZIP bundle, e-mail with attachment) and names
 * the files as respondents do.
 */
public final class SubmissionComposer {

  private static final Set<String> STOP_WORDS =
      Set.of(
          "and", "for", "the", "des", "der", "die", "del", "della", "degli", "von", "und", "les",
          "per");

  private final Bank bank;
  private final Map<Language, Labels> labels = new EnumMap<>(Language.class);

  public SubmissionComposer(Bank bank) {
    this.bank = bank;
    for (Language l : Language.values()) {
      labels.put(l, Labels.load(l));
    }
  }

  public ComposedSubmission compose(SubmissionPlan plan) {
    SplittableRandom rng = new SplittableRandom(plan.seed());
    Set<Paragraph> used = new HashSet<>();
    Gold gold = new Gold();
    TextSource main = source(plan, plan.language(), rng, used, gold);
    TextSource annexSource =
        plan.annexLanguage() == plan.language()
            ? main
            : source(plan, plan.annexLanguage(), rng, used, gold);
    DocumentComposer composer = new DocumentComposer(plan, rng);
    Labels l = labels.get(plan.language());
    String folder = plan.nested() ? l.pick("folder.nested", rng) + "/" : "";
    List<FileSpec> files = new ArrayList<>();
    if (plan.packaging() == Packaging.SINGLE) {
      Document doc =
          switch (plan.kind()) {
            case POSITION_PAPER -> composer.paper(main, plan.topics(), plan.mentions(), false);
            case QUESTIONNAIRE ->
                composer.questionnaire(main, plan.topics(), plan.noOpinion(), plan.mentions());
            case LETTER -> composer.letter(main, plan.topics(), plan.mentions());
            case EMAIL -> composer.email(main, plan.topics(), plan.mentions());
            case CAMPAIGN_LETTER -> composer.campaign(main, template(plan), gold);
          };
      files.add(single(plan, doc, folder, l, rng));
    } else {
      files.addAll(bundle(plan, main, annexSource, composer, folder, rng));
    }
    return new ComposedSubmission(plan, files, gold.addressed(), gold.mentionedOnly());
  }

  private List<FileSpec> bundle(
      SubmissionPlan plan,
      TextSource main,
      TextSource annexSource,
      DocumentComposer composer,
      String folder,
      SplittableRandom rng) {
    List<TopicChoice> coverTopics = new ArrayList<>();
    List<TopicChoice> annexTopics = new ArrayList<>(plan.topics());
    if (annexTopics.size() >= 3 && Draw.chance(0.5, rng)) {
      coverTopics.add(annexTopics.remove(rng.nextInt(annexTopics.size())));
    }
    boolean asEmail = plan.packaging() == Packaging.EMAIL_WITH_ATTACHMENT;
    boolean englishAnnex = plan.annexLanguage() != plan.language();
    // Annex first: it carries most topics, so it gets first pick of the bank's paragraphs.
    Document annex =
        plan.kind() == DocumentKind.EMAIL
            ? composer.letter(annexSource, annexTopics, plan.mentions())
            : composer.paper(annexSource, annexTopics, plan.mentions(), true);
    Document cover = composer.cover(main, coverTopics, englishAnnex, asEmail);
    Labels l = labels.get(plan.language());
    Labels al = labels.get(plan.annexLanguage());
    String slug = slug(plan.respondent());
    String annexName = name(al, "annex", slug, plan, rng) + "." + plan.annexFormat().extension();
    DocumentFile annexFile = new DocumentFile(annexName, plan.annexFormat(), annex);
    return switch (plan.packaging()) {
      case COVER_AND_ANNEX -> {
        String coverName = name(l, "cover", slug, plan, rng) + "." + plan.mainFormat().extension();
        String annexFolder = plan.nested() ? l.pick("folder.annex", rng) + "/" : "";
        yield List.of(
            new DocumentFile(coverName, plan.mainFormat(), cover),
            new DocumentFile(annexFolder + annexName, plan.annexFormat(), annex));
      }
      case ZIP_BUNDLE -> {
        Format coverFormat = Draw.chance(0.7, rng) ? Format.PDF : Format.DOCX;
        String coverName = name(l, "cover", slug, plan, rng) + "." + coverFormat.extension();
        String inner = Draw.chance(0.3, rng) ? l.pick("folder.annex", rng) + "/" : "";
        String zipName = folder + name(l, "bundle", slug, plan, rng) + ".zip";
        yield List.of(
            new ZipBundle(
                zipName,
                List.of(
                    new DocumentFile(coverName, coverFormat, cover),
                    new DocumentFile(inner + annexName, plan.annexFormat(), annex))));
      }
      case EMAIL_WITH_ATTACHMENT ->
          List.of(
              email(
                  plan,
                  folder + name(l, "email", slug, plan, rng) + ".eml",
                  cover,
                  rng,
                  List.of(annexFile)));
      case SINGLE -> throw new IllegalStateException("single files are not bundled");
    };
  }

  private FileSpec single(
      SubmissionPlan plan, Document doc, String folder, Labels l, SplittableRandom rng) {
    String slug = slug(plan.respondent());
    if (plan.mainFormat() == Format.EML) {
      return email(plan, folder + name(l, "email", slug, plan, rng) + ".eml", doc, rng, List.of());
    }
    String key =
        switch (plan.kind()) {
          case POSITION_PAPER -> "paper";
          case QUESTIONNAIRE -> "questionnaire";
          case LETTER -> "letter";
          case EMAIL -> "email";
          case CAMPAIGN_LETTER -> "campaign";
        };
    if (plan.mainFormat() == Format.PDF_SCANNED && Draw.chance(0.6, rng)) {
      key = "scan";
    }
    String fileName = folder + name(l, key, slug, plan, rng) + "." + plan.mainFormat().extension();
    return new DocumentFile(fileName, plan.mainFormat(), doc);
  }

  private EmailFile email(
      SubmissionPlan plan,
      String path,
      Document body,
      SplittableRandom rng,
      List<DocumentFile> attachments) {
    Respondent r = plan.respondent();
    boolean ascii =
        body.blocks().stream()
            .flatMap(b -> b.texts().stream())
            .allMatch(t -> t.chars().allMatch(c -> c < 128));
    // Mail clients pick quoted-printable for mostly-ASCII text; some send everything base64.
    boolean quotedPrintable = ascii ? Draw.chance(0.8, rng) : Draw.chance(0.6, rng);
    return new EmailFile(
        path,
        r.contact().fullName(),
        r.contact().email(),
        body.title(),
        plan.submittedAt(),
        body,
        Draw.chance(0.4, rng),
        quotedPrintable,
        attachments);
  }

  private CampaignTemplate template(SubmissionPlan plan) {
    String id = plan.campaignId().orElseThrow();
    CampaignTemplate t = bank.campaigns().get(id).get(plan.language());
    if (t == null) {
      throw new MissingBankTextException(
          "bank/campaigns/"
              + id
              + "."
              + plan.language().code()
              + ".txt is missing; "
              + plan.id()
              + " needs it");
    }
    return t;
  }

  private TextSource source(
      SubmissionPlan plan,
      Language language,
      SplittableRandom rng,
      Set<Paragraph> used,
      Gold gold) {
    LanguageBank lb =
        bank.language(language)
            .orElseThrow(
                () ->
                    new MissingBankTextException(
                        "bank/" + language.code() + "/ is missing; " + plan.id() + " needs it"));
    return new TextSource(lb, labels.get(language), plan.respondent(), rng, used, gold, plan.id());
  }

  private static String name(
      Labels l, String key, String slug, SubmissionPlan plan, SplittableRandom rng) {
    Map<String, String> values = new TreeMap<>();
    values.put("slug", slug);
    values.put("date", plan.submittedAt().toLocalDate().toString());
    return l.pick("filename." + key, rng, values);
  }

  /** A file-name-safe short form of the respondent: the organisation's first words, or surname. */
  static String slug(Respondent r) {
    String base = r.organisation().orElse(r.contact().lastName());
    String ascii =
        Normalizer.normalize(base, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9]+", " ")
            .strip();
    StringBuilder b = new StringBuilder();
    int taken = 0;
    for (String word : ascii.split(" ")) {
      if (taken == 3 || word.length() <= 2 || STOP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (b.length() > 0) {
        b.append('-');
      }
      b.append(word);
      taken++;
    }
    return b.length() == 0 ? "response" : b.toString();
  }
}
