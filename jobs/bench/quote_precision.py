#!/usr/bin/env python3
"""How many of a run's quotes say what their cell says (issue 20), on the sample export.

The gold folder (data-samples/gold/) labels submissions (group, stance per topic, campaign,
split), not paragraphs. The paragraph labels are the generator's bank
(data-samples/generator/src/main/resources/bank/): every argument paragraph stands in a topic's
file (<lang>/<topic>.txt) under its stance ([SUPPORT], [OPPOSE], [MIXED], [NEUTRAL]); headings,
questionnaire questions, introductions, closings and off-topic paragraphs have files of their
own; a campaign letter (campaigns/*.txt) names its topics and stances in its header, so its
paragraphs carry the letter's labels, not one each. Each quote is traced back to the bank
paragraph that holds most of its word 4-grams (placeholders such as {org} left out, so names do
not matter, and OCR slips cost only the 4-grams they touch); a quote is attributed when that
paragraph holds at least half of them.

Reported:
- the share of quotes that come from a paragraph written for the quote's topic and stance
  (target: 90 %), over all quotes and over the attributed ones, by stance, and where the others
  come from;
- rule-based properties that need no labels: quotes that are questions, headings or lead-ins,
  texts quoted more than once (case, spacing and punctuation aside), texts quoted under two
  stances of one topic, cells quoting one submission twice, cells with more than three quotes;
- for positions.csv (when the run has one), the same share for the shown positions' titles:
  each position's title (the `label`, less a trailing " - asks to ..." that names what it asks
  for) and its `representative_text` are traced back the same way. Shown positions are the rows
  whose `shown` column is true; a run without that column shows, per topic and stance, the six
  that most submissions hold. A title of terms ("risk; model; market") traces to no paragraph.

Usage: python3 jobs/bench/quote_precision.py --run <run-folder> [--gold data-samples/gold]
           [--bank data-samples/generator/src/main/resources/bank] [--split test] [--json out.json]
Standard library only. Exit code 0 when it could measure, 2 on a bad folder.
"""
import argparse
import collections
import csv
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_GOLD = os.path.join(ROOT, "data-samples", "gold")
DEFAULT_BANK = os.path.join(ROOT, "data-samples", "generator", "src", "main", "resources", "bank")
STANCES = ("SUPPORT", "OPPOSE", "MIXED", "NEUTRAL")
SHINGLE = 4
MIN_COVERAGE = 0.5
TARGET = 0.90
# Bank files of paragraphs that argue nothing, by the kind of text they hold.
KINDS = {"_headings.txt": "HEADING", "_questions.txt": "QUESTION", "_intro.txt": "INTRO",
         "_closing.txt": "CLOSING", "_offtopic.txt": "OFFTOPIC"}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def words(text):
    """Lower case, letters and digits only: how texts are compared."""
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[^\w]+|_", " ", text).split()


def shingles(ws):
    if len(ws) < SHINGLE:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i:i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1)}


class Paragraph:
    """One bank paragraph and what it was written as."""

    def __init__(self, kind, topic, stance, text, letter_stances=None):
        self.kind = kind          # ARGUMENT, MENTION, HEADING, QUESTION, INTRO, CLOSING, OFFTOPIC, CAMPAIGN
        self.topic = topic        # the topic's code, or "" for paragraphs of no topic
        self.stance = stance      # for ARGUMENT: its section
        self.text = text
        self.letter_stances = letter_stances or {}  # for CAMPAIGN: topic -> stance of the letter

    def written_for(self, topic, stance):
        if self.kind == "ARGUMENT":
            return self.topic == topic and self.stance == stance
        if self.kind == "CAMPAIGN":
            return self.letter_stances.get(topic) == stance
        return False

    def describe(self, topic, stance):
        """Where a quote of a (topic, stance) cell came from, when not from a paragraph written for it."""
        if self.kind == "ARGUMENT":
            if self.topic != topic:
                return "argument on another topic"
            return "%s paragraph of the topic" % self.stance
        if self.kind == "CAMPAIGN":
            return "campaign letter without this topic and stance"
        return {"MENTION": "passing mention", "HEADING": "heading", "QUESTION": "questionnaire question",
                "INTRO": "introduction", "CLOSING": "closing", "OFFTOPIC": "off-topic paragraph"}[self.kind]


def paragraphs_of(lines):
    """Blank-line separated paragraphs of a bank file, with the section they stand under."""
    section, out, current = "", [], []
    for raw in lines + [""]:
        line = raw.strip()
        if line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        if line.startswith("@") or not line:
            if current:
                out.append((section, " ".join(current)))
                current = []
            continue
        current.append(line)
    return out


