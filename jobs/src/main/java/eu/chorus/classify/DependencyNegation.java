package eu.chorus.classify;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import eu.chorus.annotate.TermAnalyzer;
import eu.chorus.ops.ExecutorResource;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Negation read from CoreNLP's dependency parse (english_UD) instead of the token window (setting
 * {@code classify.negation = dependency}). Only English sentences that hold a negator word and a
 * stance cue are parsed: elsewhere the two readings cannot differ, and parsing every sentence would
 * cost about 4.7 times the annotation (jobs/bench/depparse.sh). A cue is negated when a negator
 * word depends on the cue's head (not inside the cue: "does not support" is a cue of its own), or
 * on a clause the head is the complement of ("we do not think that X should be supported"); a
 * negator the parse does not read as one ("fail to", "rather than", "lack of") keeps the window's
 * reading.
 */
public final class DependencyNegation implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Setting values of {@code classify.negation}. */
  public static final String WINDOW = "window";

  public static final String DEPENDENCY = "dependency";

  /**
   * Single tokens the parse attaches as negation (advmod, det, case...). Not the lexicon's
   * negators: those are stemmed phrases ("lack of", "rather than") that the window reads.
   */
  private static final Set<String> NEGATORS =
      Set.of(
          "not", "no", "never", "neither", "nor", "without", "none", "nothing", "nobody", "nowhere",
          "n't", "n’t", "cannot");

  private static final Set<String> NEGATION_RELATIONS =
      Set.of("advmod", "neg", "det", "case", "mark", "cc", "cc:preconj");
  private static final Set<String> COMPLEMENTS = Set.of("ccomp", "xcomp", "csubj");
  private static final int CLAUSES_UP = 3;

  private final ExecutorResource<StanfordCoreNLP> parser =
      ExecutorResource.of("corenlp-en-depparse", DependencyNegation::pipeline);

  private static StanfordCoreNLP pipeline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
    p.setProperty("tokenize.whitespace", "true");
    p.setProperty("ssplit.isOneSentence", "true");
    return new StanfordCoreNLP(p);
  }

  /**
   * The negation scope of one sentence, or null (the token window) when it is not English or holds
   * no negator word. The sentence is parsed when a cue is first asked about, so a sentence with a
   * negator but no stance cue costs no parse.
   *
   * @param words the words the cue tokens were analysed from ({@link TermAnalyzer#tokens})
   */
  public StanceCues.NegationScope scope(List<String> words, List<String> lemmas, String language) {
    if (!"en".equals(language) || words.stream().noneMatch(NEGATORS::contains)) {
      return null;
    }
    return new Scope(words, lemmas, language);
  }

  /** One sentence's scope: its parse, made on the first cue asked about. */
  private final class Scope implements StanceCues.NegationScope {

    private final List<String> words;
    private final List<String> lemmas;
    private final String language;
    private List<Integer> wordOf;
    private SemanticGraph graph;

    Scope(List<String> words, List<String> lemmas, String language) {
      this.words = words;
      this.lemmas = lemmas;
      this.language = language;
    }

    @Override
    public boolean negated(int cueStart, int cueEnd, int negatorStart, int negatorEnd) {
      if (wordOf == null) {
        parse();
      }
      boolean window = negatorStart >= 0;
      if (graph == null) {
        return window; // the parse does not align with the words: the window's reading
      }
      if (window
          && words.subList(wordOf.get(negatorStart), wordOf.get(negatorEnd - 1) + 1).stream()
              .noneMatch(NEGATORS::contains)) {
        return true;
      }
      return DependencyNegation.negated(graph, wordOf.get(cueStart), wordOf.get(cueEnd - 1));
    }

    private void parse() {
      // token index (the cue matcher's) -> word index (the parse's): a word may give several stems
      wordOf = new ArrayList<>();
      for (int w = 0; w < words.size(); w++) {
        int stems =
            TermAnalyzer.tokens(words.subList(w, w + 1), lemmas.subList(w, w + 1), language).size();
        for (int k = 0; k < stems; k++) {
          wordOf.add(w);
        }
      }
      List<String> cleaned = words.stream().map(w -> w.replace(' ', '_')).toList();
      Annotation sentence = new Annotation(String.join(" ", cleaned));
      parser.get().annotate(sentence);
      SemanticGraph parsed =
          sentence
              .get(CoreAnnotations.SentencesAnnotation.class)
              .get(0)
              .get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      graph = parsed != null && parsed.size() == words.size() ? parsed : null;
    }
  }

  /** Whether a negator word outside [from, to] depends on the span's head or a clause above it. */
  static boolean negated(SemanticGraph graph, int from, int to) {
    IndexedWord head = null;
    for (int w = from; w <= to && head == null; w++) {
      IndexedWord node = graph.getNodeByIndexSafe(w + 1);
      IndexedWord parent = node == null ? null : graph.getParent(node);
      if (node != null
          && (parent == null || parent.index() - 1 < from || parent.index() - 1 > to)) {
        head = node;
      }
    }
    for (int step = 0; head != null && step <= CLAUSES_UP; step++) {
      for (SemanticGraphEdge e : graph.outgoingEdgeList(head)) {
        int at = e.getDependent().index() - 1;
        String word = e.getDependent().word().toLowerCase(java.util.Locale.ROOT);
        String lemma = e.getDependent().lemma();
        if ((at < from || at > to)
            && NEGATION_RELATIONS.contains(e.getRelation().toString())
            && (NEGATORS.contains(word) || (lemma != null && NEGATORS.contains(lemma)))) {
          return true;
        }
      }
      List<SemanticGraphEdge> up = graph.incomingEdgeList(head);
      if (up.isEmpty() || !COMPLEMENTS.contains(up.get(0).getRelation().toString())) {
        return false;
      }
      head = up.get(0).getGovernor();
    }
    return false;
  }
}
