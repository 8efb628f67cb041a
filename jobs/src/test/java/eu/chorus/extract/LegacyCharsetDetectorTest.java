package eu.chorus.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

/**
 * Measures the charset choice on consultation-like sentences in eighteen languages, each saved in
 * every legacy charset that can hold it (Cyrillic ones in Windows-1251, Tika's own guess for them):
 * the text must read back exactly as written.
 */
class LegacyCharsetDetectorTest {

  private static final LanguageGuesser LANGUAGES = new LanguageGuesser();
  private static final List<String> CHARSETS =
      List.of("windows-1250", "ISO-8859-2", "windows-1252", "ISO-8859-15", "windows-1251");

  /** language → text; short pangrams too, where the language cannot be guessed. */
  private static final Map<String, String> TEXTS = new LinkedHashMap<>();

  static {
    TEXTS.put(
        "pl",
        "Popieramy obowiązki przejrzystości dla dostawców modeli sztucznej inteligencji ogólnego "
            + "przeznaczenia. Źródła danych muszą być jawne, a mniejsze przedsiębiorstwa powinny mieć łagodniejsze "
            + "zasady. Żądamy też, żeby ślady użycia były zgłaszane „w rozsądnym terminie”.");
    TEXTS.put(
        "cs",
        "Podporujeme povinnosti transparentnosti pro poskytovatele modelů umělé inteligence. Příliš "
            + "přísná pravidla by však poškodila malé české firmy, které nemají dostatečné zdroje – ťuknutím to nevyřešíme.");
    TEXTS.put(
        "sk",
        "Podporujeme povinnosti transparentnosti pre poskytovateľov modelov umelej inteligencie. "
            + "Príliš prísne pravidlá by však poškodili malé slovenské firmy, ktoré nemajú dostatočné zdroje; ďalej "
            + "žiadame ľahšie podmienky.");
    TEXTS.put(
        "hu",
        "Támogatjuk az átláthatósági kötelezettségeket az általános célú mesterséges intelligencia "
            + "modellek szolgáltatói számára. A kisebb vállalkozásoknak arányos szabályokra van szükségük, különösen "
            + "a szerzői jogok terén, és ő is így gondolja.");
    TEXTS.put(
        "ro",
        "Susţinem obligaţiile de transparenţă pentru furnizorii de modele de inteligenţă artificială. "
            + "Întreprinderile mici au nevoie de reguli proporţionale şi de sprijin tehnic.");
    TEXTS.put(
        "hr",
        "Podržavamo obveze transparentnosti za pružatelje modela umjetne inteligencije. Mala poduzeća "
            + "trebaju razmjerna pravila i tehničku pomoć, što je ključno za njihov opstanak.");
    TEXTS.put(
        "sl",
        "Podpiramo obveznosti preglednosti za ponudnike modelov umetne inteligence. Mala podjetja "
            + "potrebujejo sorazmerna pravila in tehnično pomoč, še posebej pri avtorskih pravicah.");
    TEXTS.put(
        "de",
        "Stellungnahme: Wir begrüßen die Transparenzpflichten für Anbieter von KI-Modellen mit "
            + "allgemeinem Verwendungszweck. Größere Anbieter müssen mehr tun – „so“ heißt es im Entwurf.");
    TEXTS.put(
        "fr",
        "Réponse à la consultation : nous soutenons l’obligation de transparence – coût estimé 5 000 €. "
            + "Les fournisseurs doivent publier un résumé des données d’entraînement. Très bien : déjà fait, "
            + "l’élève a reçu « ça » en français.");
    TEXTS.put("fr-accents", "Très bien, déjà là : l’élève côté mère a très peu de problèmes.");
    TEXTS.put(
        "es",
        "¿Qué opinamos? Apoyamos las obligaciones de transparencia. Los proveedores deberían publicar "
            + "un resumen; el diseño del código es razonable según la Oficina — sí, también en España.");
    TEXTS.put(
        "es-guillemets",
        "Una simple lista de categorías como «datos públicos de internet» no basta: las "
            + "empresas más pequeñas podrían beneficiarse, y el riesgo envía una «señal» equivocada al mercado.");
    TEXTS.put(
        "it",
        "Sosteniamo gli obblighi di trasparenza. Però è necessario che la normativa sia proporzionata: "
            + "più attività, più responsabilità, perché così funziona l’economia.");
    TEXTS.put(
        "pt",
        "Apoiamos as obrigações de transparência. As pequenas empresas não têm recursos; é necessária "
            + "uma abordagem proporcional à dimensão das organizações.");
    TEXTS.put(
        "nl",
        "Wij steunen de transparantieverplichtingen. Kleine aanbieders hebben geen middelen voor één "
            + "volledige documentatie; dat is ideëel maar niet haalbaar.");
    TEXTS.put(
        "sv",
        "Vi stöder kraven på öppenhet för leverantörer av AI-modeller. Små företag behöver "
            + "proportionerliga regler och tekniskt stöd för att följa dem.");
    TEXTS.put(
        "da",
        "Vi støtter kravene om gennemsigtighed for udbydere af AI-modeller. Små virksomheder har brug "
            + "for forholdsmæssige regler og teknisk støtte på området.");
    TEXTS.put(
        "ru",
        "Мы поддерживаем обязательства по прозрачности для поставщиков моделей искусственного "
            + "интеллекта. Малым компаниям нужны соразмерные правила.");
    TEXTS.put(
        "bg",
        "Подкрепяме задълженията за прозрачност на доставчиците на модели с общо предназначение.");
    TEXTS.put(
        "en-signs",
        "The levy of £50 per model (about ¥8,000) applies to chips of 5 µm, item nº 3, "
            + "for ½ of the year at 20 °C; see § 4 © 2024.");
    TEXTS.put(
        "en-names",
        "Comments by Łukasz Wójcik and Jiří Dvořák of the Kraków office, with Zoltán Kővári.");
    TEXTS.put("pl-pangram", "Zażółć gęślą jaźń.");
    TEXTS.put("cs-pangram", "Příliš žluťoučký kůň úpěl ďábelské ódy.");
    TEXTS.put("hu-pangram", "Árvíztűrő tükörfúrógép.");
    TEXTS.put("de-short", "Größe, Maße und Übung.");
    TEXTS.put("fr-short", "Cet été, à côté.");
  }

