package eu.chorus.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The export of the EU "Have your say" portal, as published: one row per respondent, its metadata
 * columns ({@link Column}), then one column per question, and last the name of the uploaded
 * document. Papers sit under {@code files/}, named after the respondent's Reference.
 *
 * <p>Closed questions (single choice, Likert scales) become {@link Answer}s; free-text questions
 * become {@link FreeTextAnswer}s, read as text under their question. Which is which is read off the
 * column's answers: a closed question has a few distinct short answers that repeat; a free-text one
 * has answers of its own per respondent (or any long or multi-line answer).
 */
public final class PortalExport {

  /** The portal's metadata columns, by their header text. */
  enum Column {
    REFERENCE("Reference"),
    FEEDBACK_DATE("Feedback date"),
    LANGUAGE("Language"),
    USER_TYPE("User type"),
    FIRST_NAME("First name"),
    SURNAME("Surname"),
    SCOPE("Scope"),
    ORGANISATION("Organisation name"),
    TRANSPARENCY_REGISTER("Transparency register number"),
    ORGANISATION_SIZE("Organisation size"),
    COUNTRY("Country"),
    PRIVACY("Publication privacy settings");

    final String header;

    Column(String header) {
      this.header = header;
    }
  }

  /** The header of the last column: the uploaded document's original file name. */
  static final String UPLOAD_PREFIX = "you can upload a document";

  /** A closed question has at most this many distinct answers. */
  static final int MAX_CHOICES = 20;

  /** A free-text heading keeps this many words of its question. */
  static final int HEADING_WORDS = 20;

  private static final Pattern SCALE = Pattern.compile("^\\d+\\s*-\\s*\\S.*");

  private PortalExport() {}

  /** Whether a CSV's first line is the portal's header. */
  public static boolean recognises(String headerLine) {
    String h = DelimitedText.normalise(headerLine).replace("\"", "");
    return h.startsWith("reference;feedback date;")
        || h.startsWith("reference,feedback date,")
        || h.startsWith("reference\tfeedback date\t");
  }

  /** What the export's rows say, before the files on disk are joined to them. */
  record Rows(
      List<Submission> submissions,
      Map<String, String> uploads,
      List<Answer> answers,
      List<FreeTextAnswer> freeText,
      List<String> problems) {}

  /**
   * Reads the rows of a portal export already parsed; problems name {@code fileName} and the line.
   */
  static Rows read(String fileName, DelimitedText csv) {
    List<String> problems = new ArrayList<>();
    csv.problems().forEach(p -> problems.add(p.describe(fileName)));
    Map<Column, Integer> columns = new HashMap<>();
    for (Column c : Column.values()) {
      columns.put(c, csv.column(c.header));
    }
    if (columns.get(Column.REFERENCE) < 0) {
      problems.add(fileName + ": no Reference column; no respondent read");
      return new Rows(List.of(), Map.of(), List.of(), List.of(), problems);
    }
    int upload = -1;
    Set<Integer> metadata = new HashSet<>(columns.values());
    List<Integer> questions = new ArrayList<>();
    for (int i = 0; i < csv.header().size(); i++) {
      if (DelimitedText.normalise(csv.header().get(i)).startsWith(UPLOAD_PREFIX)) {
        upload = i;
      } else if (!metadata.contains(i)) {
        questions.add(i);
      }
    }
    Set<Integer> closed = closedQuestions(csv, questions);

    Map<String, Submission> submissions = new LinkedHashMap<>();
    Map<String, String> uploads = new LinkedHashMap<>();
    List<Answer> answers = new ArrayList<>();
    List<FreeTextAnswer> freeText = new ArrayList<>();
    for (DelimitedText.Row row : csv.rows()) {
      String id = row.cell(columns.get(Column.REFERENCE));
      if (id.isEmpty()) {
        problems.add(fileName + " line " + row.line() + ": no Reference; row skipped");
        continue;
      }
      Submission s = submission(id, row, columns);
      Submission earlier = submissions.get(id);
      if (earlier != null) {
        // Two rows for one respondent: the first is kept, but the safer consent of the two wins.
        if (earlier.consent() != s.consent()) {
          problems.add(
              fileName
                  + " line "
                  + row.line()
                  + ": "
                  + id
                  + " appears again with another publication "
                  + "setting; treated as anonymous");
          submissions.put(id, earlier.withConsent(Consent.ANONYMOUS));
        } else {
          problems.add(
              fileName + " line " + row.line() + ": " + id + " appears again; row skipped");
        }
        continue;
      }
      submissions.put(id, s);
      if (upload >= 0 && !row.cell(upload).isEmpty()) {
        uploads.put(id, row.cell(upload));
      }
      String previousQuestion = "";
      for (int q : questions) {
        String header = csv.header().get(q);
        String value = row.cell(q);
        if (closed.contains(q)) {
          previousQuestion = header;
          if (!value.isEmpty()) {
            answers.add(new Answer(id, questionId(q), clean(header), value));
          }
        } else if (!value.isEmpty()) {
          freeText.add(
              new FreeTextAnswer(id, questionId(q), heading(header, previousQuestion), value));
        }
      }
    }
    return new Rows(List.copyOf(submissions.values()), uploads, answers, freeText, problems);
  }

