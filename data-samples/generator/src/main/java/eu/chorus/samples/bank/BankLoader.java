package eu.chorus.samples.bank;

import eu.chorus.samples.domain.Group;
import eu.chorus.samples.domain.Language;
import eu.chorus.samples.domain.Stance;
import eu.chorus.samples.domain.Topic;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a bank directory laid out as BANK.md describes: {@code <root>/<lang>/*.txt} and {@code
 * <root>/campaigns/<id>.<lang>.txt}.
 *
 * <p>Missing files are not errors here (the bank is written incrementally; the planner decides what
 * it needs). Malformed files are: an unknown section, group or topic code throws {@link
 * BankFormatException} naming file and line, because silently skipping it would change the corpus.
 */
public final class BankLoader {

  static final String INTRO = "_intro.txt";
  static final String CLOSING = "_closing.txt";
  static final String OFF_TOPIC = "_offtopic.txt";
  static final String QUESTIONS = "_questions.txt";
  static final String HEADINGS = "_headings.txt";
  static final String CAMPAIGNS = "campaigns";
  private static final String ANY = "ANY";
  private static final String MENTION = "MENTION";

  private BankLoader() {}

  /** Loads the bank packaged with the generator ({@code /bank} on the class path). */
  public static Bank fromClasspath() throws IOException {
    URL url = BankLoader.class.getResource("/bank");
    if (url == null) {
      throw new IOException("no /bank directory on the class path");
    }
    try {
      if ("jar".equals(url.getProtocol())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(url.toURI(), Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(url.toURI());
        }
        return load(fs.getPath("/bank"));
      }
      return load(Path.of(url.toURI()));
    } catch (URISyntaxException e) {
      throw new IOException("cannot resolve class-path bank " + url, e);
    }
  }

  public static Bank load(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IOException("bank directory does not exist: " + root);
    }
    Map<Language, LanguageBank> languages = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Path dir = root.resolve(language.code());
      if (Files.isDirectory(dir)) {
        languages.put(language, loadLanguage(language, dir));
      }
    }
    Map<String, Map<Language, CampaignTemplate>> campaigns = new TreeMap<>();
    Path campaignDir = root.resolve(CAMPAIGNS);
    if (Files.isDirectory(campaignDir)) {
      for (Path file : listTxt(campaignDir)) {
        CampaignTemplate t = parseCampaign(file.getFileName().toString(), read(file));
        campaigns.computeIfAbsent(t.id(), k -> new EnumMap<>(Language.class)).put(t.language(), t);
      }
    }
    return new Bank(languages, campaigns);
  }

  private static LanguageBank loadLanguage(Language language, Path dir) throws IOException {
    String prefix = "bank/" + language.code() + "/";
    Map<Topic, TopicText> topics = new EnumMap<>(Topic.class);
    for (Topic topic : Topic.values()) {
      Path file = dir.resolve(topic.code() + ".txt");
      if (Files.isRegularFile(file)) {
        topics.put(topic, parseTopic(prefix + file.getFileName(), read(file)));
      }
    }
    Map<Group, List<Paragraph>> intros = new EnumMap<>(Group.class);
    SectionedText intro = optional(dir.resolve(INTRO), prefix + INTRO);
    for (SectionedText.Section s : intro.sections()) {
      Group g =
          Group.fromCode(s.name())
              .orElseThrow(
                  () ->
                      new BankFormatException(
                          intro.source(), s.line(), "unknown group section [" + s.name() + "]"));
      intros.put(g, paragraphs(intro.source(), s));
    }
    return new LanguageBank(
        language,
        topics,
        intros,
        anySection(optional(dir.resolve(CLOSING), prefix + CLOSING)),
        anySection(optional(dir.resolve(OFF_TOPIC), prefix + OFF_TOPIC)),
        perTopic(optional(dir.resolve(QUESTIONS), prefix + QUESTIONS)),
        perTopic(optional(dir.resolve(HEADINGS), prefix + HEADINGS)));
  }

  /** Parses one topic file ({@code [SUPPORT]} ... {@code [MENTION]}). */
  public static TopicText parseTopic(String source, String text) {
    SectionedText parsed = SectionedText.parse(source, text);
    Map<Stance, List<Paragraph>> byStance = new EnumMap<>(Stance.class);
    List<Paragraph> mentions = new ArrayList<>();
    for (SectionedText.Section s : parsed.sections()) {
      if (s.name().equals(SectionedText.PREAMBLE)) {
        throw new BankFormatException(
            source, s.paragraphs().get(0).line(), "text before the first [SECTION] header");
      }
      if (s.name().equals(MENTION)) {
        mentions.addAll(paragraphs(source, s));
        continue;
      }
      Stance stance =
          Stance.fromCode(s.name())
              .orElseThrow(
                  () ->
                      new BankFormatException(
                          source,
                          s.line(),
                          "unknown section [" + s.name() + "], expected a stance or MENTION"));
      byStance.put(stance, paragraphs(source, s));
    }
    return new TopicText(byStance, mentions);
  }

  /**
   * Parses a campaign template; {@code fileName} is {@code <id>.<lang>.txt} and gives id and
   * language.
   */
  public static CampaignTemplate parseCampaign(String fileName, String text) {
    String source = "bank/" + CAMPAIGNS + "/" + fileName;
    String base = fileName.substring(0, fileName.length() - ".txt".length());
    int dot = base.lastIndexOf('.');
    if (dot <= 0) {
      throw new BankFormatException(source, 1, "file name must be <campaign-id>.<lang>.txt");
    }
    String id = base.substring(0, dot);
    Language language =
        Language.fromCode(base.substring(dot + 1))
            .orElseThrow(
                () ->
                    new BankFormatException(
                        source, 1, "unknown language '" + base.substring(dot + 1) + "'"));
    SectionedText parsed = SectionedText.parse(source, text);
    List<SectionedText.RawParagraph> raw = parsed.paragraphs(SectionedText.PREAMBLE);
    if (raw.isEmpty()) {
      throw new BankFormatException(source, 1, "empty campaign template");
    }
    Map<Topic, Stance> topics = new LinkedHashMap<>();
    Set<Group> groups = new HashSet<>();
    SectionedText.RawParagraph header = raw.get(0);
    for (int i = 0; i < header.lines().size(); i++) {
      String line = header.lines().get(i);
      int lineNo = header.line() + i;
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new BankFormatException(source, lineNo, "expected 'key: value' metadata line");
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("topics")) {
        for (String pair : value.split("\\s+")) {
          String[] kv = pair.split("=", 2);
          Topic topic =
              Topic.fromCode(kv[0])
                  .orElseThrow(
                      () -> new BankFormatException(source, lineNo, "unknown topic " + kv[0]));
          Stance stance =
              Stance.fromCode(kv.length == 2 ? kv[1] : "")
                  .orElseThrow(
                      () -> new BankFormatException(source, lineNo, "bad stance in " + pair));
          topics.put(topic, stance);
        }
      } else if (key.equals("groups")) {
        for (String code : value.split("\\s+")) {
          groups.add(
              Group.fromCode(code)
                  .orElseThrow(
                      () -> new BankFormatException(source, lineNo, "unknown group " + code)));
        }
      }
      // Other keys (a title, a note for authors) are allowed and ignored.
    }
    if (topics.isEmpty()) {
      throw new BankFormatException(source, header.line(), "missing 'topics:' line");
    }
    if (groups.isEmpty()) {
      throw new BankFormatException(source, header.line(), "missing 'groups:' line");
    }
    List<String> body =
        raw.subList(1, raw.size()).stream().map(SectionedText.RawParagraph::text).toList();
    if (body.isEmpty()) {
      throw new BankFormatException(source, header.line(), "template has no letter text");
    }
    return new CampaignTemplate(id, language, topics, groups, body, source);
  }

  private static List<Paragraph> paragraphs(String source, SectionedText.Section section) {
    List<Paragraph> out = new ArrayList<>();
    for (SectionedText.RawParagraph raw : section.paragraphs()) {
      List<String> lines = raw.lines();
      Set<Group> groups = Set.of();
      if (lines.get(0).startsWith("@")) {
        groups = new HashSet<>();
        for (String code : lines.get(0).substring(1).strip().split("[\\s,]+")) {
          if (code.isEmpty()) {
            continue;
          }
          groups.add(
              Group.fromCode(code)
                  .orElseThrow(
                      () ->
                          new BankFormatException(
                              source, raw.line(), "unknown group code '" + code + "' in @ line")));
        }
        lines = lines.subList(1, lines.size());
      }
      if (lines.isEmpty()) {
        throw new BankFormatException(source, raw.line(), "@ line without a paragraph");
      }
      out.add(new Paragraph(String.join(" ", lines), groups, source + ":" + raw.line()));
    }
    return out;
  }

  private static List<Paragraph> anySection(SectionedText text) {
    List<Paragraph> out = new ArrayList<>();
    for (SectionedText.Section s : text.sections()) {
      // Paragraphs before any header are accepted as [ANY]: the section is the file's only one.
      if (s.name().equals(ANY) || s.name().equals(SectionedText.PREAMBLE)) {
        out.addAll(paragraphs(text.source(), s));
      } else {
        throw new BankFormatException(
            text.source(), s.line(), "unknown section [" + s.name() + "], expected [ANY]");
      }
    }
    return out;
  }

  private static Map<Topic, List<String>> perTopic(SectionedText text) {
    Map<Topic, List<String>> out = new EnumMap<>(Topic.class);
    for (SectionedText.Section s : text.sections()) {
      Topic topic =
          Topic.fromCode(s.name())
              .orElseThrow(
                  () ->
                      new BankFormatException(
                          text.source(), s.line(), "unknown topic section [" + s.name() + "]"));
      out.put(topic, s.paragraphs().stream().map(SectionedText.RawParagraph::text).toList());
    }
    return out;
  }

  private static SectionedText optional(Path file, String source) throws IOException {
    return SectionedText.parse(source, Files.isRegularFile(file) ? read(file) : "");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static List<Path> listTxt(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }
}
