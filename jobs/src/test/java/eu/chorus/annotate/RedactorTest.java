package eu.chorus.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void redactsPersonMentionsEmailsAndPhones() {
    String text = "Kind regards, Marie Dupont, marie.dupont@example.org, +33 6 12 34 56 78.";
    List<Mention> people = List.of(new Mention(Mention.PERSON, 14, 26, "Marie Dupont"));
    assertEquals("Kind regards, [name], [e-mail], [phone].", Redactor.redact(text, people, List.of()));
  }

  @Test
  void redactsDeclaredNamesCaseInsensitively() {
    assertEquals("Signed: [name] (member)", Redactor.redact("Signed: JAN NOWAK (member)", List.of(), List.of("Jan Nowak")));
  }

  @Test
  void aSurnameRepeatedWithoutTheFirstNameIsRedactedToo() {
    String text = "I, Anna Kowalczyk, write. Ms Kowalczyk chairs the board; Kowalczykowa is someone else.";
    List<Mention> people = List.of(new Mention(Mention.PERSON, 3, 17, "Anna Kowalczyk"));
    assertEquals("I, [name], write. Ms [name] chairs the board; Kowalczykowa is someone else.",
        Redactor.redact(text, people, List.of()));
  }

  @Test
  void personLabelsOfOtherLanguagesModelsCount() {
    String text = "Firmado: Juan Pérez";
    assertEquals("Firmado: [name]", Redactor.redact(text, List.of(new Mention("PERS", 9, 19, "Juan Pérez")), List.of()));
  }

  @Test
  void leavesLegalReferencesAndYearsAlone() {
    String text = "Directive 2019/1937 and Article 55(1)(c) apply from 2025; 10^25 FLOP.";
    assertEquals(text, Redactor.redact(text, List.of(), List.of()));
  }

  @Test
  void ignoresOrganisationMentions() {
    String text = "The AI Office";
    assertEquals(text, Redactor.redact(text, List.of(new Mention(Mention.ORGANIZATION, 4, 13, "AI Office")), List.of()));
  }
}