def load_bank(bank):
    paragraphs = []
    for lang in sorted(os.listdir(bank)):
        folder = os.path.join(bank, lang)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                lines = f.read().splitlines()
            if lang == "campaigns":
                stances = {}
                body = []
                for line in lines:
                    if line.startswith("topics:"):
                        for pair in line[len("topics:"):].split():
                            topic, _, stance = pair.partition("=")
                            stances[topic] = stance
                    elif not line.startswith("groups:"):
                        body.append(line)
                for _, text in paragraphs_of(body):
                    paragraphs.append(Paragraph("CAMPAIGN", "", "", text, stances))
            elif name in KINDS:
                for section, text in paragraphs_of(lines):
                    paragraphs.append(Paragraph(KINDS[name], section if "." in section else "", "", text))
            else:
                topic = name[:-len(".txt")]
                for section, text in paragraphs_of(lines):
                    if section in STANCES:
                        paragraphs.append(Paragraph("ARGUMENT", topic, section, text))
                    elif section == "MENTION":
                        paragraphs.append(Paragraph("MENTION", topic, "", text))
    return paragraphs


class Index:
    def __init__(self, paragraphs):
        self.paragraphs = paragraphs
        self.by_shingle = collections.defaultdict(set)
        for i, p in enumerate(paragraphs):
            for s in shingles(words(PLACEHOLDER.sub(" ", p.text))):
                self.by_shingle[s].add(i)

    def source(self, text):
        """The bank paragraphs holding most of the text's 4-grams (ties all kept), with that share."""
        qs = shingles(words(text))
        if not qs:
            return [], 0.0
        hits = collections.Counter()
        for s in qs:
            for i in self.by_shingle.get(s, ()):
                hits[i] += 1
        if not hits:
            return [], 0.0
        best = max(hits.values())
        return [self.paragraphs[i] for i, n in hits.items() if n == best], best / len(qs)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def pct(n, d):
    return "%.1f %%" % (100.0 * n / d) if d else "n/a"


def rule_properties(quotes):
    """Properties every quotes.csv should have, whatever the labels."""
    norm = [" ".join(words(q["text"])) for q in quotes]
    counts = collections.Counter(norm)
    stances_of = collections.defaultdict(set)
    per_cell_submission = collections.Counter()
    per_cell = collections.Counter()
    for q, n in zip(quotes, norm):
        stances_of[(q["topic"], n)].add(q["stance"])
        cell = (q["topic"], q["stance"], q["stakeholder_group"])
        per_cell_submission[cell + (q["submission_id"],)] += 1
        per_cell[cell] += 1
    text = [q["text"].strip() for q in quotes]
    return {
        "quotes": len(quotes),
        "questions": sum(1 for t in text if re.search(r"[?？][\"'”’»)\]]*$", t)),
        "headings_or_lead_ins": sum(1 for t in text if not re.search(r"[.!…][\"'”’»)\]]*$", t) and not t.endswith("?")),
        "repeated_texts": sum(1 for n in norm if counts[n] > 1),
        "texts_under_two_stances": sum(1 for q, n in zip(quotes, norm) if len(stances_of[(q["topic"], n)]) > 1),
        "cells_quoting_a_submission_twice": sum(1 for v in per_cell_submission.values() if v > 1),
        "cells_over_three_quotes": sum(1 for v in per_cell.values() if v > 3),
    }


def measure(run, gold, bank, split=None):
    quotes = read_csv(os.path.join(run, "quotes.csv"))
    if split:
        chosen = {r["submission_id"] for r in read_csv(os.path.join(gold, "split.csv")) if r["split"] == split}
        quotes = [q for q in quotes if q["submission_id"] in chosen]
    index = Index(load_bank(bank))
    result = {"run": run, "split": split or "all", "rules": rule_properties(quotes)}
    attributed = correct = ambiguous = 0
    by_stance = {s: [0, 0] for s in STANCES}
    elsewhere = collections.Counter()
    for q in quotes:
        sources, coverage = index.source(q["text"])
        counts = by_stance.setdefault(q["stance"], [0, 0])
        counts[1] += 1
        if coverage < MIN_COVERAGE:
            elsewhere["no bank paragraph (a label, an OCR-damaged or generated line)"] += 1
            continue
        attributed += 1
        ambiguous += len(sources) > 1
        if any(p.written_for(q["topic"], q["stance"]) for p in sources):
            correct += 1
            counts[0] += 1
        else:
            elsewhere[sources[0].describe(q["topic"], q["stance"])] += 1
    result.update({
        "quotes": len(quotes),
        "attributed": attributed,
        "ambiguous": ambiguous,
        "from_paragraph_of_cell": correct,
        "share": correct / len(quotes) if quotes else None,
        "share_of_attributed": correct / attributed if attributed else None,
        "by_stance": {s: {"quotes": v[1], "from_paragraph_of_cell": v[0], "share": v[0] / v[1] if v[1] else None}
                      for s, v in by_stance.items()},
        "elsewhere": dict(elsewhere.most_common()),
        "target": TARGET,
        "positions": measure_positions(run, index),
    })
    return result


ASKS_SUFFIX = re.compile(r"\s+[-\u2013\u2014]\s+asks to [^.]*$")


def shown_positions(positions):
    """The positions a chair is shown: the `shown` column where the run has one, else six per cell."""
    if positions and "shown" in positions[0]:
        return [p for p in positions if p["shown"].strip().lower() == "true"]
    by_cell = collections.defaultdict(list)
    for p in positions:
        by_cell[(p["topic"], p["stance"])].append(p)
    out = []
    for cell in sorted(by_cell):
        ranked = sorted(by_cell[cell], key=lambda p: (-int(p["submissions"] or 0), p["position_id"]))
        out.extend(ranked[:6])
    return out