  /** {@code Q<column>}, 1-based: stable while the questionnaire's layout is. */
  static String questionId(int column) {
    return "Q" + (column + 1);
  }

  private static Submission submission(
      String id, DelimitedText.Row row, Map<Column, Integer> columns) {
    return new Submission(
        id,
        cell(row, columns, Column.FEEDBACK_DATE),
        cell(row, columns, Column.USER_TYPE),
        cell(row, columns, Column.ORGANISATION),
        countryCode(cell(row, columns, Column.COUNTRY)),
        languageCode(cell(row, columns, Column.LANGUAGE)),
        consent(cell(row, columns, Column.PRIVACY)),
        List.of(),
        true,
        new OrganisationFacts(
            cell(row, columns, Column.TRANSPARENCY_REGISTER),
            cell(row, columns, Column.ORGANISATION_SIZE),
            cell(row, columns, Column.SCOPE)));
  }

  private static String cell(DelimitedText.Row row, Map<Column, Integer> columns, Column column) {
    int i = columns.get(column);
    return i < 0 ? "" : row.cell(i);
  }

  /**
   * "…published with your personal information" may be named; "…in an anonymous way", and anything
   * else, may not.
   */
  static Consent consent(String setting) {
    String s = setting.toLowerCase(Locale.ROOT);
    return s.contains("personal information") && !s.contains("anonymous")
        ? Consent.PUBLIC
        : Consent.ANONYMOUS;
  }

  /** English names of languages and countries (lower case) → their ISO codes, built once. */
  private static final Map<String, String> LANGUAGES = new HashMap<>();

  private static final Map<String, String> COUNTRIES = new HashMap<>();

  static {
    for (String code : Locale.getISOLanguages()) {
      LANGUAGES.putIfAbsent(
          Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT),
          code);
    }
    for (String code : Locale.getISOCountries()) {
      COUNTRIES.putIfAbsent(
          new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
  }

  /** "English" → "en"; an unknown name stays as it is, lower case. */
  static String languageCode(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    return LANGUAGES.getOrDefault(key, key);
  }

  /** "Germany" → "DE"; an unknown name stays as it is. */
  static String countryCode(String name) {
    return COUNTRIES.getOrDefault(name.trim().toLowerCase(Locale.ROOT), name.trim());
  }

  /** The question columns whose answers are choices rather than text. */
  static Set<Integer> closedQuestions(DelimitedText csv, List<Integer> questions) {
    Set<Integer> closed = new HashSet<>();
    for (int q : questions) {
      Map<String, Integer> counts = new HashMap<>();
      boolean text = false;
      for (DelimitedText.Row row : csv.rows()) {
        String v = row.cell(q);
        if (v.isEmpty()) {
          continue;
        }
        text |= v.length() > 300 || v.indexOf('\n') >= 0;
        counts.merge(v, 1, Integer::sum);
      }
      int answered = counts.values().stream().mapToInt(Integer::intValue).sum();
      boolean scale =
          !counts.isEmpty() && counts.keySet().stream().allMatch(v -> SCALE.matcher(v).matches());
      boolean repeated = answered > counts.size();
      if (!text && !counts.isEmpty() && counts.size() <= MAX_CHOICES && (scale || repeated)) {
        closed.add(q);
      }
    }
    return closed;
  }

  /**
   * A free-text question as a heading: its first {@value #HEADING_WORDS} words, ending with a colon
   * (so that the answer is read under it). A bare "Other, please specify" is prefixed with the
   * closed question it follows.
   */
  static String heading(String header, String previousQuestion) {
    String question = clean(header);
    int own = question.split(" ").length;
    if (own <= 4 && !previousQuestion.isEmpty()) {
      question =
          shorten(firstSentence(clean(previousQuestion)), HEADING_WORDS - own) + " " + question;
    }
    return shorten(question, HEADING_WORDS).replaceAll("[\\s:.]+$", "") + ":";
  }

  private static String shorten(String text, int words) {
    String[] w = text.split(" ");
    return w.length <= words ? text : String.join(" ", java.util.Arrays.copyOf(w, words)) + " …";
  }

  private static String firstSentence(String text) {
    int end = text.indexOf("? ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  static String clean(String header) {
    return header.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
  }

  /**
   * The respondent a file under {@code files/} belongs to: the Reference its top-level name starts
   * with ({@code F514465_AI_Public_consultation.pdf}, {@code F514483.pdf}, {@code
   * F514483/annex.docx}).
   */
  static Optional<String> ownerOf(String relativePath, Set<String> references) {
    String top =
        relativePath.contains("/")
            ? relativePath.substring(0, relativePath.indexOf('/'))
            : relativePath;
    int end = 0;
    while (end < top.length() && Character.isLetterOrDigit(top.charAt(end))) {
      end++;
    }
    String prefix = top.substring(0, end);
    return references.contains(prefix) ? Optional.of(prefix) : Optional.empty();
  }
}
