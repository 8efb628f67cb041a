#!/usr/bin/env python3
"""quote_precision.py on a tiny fake run folder and bank: python3 -m unittest jobs/bench/test_quote_precision.py"""
import csv
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quote_precision  # noqa: E402

TOPIC_FILE = """# WG2.THRESHOLD: the compute threshold
[SUPPORT]
@ ACADEMIA
We support the compute threshold because it is simple, predictable and easy for every provider to check in advance.

[OPPOSE]
@ CIVIL_SOCIETY
We oppose the compute threshold because training compute says little about what a deployed model can actually do.

[NEUTRAL]
The threshold of Article 51 is expressed in floating point operations used for training the model.

[MENTION]
The compute threshold is discussed in another section of our submission.
"""
HEADINGS = """# headings
[WG2.THRESHOLD]
Designation of models and the compute threshold
"""
CAMPAIGN = """topics: WG2.THRESHOLD=OPPOSE
groups: CIVIL_SOCIETY

To the chairs,

We the undersigned ask the drafters to drop the compute threshold as the sole test of systemic risk in the Code.
"""
QUOTES = [
    # from the OPPOSE paragraph, quoted as OPPOSE (with an OCR slip): right
    ("WG2.THRESHOLD", "OPPOSE", "CIVIL_SOCIETY", "S1",
     "We oppose the compute threshold because training cornpute says little about what a deployed model can actually do."),
    # from the SUPPORT paragraph of {org}, quoted as SUPPORT: right
    ("WG2.THRESHOLD", "SUPPORT", "ACADEMIA", "S2", "We support the compute threshold because it is simple, predictable."),
    # the NEUTRAL context paragraph quoted as SUPPORT: wrong
    ("WG2.THRESHOLD", "SUPPORT", "ACADEMIA", "S3",
     "The threshold of Article 51 is expressed in floating point operations used for training the model."),
    # a heading quoted as OPPOSE: wrong, and a heading by the rules too
    ("WG2.THRESHOLD", "OPPOSE", "CIVIL_SOCIETY", "S4", "Designation of models and the compute threshold"),
    # a campaign letter that opposes the topic: right (letter-level label)
    ("WG2.THRESHOLD", "OPPOSE", "RIGHTSHOLDER", "S5",
     "We the undersigned ask the drafters to drop the compute threshold as the sole test of systemic risk in the Code."),
    # nothing of the bank, and a question; the same question again under another stance
    ("WG2.THRESHOLD", "OPPOSE", "ACADEMIA", "S6", "Is this threshold the right one for Europe?"),
    ("WG2.THRESHOLD", "MIXED", "ACADEMIA", "S6", "is this threshold the right one for Europe ?"),
]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


class QuotePrecisionTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        root = self.tmp.name
        self.bank = os.path.join(root, "bank")
        write(os.path.join(self.bank, "en", "WG2.THRESHOLD.txt"), TOPIC_FILE.replace("We support", "{org} and we support"))
        write(os.path.join(self.bank, "en", "_headings.txt"), HEADINGS)
        write(os.path.join(self.bank, "campaigns", "threshold-letter.en.txt"), CAMPAIGN)
        self.run_folder = os.path.join(root, "run")
        os.makedirs(self.run_folder)
        with open(os.path.join(self.run_folder, "quotes.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(["topic", "stance", "stakeholder_group", "position_id", "submission_id", "organisation", "file",
                        "page", "passage_id", "text", "campaign_id"])
            for topic, stance, group, sub, text in QUOTES:
                w.writerow([topic, stance, group, "", sub, "", sub + "/a.pdf", 1, sub + ":1:0001", text, ""])
        self.gold = os.path.join(root, "gold")
        write(os.path.join(self.gold, "split.csv"),
              "submission_id,split\nS1,test\nS2,train\nS3,test\nS4,test\nS5,test\nS6,train\n")

    def tearDown(self):
        self.tmp.cleanup()

    def test_a_quote_counts_when_it_comes_from_a_paragraph_written_for_its_cell(self):
        r = quote_precision.measure(self.run_folder, self.gold, self.bank)
        self.assertEqual(7, r["quotes"])
        self.assertEqual(5, r["attributed"])
        self.assertEqual(3, r["from_paragraph_of_cell"])
        self.assertAlmostEqual(3 / 7, r["share"])
        self.assertEqual({"NEUTRAL paragraph of the topic": 1, "heading": 1,
                          "no bank paragraph (a label, an OCR-damaged or generated line)": 2}, r["elsewhere"])
        self.assertEqual(1, r["by_stance"]["SUPPORT"]["from_paragraph_of_cell"])

    def test_rules_need_no_labels(self):
        rules = quote_precision.measure(self.run_folder, self.gold, self.bank)["rules"]
        self.assertEqual(2, rules["questions"])
        self.assertEqual(1, rules["headings_or_lead_ins"])
        self.assertEqual(2, rules["repeated_texts"])
        self.assertEqual(2, rules["texts_under_two_stances"])
        self.assertEqual(0, rules["cells_quoting_a_submission_twice"])

    def test_a_split_keeps_its_submissions_only(self):
        r = quote_precision.measure(self.run_folder, self.gold, self.bank, "test")
        self.assertEqual(4, r["quotes"])
        self.assertEqual(2, r["from_paragraph_of_cell"])

    def test_the_command_line_prints_the_share_and_refuses_a_missing_run(self):
        out = os.path.join(self.tmp.name, "r.json")
        self.assertEqual(0, quote_precision.main(["--run", self.run_folder, "--gold", self.gold, "--bank", self.bank,
                                                  "--json", out]))
        self.assertTrue(os.path.isfile(out))
        self.assertEqual(2, quote_precision.main(["--run", os.path.join(self.tmp.name, "nothing"), "--bank", self.bank]))

    def write_positions(self, rows, shown_column):
        with open(os.path.join(self.run_folder, "positions.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(["topic", "position_id", "stance", "label", "submissions", "representative_text"]
                       + (["shown"] if shown_column else []))
            for i, (stance, label, size, text, shown) in enumerate(rows):
                w.writerow(["WG2.THRESHOLD", "WG2.THRESHOLD/%s/%d" % (stance, i + 1), stance, label, size, text]
                           + ([shown] if shown_column else []))

    def test_a_position_title_counts_when_it_comes_from_a_paragraph_of_its_cell(self):
        oppose = "We oppose the compute threshold because training compute says little about what a deployed model can do."
        self.write_positions([
            ("OPPOSE", "We oppose the compute threshold because training compute says little … - asks to cut back", 3,
             oppose, "true"),
            ("SUPPORT", "threshold; compute; simple", 2, "We support the compute threshold because it is simple.", "true"),
            ("SUPPORT", "The threshold of Article 51 is expressed in floating point operations", 1,
             "The threshold of Article 51 is expressed in floating point operations.", "true"),
            ("SUPPORT", "Designation of models and the compute threshold", 1, "x", "false"),
        ], shown_column=True)
        p = quote_precision.measure(self.run_folder, self.gold, self.bank)["positions"]
        self.assertEqual((4, 3), (p["positions"], p["shown"]))
        self.assertEqual(1, p["titles"]["from_paragraph_of_cell"], "terms trace to no paragraph; context is not an argument")
        self.assertEqual(2, p["representative_texts"]["from_paragraph_of_cell"])
        self.assertEqual({"NEUTRAL paragraph of the topic": 1,
                          "no bank paragraph (terms, a label, an OCR-damaged or generated line)": 1},
                         p["titles"]["elsewhere"])

    def test_without_a_shown_column_six_positions_per_cell_are_shown(self):
        self.write_positions([("OPPOSE", "t", n, "x", "") for n in range(8)], shown_column=False)
        p = quote_precision.measure(self.run_folder, self.gold, self.bank)["positions"]
        self.assertEqual((8, 6), (p["positions"], p["shown"]))


if __name__ == "__main__":
    unittest.main()