def trace(index, texts):
    """Per text, whether it was attributed and whether to a paragraph written for its cell, and where else."""
    attributed = correct = 0
    elsewhere = collections.Counter()
    for text, topic, stance in texts:
        sources, coverage = index.source(text)
        if coverage < MIN_COVERAGE:
            elsewhere["no bank paragraph (terms, a label, an OCR-damaged or generated line)"] += 1
            continue
        attributed += 1
        if any(p.written_for(topic, stance) for p in sources):
            correct += 1
        else:
            elsewhere[sources[0].describe(topic, stance)] += 1
    n = len(texts)
    return {"n": n, "attributed": attributed, "from_paragraph_of_cell": correct,
            "share": correct / n if n else None, "elsewhere": dict(elsewhere.most_common())}


def measure_positions(run, index):
    """positions.csv: how many shown positions' titles and representative texts come from their cell's paragraphs."""
    path = os.path.join(run, "positions.csv")
    if not os.path.isfile(path):
        return None
    positions = read_csv(path)
    shown = shown_positions(positions)
    titles = [(ASKS_SUFFIX.sub("", p["label"]), p["topic"], p["stance"]) for p in shown]
    representative = [(p["representative_text"], p["topic"], p["stance"]) for p in shown]
    return {"positions": len(positions), "shown": len(shown), "titles": trace(index, titles),
            "representative_texts": trace(index, representative),
            "cells_over_their_side": cells_over_side(run, positions)}


def cells_over_side(run, positions):
    """Topic x stance cells whose positions count more individual submissions than synthesis.csv says hold the stance."""
    path = os.path.join(run, "synthesis.csv")
    if not os.path.isfile(path):
        return None
    side = collections.Counter()
    for r in read_csv(path):
        if r.get("source", "TEXT") == "TEXT":
            for s in STANCES:
                side[(r["topic"], s)] += int(r[s.lower()] or 0)
    sums = collections.Counter()
    for p in positions:
        sums[(p["topic"], p["stance"])] += int(p["submissions"] or 0)
    return sum(1 for cell, n in sums.items() if n > side[cell])


def report(r):
    n = r["quotes"]
    out = ["quotes: %d (run %s, split %s)" % (n, r["run"], r["split"]),
           "attributed to a bank paragraph: %d (%s); %d of them to several alike" % (
               r["attributed"], pct(r["attributed"], n), r["ambiguous"]),
           "from a paragraph written for the quote's topic and stance: %d of %d (%s; of the attributed %s) - target %.0f %%" % (
               r["from_paragraph_of_cell"], n, pct(r["from_paragraph_of_cell"], n),
               pct(r["from_paragraph_of_cell"], r["attributed"]), 100 * r["target"]),
           "by stance: " + ", ".join("%s %s of %d" % (s, pct(v["from_paragraph_of_cell"], v["quotes"]), v["quotes"])
                                     for s, v in r["by_stance"].items() if v["quotes"])]
    if r["elsewhere"]:
        out.append("the others come from: " + "; ".join("%s %d" % kv for kv in r["elsewhere"].items()))
    rules = r["rules"]
    out.append("rules: " + ", ".join("%s %d (%s)" % (k.replace("_", " "), v, pct(v, rules["quotes"]))
                                     for k, v in rules.items() if k != "quotes"))
    p = r.get("positions")
    if p:
        out.append("positions: %d, shown %d; topic x stance cells whose positions count more submissions than hold"
                   " the stance: %s" % (p["positions"], p["shown"], p["cells_over_their_side"]))
        for key, what in (("titles", "titles"), ("representative_texts", "representative texts")):
            t = p[key]
            out.append("  shown positions' %s from a paragraph written for their topic and stance: %d of %d (%s) - target %.0f %%" % (
                what, t["from_paragraph_of_cell"], t["n"], pct(t["from_paragraph_of_cell"], t["n"]), 100 * r["target"]))
            if t["elsewhere"]:
                out.append("    the others: " + "; ".join("%s %d" % kv for kv in t["elsewhere"].items()))
    return "\n".join(out)


def main(argv=None):
    a = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    a.add_argument("--run", required=True)
    a.add_argument("--gold", default=DEFAULT_GOLD)
    a.add_argument("--bank", default=DEFAULT_BANK)
    a.add_argument("--split")
    a.add_argument("--json")
    args = a.parse_args(argv)
    for folder, what in ((args.run, "run folder"), (args.bank, "bank")):
        if not os.path.isdir(folder):
            print("not a %s: %s" % (what, folder), file=sys.stderr)
            return 2
    if not os.path.isfile(os.path.join(args.run, "quotes.csv")):
        print("no quotes.csv in %s" % args.run, file=sys.stderr)
        return 2
    if args.split and not os.path.isfile(os.path.join(args.gold, "split.csv")):
        print("no split.csv in %s" % args.gold, file=sys.stderr)
        return 2
    r = measure(args.run, args.gold, args.bank, args.split)
    print(report(r))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(r, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
