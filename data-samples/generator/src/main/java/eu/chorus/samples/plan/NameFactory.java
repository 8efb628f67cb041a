package eu.chorus.samples.plan;

import eu.chorus.samples.bank.SectionedText;
import eu.chorus.samples.domain.Group;
import eu.chorus.samples.domain.Language;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invents respondents from the name parts in {@code orgs/}: countries, people, organisation-name
 * patterns. Organisation names are unique within one corpus.
 */
final class NameFactory {

  private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)\\}");

  /** Public webmail domains: individuals rarely write from an institutional address. */
  private static final List<String> WEBMAIL =
      List.of(
          "gmail.com",
          "outlook.com",
          "web.de",
          "orange.fr",
          "libero.it",
          "protonmail.com",
          "gmx.net",
          "yahoo.es",
          "posteo.de",
          "icloud.com");

  private final List<Country> countries;
  private final Map<String, Double> countryWeights = new LinkedHashMap<>();
  private final SectionedText people;
  private final SectionedText names;
  private final Set<String> usedOrganisations = new HashSet<>();
  private final Set<String> usedPeople = new HashSet<>();

  private NameFactory(List<Country> countries, SectionedText people, SectionedText names) {
    this.countries = countries;
    this.people = people;
    this.names = names;
    for (Country c : countries) {
      countryWeights.put(c.code(), c.weight());
    }
  }

  static NameFactory load() {
    List<Country> countries = new ArrayList<>();
    String tsv = SectionedText.readClasspath("/orgs/countries.tsv");
    for (String line : tsv.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.strip().split("\t");
      Map<Language, String> localNames = new EnumMap<>(Language.class);
      for (Language l : Language.values()) {
        localNames.put(l, f[4 + l.ordinal()]);
      }
      countries.add(
          new Country(
              f[0],
              Double.parseDouble(f[1]),
              f[2],
              f[3].equals("-") ? Optional.empty() : Language.fromCode(f[3]),
              localNames,
              f[9],
              f[10],
              f[11],
              f[12],
              Arrays.asList(f[13].split(","))));
    }
    return new NameFactory(
        countries,
        SectionedText.fromClasspath("/orgs/people.txt"),
        SectionedText.fromClasspath("/orgs/names.txt"));
  }

  Country drawCountry(SplittableRandom rng) {
    String code = Draw.weighted(countryWeights, rng);
    return countries.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  /**
   * A respondent of {@code group}. Individuals ({@code individual}) get no organisation; {@code
   * small} organisations (campaign signers) use the plainer name patterns.
   */
  Respondent respondent(Group group, boolean individual, Consent consent, SplittableRandom rng) {
    Country country = drawCountry(rng);
    String city = Draw.one(country.cities(), rng);
    String sector = Draw.one(names.lines("sectors." + group.name()), rng);
    Person person = person(country, rng);
    if (individual) {
      return new Respondent(group, Optional.empty(), person, country, city, sector, consent);
    }
    String organisation = organisation(group, country, city, sector, rng);
    // European-level bodies use .eu addresses; national ones their country's domain.
    String tld = organisation.startsWith("European") ? "eu" : country.tld();
    String domain = slug(organisation) + "." + tld;
    Person contact =
        new Person(
            person.firstName(),
            person.lastName(),
            emailLocal(person) + "@" + domain,
            person.phone());
    return new Respondent(
        group, Optional.of(organisation), contact, country, city, sector, consent);
  }

  private Person person(Country country, SplittableRandom rng) {
    String first;
    String last;
    int tries = 0;
    do {
      first = Draw.one(people.lines("first." + country.namePool()), rng);
      last = Draw.one(people.lines("last." + country.namePool()), rng);
      tries++;
    } while (!usedPeople.add(first + " " + last) && tries < 40);
    Person bare = new Person(first, last, "", phone(country, rng));
    String email = emailLocal(bare) + "@" + Draw.one(WEBMAIL, rng);
    return new Person(first, last, email, bare.phone());
  }

  private String organisation(
      Group group, Country country, String city, String sector, SplittableRandom rng) {
    List<String> patterns = new ArrayList<>(names.lines(group.name()));
    List<String> local = names.lines(group.name() + "." + country.namePool());
    // Organisations from a country with its own patterns use them about a third of the time.
    if (!local.isEmpty() && Draw.chance(0.35, rng)) {
      patterns = local;
    }
    for (int attempt = 0; attempt < 60; attempt++) {
      String name = fill(Draw.one(patterns, rng), country, city, sector, rng);
      if (usedOrganisations.add(name)) {
        return name;
      }
    }
    String name = fill(Draw.one(patterns, rng), country, city, sector, rng) + " (" + city + ")";
    usedOrganisations.add(name);
    return name;
  }

  private String fill(
      String pattern, Country country, String city, String sector, SplittableRandom rng) {
    Matcher m = SLOT.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "stem" -> Draw.one(names.lines("stem"), rng);
            case "nation" -> country.adjective();
            case "country" -> country.name(Language.EN);
            case "city" -> city;
            case "legal" -> country.legalForm();
            case "field" -> Draw.one(fields(sector), rng);
            case "surname" -> Draw.one(people.lines("last." + country.namePool()), rng);
            case "acronym" -> acronym(rng);
            default -> throw new IllegalStateException("unknown slot in " + pattern);
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private List<String> fields(String sector) {
    List<String> f = names.lines("field." + sector);
    return f.isEmpty() ? names.lines("field.software") : f;
  }

  private static String acronym(SplittableRandom rng) {
    int len = Draw.between(3, 4, rng);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < len; i++) {
      b.append((char) ('A' + rng.nextInt(26)));
    }
    return b.toString();
  }

  private static String phone(Country country, SplittableRandom rng) {
    return String.format(
        Locale.ROOT,
        "%s %d%02d %02d %02d %02d",
        country.phonePrefix(),
        Draw.between(4, 9, rng),
        rng.nextInt(100),
        rng.nextInt(100),
        rng.nextInt(100),
        rng.nextInt(100));
  }

  private static String emailLocal(Person p) {
    return ascii(p.firstName()).replaceAll("[^a-z]", "")
        + "."
        + ascii(p.lastName()).replaceAll("[^a-z]", "");
  }

  /** Lower-case ASCII form of a name, diacritics removed. */
  static String ascii(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace("ß", "ss")
        .replace("ł", "l")
        .toLowerCase(Locale.ROOT);
  }

  /** Domain-style slug of the first words of an organisation name. */
  static String slug(String name) {
    String[] words = ascii(name).replaceAll("[^a-z0-9 ]", " ").strip().split("\\s+");
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (w.length() <= 2 || List.of("and", "the", "for", "des", "der", "di", "del").contains(w)) {
        continue;
      }
      if (b.length() > 0) {
        b.append('-');
      }
      b.append(w);
      if (b.length() > 18) {
        break;
      }
    }
    return b.length() == 0 ? "org" : b.toString();
  }
}
