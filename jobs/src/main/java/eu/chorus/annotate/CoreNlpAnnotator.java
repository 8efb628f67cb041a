package eu.chorus.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * {@link TextAnnotator} over a Stanford CoreNLP pipeline whose properties come from a classpath
 * resource in {@code nlp-models} (e.g. {@code chorus/corenlp-en.properties}).
 */
public final class CoreNlpAnnotator implements TextAnnotator {

  private final StanfordCoreNLP pipeline;

  public CoreNlpAnnotator(Properties properties) {
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /** Loads pipeline properties from the classpath; fails fast when the resource is missing. */
  public static Properties properties(String resource) {
    Properties properties = new Properties();
    try (InputStream in = CoreNlpAnnotator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP properties not on the classpath: " + resource);
      }
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return properties;
  }

  @Override
  public TextAnnotation annotate(String text) {
    CoreDocument document = new CoreDocument(text);
    pipeline.annotate(document);
    List<String> words = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    for (CoreLabel token : document.tokens()) {
      words.add(token.word().toLowerCase(Locale.ROOT));
      // Pipelines without a lemmatiser (French, German, Italian) leave the lemma empty.
      String lemma = token.lemma();
      lemmas.add((lemma == null ? token.word() : lemma).toLowerCase(Locale.ROOT));
    }
    List<Mention> mentions = new ArrayList<>();
    List<CoreEntityMention> entities = document.entityMentions();
    if (entities != null) {
      for (CoreEntityMention m : entities) {
        mentions.add(
            new Mention(m.entityType(), m.charOffsets().first, m.charOffsets().second, m.text()));
      }
    }
    int sentences = document.annotation().get(CoreAnnotations.SentencesAnnotation.class).size();
    return new TextAnnotation(words, lemmas, sentences, mentions);
  }
}
