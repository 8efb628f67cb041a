#!/usr/bin/env python3
"""profile_summary.py RECORDING.jfr CHORUS_LOG: where a Chorus run's driver spends its CPU, per stage.

Reads the JDK Flight Recorder's execution samples (`jfr print --events jdk.ExecutionSample`) and
the run's progress lines (chorus.log), assigns each sample to the stage running at its time, and
each stack to one kind of work by the first frame that names a library:

  corenlp        Stanford CoreNLP (tokenise, POS, lemma, NER)
  tika           Tika and PDFBox inside the driver (the extraction workers are other JVMs)
  language       the Optimaize language detector
  java-serial    Java serialisation (Spark's javaSerialization encoders, task closures)
  parquet/hadoop Parquet readers and writers, Hadoop configuration and file system
  spark          Spark itself (scheduling, shuffle, codegen, SQL)
  chorus         Chorus's own code (the innermost Chorus frame is listed)
  jvm            class loading, JIT-compiled JDK code with no library frame

Prints, per stage, its samples and the share of each kind; then the ten Chorus methods with most
samples. Shares, not seconds: JFR samples a bounded number of threads per period.
"""
import collections
import re
import subprocess
import sys

KINDS = [
    ("java-serial", ("java.io.ObjectInputStream", "java.io.ObjectOutputStream")),
    ("corenlp", ("edu.stanford.",)),
    ("language", ("com.optimaize.",)),
    ("tika", ("org.apache.tika.", "org.apache.pdfbox.")),
    ("parquet/hadoop", ("org.apache.parquet.", "org.apache.hadoop.")),
    ("chorus", ("eu.chorus.",)),
    ("spark", ("org.apache.spark.", "scala.")),
]
PROGRESS = re.compile(r"(?:\d{4}-\d\d-\d\dT)?(\d\d:\d\d:\d\d(?:\.\d+)?) INFO\s+progress: \[\d+/\d+\] (\w+)")


def seconds(clock):
    h, m, s = clock.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def stages(log_path):
    """(end time, stage) in order; a sample belongs to the first stage ending after it."""
    ends = []
    with open(log_path, encoding="utf-8") as log:
        for line in log:
            m = PROGRESS.search(line)
            if m:
                ends.append((seconds(m.group(1)), m.group(2)))
    return ends


def samples(jfr_path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", jfr_path],
                         check=True, capture_output=True, text=True).stdout
    for event in out.split("jdk.ExecutionSample")[1:]:
        when = re.search(r"startTime = (\d\d:\d\d:\d\d(?:\.\d+)?)", event)
        frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
        if when and frames:
            yield seconds(when.group(1)), frames


def kind(frames):
    for name, prefixes in KINDS:
        if any(f.startswith(prefixes) for f in frames):
            return name
    return "jvm"


def main(jfr_path, log_path):
    ends = stages(log_path)
    by_stage = collections.defaultdict(collections.Counter)
    own = collections.Counter()
    for when, frames in samples(jfr_path):
        stage = next((s for end, s in ends if when <= end), "after the stages")
        k = kind(frames)
        by_stage[stage][k] += 1
        if k == "chorus":
            own[next(f for f in frames if f.startswith("eu.chorus."))] += 1
    order = [s for _, s in ends] + ["after the stages"]
    if ends:
        # the first stage's samples include the JVM's and Spark's start-up
        by_stage["start-up, " + ends[0][1]] = by_stage.pop(ends[0][1], collections.Counter())
        order[0] = "start-up, " + ends[0][1]
    names = [k for k, _ in KINDS] + ["jvm"]
    print("| stage | samples | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for stage in order:
        c = by_stage.get(stage)
        if not c:
            continue
        total = sum(c.values())
        print(f"| {stage} | {total} | " + " | ".join(f"{100 * c[k] / total:.0f}%" if c[k] else "" for k in names) + " |")
    print()
    print("Chorus methods with most samples (innermost Chorus frame):")
    for method, n in own.most_common(10):
        print(f"  {n:6d}  {method}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
