package eu.chorus.samples;

import eu.chorus.samples.bank.Bank;
import eu.chorus.samples.bank.LanguageBank;
import eu.chorus.samples.bank.MissingBankTextException;
import eu.chorus.samples.domain.Language;
import eu.chorus.samples.domain.Topic;
import eu.chorus.samples.plan.DocumentKind;
import eu.chorus.samples.plan.Packaging;
import eu.chorus.samples.plan.SubmissionPlan;
import eu.chorus.samples.plan.TopicChoice;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks, before anything is written, that the bank has every file the plans need, and reports all
 * gaps at once: one run tells the bank's authors everything that is missing.
 */
final class BankCheck {

  private BankCheck() {}

  /** Throws {@link MissingBankTextException} listing each missing file and who needs it. */
  static void requireComplete(Bank bank, List<SubmissionPlan> plans) {
    Map<String, List<String>> missing = new TreeMap<>();
    for (SubmissionPlan p : plans) {
      if (p.campaignId().isPresent()) {
        String id = p.campaignId().get();
        if (!bank.campaigns().getOrDefault(id, Map.of()).containsKey(p.language())) {
          need(missing, "bank/campaigns/" + id + "." + p.language().code() + ".txt", p);
        }
        continue;
      }
      Set<Language> languages = EnumSet.of(p.language(), p.annexLanguage());
      for (Language l : languages) {
        LanguageBank lb = bank.language(l).orElse(null);
        String dir = "bank/" + l.code() + "/";
        if (lb == null) {
          need(missing, dir, p);
          continue;
        }
        for (TopicChoice t : p.topics()) {
          if (lb.topic(t.topic()).isEmpty()) {
            need(missing, lb.topicFile(t.topic()), p);
          }
        }
        if (lb.intros(p.respondent().group()).isEmpty()) {
          need(missing, dir + "_intro.txt [" + p.respondent().group() + "]", p);
        }
        boolean paper =
            p.kind() == DocumentKind.POSITION_PAPER
                || (p.packaging() != Packaging.SINGLE && p.kind() != DocumentKind.EMAIL);
        if (paper) {
          for (TopicChoice t : p.topics()) {
            if (lb.headings(t.topic()).isEmpty()) {
              need(missing, dir + "_headings.txt [" + t.topic().code() + "]", p);
            }
          }
        }
        if (p.kind() == DocumentKind.QUESTIONNAIRE) {
          List<Topic> asked = new ArrayList<>(p.noOpinion());
          p.topics().forEach(t -> asked.add(t.topic()));
          for (Topic t : asked) {
            if (lb.questions(t).isEmpty()) {
              need(missing, dir + "_questions.txt [" + t.code() + "]", p);
            }
          }
        }
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    StringBuilder msg =
        new StringBuilder("the argument bank lacks text that the corpus plan needs:");
    missing.forEach(
        (file, ids) -> {
          msg.append("\n  ")
              .append(file)
              .append(" (needed by ")
              .append(ids.size())
              .append(ids.size() == 1 ? " submission: " : " submissions, e.g. ")
              .append(String.join(", ", ids.subList(0, Math.min(3, ids.size()))))
              .append(")");
        });
    throw new MissingBankTextException(msg.toString());
  }

  private static void need(Map<String, List<String>> missing, String what, SubmissionPlan p) {
    List<String> ids = missing.computeIfAbsent(what, k -> new ArrayList<>());
    if (!ids.contains(p.id())) {
      ids.add(p.id());
    }
  }
}