  private static String roundTrip(String text, Charset charset) throws IOException {
    byte[] bytes = text.getBytes(charset);
    try (InputStream in = TikaInputStream.get(bytes)) {
      Charset found = new LegacyCharsetDetector(LANGUAGES).detect(in, new Metadata());
      assertArrayEquals(bytes, in.readAllBytes(), "the stream is reset");
      return new String(bytes, found);
    }
  }

  /** The text as typed without typographic quotes and dashes, which the ISO charsets lack. */
  private static String plainPunctuation(String text) {
    return text.replace('’', '\'').replace('–', '-').replace('—', '-').replaceAll("[„“”«»]", "\"");
  }

  @Test
  void everyLanguageReadsBackInEveryLegacyCharsetThatHoldsIt() throws IOException {
    List<String> wrong = new ArrayList<>();
    int measured = 0;
    for (Map.Entry<String, String> e : TEXTS.entrySet()) {
      for (String text :
          new LinkedHashSet<>(List.of(e.getValue(), plainPunctuation(e.getValue())))) {
        for (String name : CHARSETS) {
          Charset charset = Charset.forName(name);
          if (!charset.newEncoder().canEncode(text)) {
            continue;
          }
          measured++;
          String read = roundTrip(text, charset);
          if (!read.equals(text)) {
            wrong.add(e.getKey() + " in " + name + ": " + read);
          }
        }
      }
    }
    assertTrue(measured >= 65, "pairs measured: " + measured);
    assertTrue(
        wrong.isEmpty(),
        wrong.size() + " of " + measured + " misread:\n" + String.join("\n", wrong));
  }

  @Test
  void utf8StaysUtf8() throws IOException {
    for (String text : TEXTS.values()) {
      assertEquals(text, roundTrip(text, StandardCharsets.UTF_8));
    }
  }

  @Test
  void asciiIsReadAsWindows1252() throws IOException {
    assertEquals(
        "windows-1252",
        LegacyCharsetDetector.choose(
                "Plain text.".getBytes(StandardCharsets.US_ASCII), null, LANGUAGES)
            .name());
  }

  @Test
  void aDeclaredCharsetIsKept() throws IOException {
    byte[] bytes = TEXTS.get("pl").getBytes(Charset.forName("ISO-8859-2"));
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, "text/plain; charset=ISO-8859-2");
    try (InputStream in = TikaInputStream.get(bytes)) {
      assertEquals("ISO-8859-2", new LegacyCharsetDetector(LANGUAGES).detect(in, metadata).name());
    }
  }
}
