#!/usr/bin/env python3
"""Turns jobs/bench/results/*.tsv (one line per measured run) into the tables of RESULTS.md.

Rewrites only the part of RESULTS.md between the `results:begin` and `results:end` markers; the
prose around it is kept. Per figure it takes the runs of the newest commit that figure was
measured with to completion (older lines stay in the TSV files; failed runs of later commits are
listed under the table) and reports median, min and max of wall time
and peak RSS, the ratios the issue's targets are about, and Chorus's seconds per stage (from the
run.json files kept beside the results).

Usage: python3 jobs/bench/summarise.py [--slices]   (--slices: results/slices/, printed only)
"""
import csv
import glob
import json
import os
import platform
import re
import statistics
import subprocess
import sys
from datetime import datetime, timezone

BENCH = os.path.dirname(os.path.abspath(__file__))
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"
# Exit codes that mean the command did its work: Chorus's 3 is a run with quarantined files.
SUCCESS = {"0", "3"}
RSS_LIMIT_MB = 4096


def read_figures(results):
    """Per figure, the runs of its newest commit with a completed run; and the failed runs of
    later commits, listed apart rather than leaving the figure without a measurement."""
    figures, failed_later = {}, []
    for path in sorted(glob.glob(os.path.join(results, "*.tsv"))):
        if os.path.basename(path) == "exports.tsv":
            continue
        with open(path, newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        if not rows:
            continue
        # Only the benchmark's own figures (others may use measure.sh for their experiments).
        if not re.match(r"(floor|floor-tika|floor-corenlp-\w+|cold|warm)-(\d+x|s\d+)$", rows[0]["figure"]):
            continue
        completed = [r for r in rows if r["exit"] in SUCCESS]
        newest = (completed or rows)[-1]["commit"]
        figures[rows[0]["figure"]] = [r for r in rows if r["commit"] == newest]
        last = max(i for i, r in enumerate(rows) if r["commit"] == newest)
        failed_later.extend(r for r in rows[last + 1:] if r["exit"] not in SUCCESS)
    return figures, failed_later


def failed_later_lines(failed_later):
    if not failed_later:
        return []
    lines = ["", "Runs of newer commits that did not complete (not in the figures above; see the notes):", ""]
    for r in failed_later:
        lines.append(f"- {r['figure']} run {r['run']}, commit {r['commit']}, {r['date']}: exit {r['exit']} "
                     f"after {float(r['wall_s']):,.1f} s")
    return lines


def stats(rows, column):
    values = [float(r[column]) for r in rows if r["exit"] in SUCCESS]
    if not values:
        return None
    return statistics.median(values), min(values), max(values)


def fmt(triple, digits=1):
    if triple is None:
        return "—", "—", "—"
    return tuple(f"{v:,.{digits}f}" for v in triple)


def machine():
    mem_kb = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal:"))
    model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    return (f"{nproc} cores (`nproc`; {model}), "
            f"{mem_kb / 1024 / 1024:.1f} GiB memory (`/proc/meminfo` MemTotal), "
            f"{platform.system()} {platform.release()}, {java[0] if java else 'java ?'}")


def exports_table(results):
    lines = ["| export | submissions | files | size | generated in | seed |", "|---|---|---|---|---|---|"]
    sample = os.path.join(BENCH, "..", "..", "data-samples")
    files = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(sample, "files")) for f in fs]
    size = sum(os.path.getsize(f) for f in files) / 1e6
    lines.append(f"| 1x (`data-samples/`) | 430 | {len(files)} | {size:.0f} MB (files/) | committed | — |")
    path = os.path.join(results, "exports.tsv")
    if os.path.exists(path):
        with open(path, newline="") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                lines.append(f"| {r['scale']} | {int(r['submissions']):,} | {int(r['files']):,} | {r['size_mb']} MB "
                             f"| {r['generate_s']} s | {r['seed']} |")
    return lines


