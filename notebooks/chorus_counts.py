"""The framework matrix's counting rule, for the notebooks: counted from a run's stances.csv and
submissions.csv the way synthesis.csv, the chairs' report and the XLSX export count it.

One rule for campaigns: a campaign (near-identical letters) counts once on a topic, as a position
with N signatories (its members with a stance on the topic), in the cell of the group most of its
members belong to; its members are never counted one by one among the individual submissions.

ChorusRunIT runs `cells` on its run and compares it cell by cell with synthesis.csv, the report's
model and the XLSX matrix.
"""
from pathlib import Path

import pandas as pd

STANCES = ["SUPPORT", "OPPOSE", "MIXED", "NEUTRAL"]
COLUMNS = ["topic", "stakeholder_group", "support", "oppose", "mixed", "neutral", "campaigns", "campaign_signatories"]


def _table(run, name):
    return pd.read_csv(Path(run) / name, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def group_order(run, submissions):
    """The consultation's order of groups: positions.csv's group columns (the profile's order), else alphabetical."""
    path = Path(run) / "positions.csv"
    if path.exists():
        columns = list(pd.read_csv(path, nrows=0, encoding="utf-8-sig").columns)
        if "campaign_signatories" in columns and "representative_passage_id" in columns:
            return columns[columns.index("campaign_signatories") + 1:columns.index("representative_passage_id")]
    return sorted(set(submissions["stakeholder_group"]))


def cells(run):
    """One row per topic × stakeholder group with a finding: individual submissions per stance, then
    the campaigns and their signatories (counted apart, each campaign once)."""
    submissions = _table(run, "submissions.csv")
    stances = _table(run, "stances.csv")
    order = {g: i for i, g in enumerate(group_order(run, submissions))}
    group = dict(zip(submissions["submission_id"], submissions["stakeholder_group"]))
    campaign = {s: c for s, c in zip(submissions["submission_id"], submissions["campaign_id"]) if c}
    # a campaign's group: the one most of its members belong to, ties to the earlier in the consultation's order
    campaign_group = {}
    for c, members in submissions[submissions["campaign_id"] != ""].groupby("campaign_id"):
        counts = members["stakeholder_group"].value_counts()
        campaign_group[c] = min(counts.index, key=lambda g: (-counts[g], order.get(g, len(order))))

    rows = {}

    def cell(topic, g):
        return rows.setdefault((topic, g), {c: 0 for c in COLUMNS[2:]})

    votes = {}
    for sid, topic, stance in zip(stances["submission_id"], stances["topic"], stances["stance"]):
        c = campaign.get(sid)
        if c is None:
            cell(topic, group.get(sid, ""))[stance.lower()] += 1
        else:
            votes.setdefault((topic, c), []).append(stance)
    for (topic, c), held in votes.items():
        target = cell(topic, campaign_group[c])
        target["campaigns"] += 1
        target["campaign_signatories"] += len(held)
    ordered = sorted(rows.items(), key=lambda kv: (kv[0][0], order.get(kv[0][1], len(order)), kv[0][1]))
    return pd.DataFrame([{"topic": t, "stakeholder_group": g, **v} for (t, g), v in ordered], columns=COLUMNS)


def by_group(run):
    """Stances by stakeholder group over all topics, campaigns apart: what the notebooks chart."""
    frame = cells(run)
    return frame.groupby("stakeholder_group")[COLUMNS[2:]].sum()