def figures_table(figures):
    lines = ["| figure | runs ok / all | wall s median | min | max | peak RSS MB median | min | max | load | commit |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for name in sorted(figures, key=order):
        rows = figures[name]
        ok = sum(r["exit"] in SUCCESS for r in rows)
        wall, rss = fmt(stats(rows, "wall_s")), fmt(stats(rows, "peak_rss_mb"), 0)
        loads = [float(r["load"]) for r in rows if r.get("load")]
        load = f"{statistics.median(loads):.1f}" if loads else "—"
        lines.append(f"| {name} | {ok} / {len(rows)} | {' | '.join(wall)} | {' | '.join(rss)} | {load} "
                     f"| {rows[-1]['commit']} |")
    return lines


def order(name):
    kinds = ["floor-tika", "floor-corenlp", "floor", "cold", "warm"]
    kind = next((i for i, k in enumerate(kinds) if name.startswith(k + "-")), len(kinds))
    scale = name.rsplit("-", 1)[-1]
    return (int(scale.strip("xs")) if scale.strip("xs").isdigit() else 0, kind, name)


def median_of(figures, name, column="wall_s"):
    s = stats(figures.get(name, []), column)
    return None if s is None else s[0]


def targets_table(figures):
    lines = ["| target | measured | met |", "|---|---|---|"]

    def ratio(label, num, den, limit):
        a, b = median_of(figures, num), median_of(figures, den)
        if a is None or b is None:
            lines.append(f"| {label} ≤ {limit} | not measured ({num} or {den} missing) | — |")
        else:
            builds = {figures[num][-1]["commit"], figures[den][-1]["commit"]}
            mixed = "" if len(builds) == 1 else (f" (different builds: {figures[num][-1]['commit']} / "
                                                 f"{figures[den][-1]['commit']})")
            lines.append(f"| {label} ≤ {limit} | {a:,.1f} s / {b:,.1f} s = **{a / b:.2f}**{mixed} "
                         f"| {'yes' if a / b <= limit else 'no'} |")

    ratio("Chorus cold / floor, 1x", "cold-1x", "floor-1x", 1.2)
    ratio("Chorus cold 10x / 1x", "cold-10x", "cold-1x", 10.5)
    for scale in ("1x", "3x", "10x"):
        rss = median_of(figures, f"cold-{scale}", "peak_rss_mb")
        if rss is None:
            lines.append(f"| peak RSS of Chorus cold {scale} ≤ 4 GiB | not measured | — |")
        else:
            lines.append(f"| peak RSS of Chorus cold {scale} ≤ 4 GiB | {rss:,.0f} MB = **{rss / RSS_LIMIT_MB:.2f}** × 4 GiB "
                         f"| {'yes' if rss <= RSS_LIMIT_MB else 'no'} |")
    warm = median_of(figures, "warm-1x")
    if warm is None:
        lines.append("| no-change rerun (warm 1x) ≤ 15 s | not measured | — |")
    else:
        lines.append(f"| no-change rerun (warm 1x) ≤ 15 s | **{warm:,.1f} s** | {'yes' if warm <= 15 else 'no'} |")
    a, b = median_of(figures, "cold-3x"), median_of(figures, "cold-1x")
    if a is not None and b is not None:
        lines.append(f"| (for reference) Chorus cold 3x / 1x | {a:,.1f} s / {b:,.1f} s = {a / b:.2f} | — |")
    return lines


def stages_table(results, figures):
    runs = {}
    for path in glob.glob(os.path.join(results, "runs", "*.json")):
        figure, _, run = os.path.basename(path)[:-5].rpartition("-")
        if figure in figures and run in {r["run"] for r in figures[figure]}:
            runs.setdefault(figure, []).append(json.load(open(path)))
    if not runs:
        return []
    stages = sorted({s for rs in runs.values() for j in rs for s in j.get("stageSeconds", {})})
    lines = ["| figure | runs | " + " | ".join(stages) + " | run.json seconds |",
             "|---|---|" + "---|" * (len(stages) + 1)]
    for figure in sorted(runs, key=order):
        cells = []
        for s in stages + ["seconds"]:
            values = [(j.get("stageSeconds", {}) if s != "seconds" else j).get(s) for j in runs[figure]]
            values = [v for v in values if v is not None]
            cells.append(f"{statistics.median(values):,.1f}" if values else "—")
        lines.append(f"| {figure} | {len(runs[figure])} | " + " | ".join(cells) + " |")
    return lines


def section(results):
    figures, failed_later = read_figures(results)
    out = [BEGIN,
           f"_Generated by `python3 jobs/bench/summarise.py` on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC "
           "from `jobs/bench/results/`; edit the prose outside these markers only._", "",
           f"**Machine:** {machine()}.", "", "### Exports", ""]
    out += exports_table(results)
    out += ["", "### Figures", "",
            "Median, min and max over the runs of each figure's newest commit with a completed run (runs whose command failed are "
            "counted in `runs` but not in the statistics). Wall seconds; peak RSS of the whole process tree; "
            "load: median over the runs of the mean 1-minute load average during the run (2 = the two cores "
            "busy with this run alone, more = other work competing; — = not recorded).", ""]
    out += figures_table(figures) if figures else ["No figure measured yet."]
    out += failed_later_lines(failed_later)
    out += ["", "### Targets", ""] + targets_table(figures)
    stages = stages_table(results, figures)
    if stages:
        out += ["", "### Where Chorus's time goes (run.json, seconds per stage, median)", ""] + stages
    out.append(END)
    return "\n".join(out)


def main():
    slices = "--slices" in sys.argv[1:]
    results = os.path.join(BENCH, "results", "slices" if slices else "")
    text = section(results)
    if slices:
        print(text)
        return
    path = os.path.join(BENCH, "RESULTS.md")
    doc = open(path).read()
    if BEGIN not in doc or END not in doc:
        sys.exit(f"{path} lacks the {BEGIN} / {END} markers")
    head, rest = doc.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    with open(path, "w") as f:
        f.write(head + text + tail)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
