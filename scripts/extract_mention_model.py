"""An experiment, not part of ``promissory extract``: how well does a small learned model read the
roles of mentions, measured the honest way (cross-validated by corpus part)?

Every percentage, amount, date and index name the extractor finds (``find_mentions``) in each
corpus note is labelled with the truth field whose value it equals ("none" otherwise). A logistic
regression per kind of mention, over hashed words and word pairs around the mention, is trained
on nine tenths of the corpus parts and predicts the held-out tenth; for each note and field the
mention with the highest probability is the reading, kept when its probability reaches
``--threshold``. Printed: recall and precision over the fields a mention can hold (a prepayment
premium of "none" cannot be a mention and is left out), overall and per field.

    PYTHONPATH=src python scripts/extract_mention_model.py [--threshold 0.6] [--folds 10]

Needs scikit-learn (a dev dependency). Results are recorded in ``docs/extract.md``.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression

from promissory.extract.mentions import Mention, find_mentions
from promissory.extract.scoring import load_truth, same
from promissory.extract.span import SourceText

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "extract" / "corpus"
#: The truth fields each kind of mention can be the value of, in the order a label is chosen.
ROLES: dict[str, tuple[str, ...]] = {
    "percent": ("interest.rate", "interest.floating.margin", "interest.floating.floor",
                "interest.floating.cap", "interest.default_margin", "interest.default_rate",
                "late_charge", "prepayment.premium"),
    "money": ("commitment", "schedule.installment"),
    "date": ("issue_date", "maturity", "schedule.first_payment", "draw_period_end"),
    "index": ("interest.floating.index",),
}  # fmt: skip
_WORD = re.compile(r"[a-z]+|\d+|[%$]")


@dataclass
class Sample:
    part: str
    note: str
    kind: str
    label: str
    features: list[str]


def features(text: str, mention: Mention) -> list[str]:
    """Words and word pairs before and after the mention, its line's opening words, where it is."""
    start, end = mention.span.start, mention.span.end
    before = _WORD.findall(text[max(0, start - 200) : start].lower())[-14:]
    after = _WORD.findall(text[end : end + 120].lower())[:8]
    line = _WORD.findall(text[text.rfind("\n", 0, start) + 1 : start].lower())[-4:]
    return [
        *(f"b:{w}" for w in before),
        *(f"a:{w}" for w in after),
        *(f"b2:{x}_{y}" for x, y in pairwise(before[-6:])),
        *(f"a2:{x}_{y}" for x, y in pairwise(after[:6])),
        *(f"bb:{w}" for w in before[-3:]),
        *(f"aa:{w}" for w in after[:3]),
        *(f"l:{w}" for w in line),
        f"pos:{min(9, 10 * start // max(1, len(text)))}",
        f"early:{start < 800}",
    ]


def samples() -> tuple[list[Sample], dict[tuple[str, str], dict[str, object]]]:
    out: list[Sample] = []
    truths: dict[tuple[str, str], dict[str, object]] = {}
    for path in sorted(CORPUS.glob("*/[0-9]*.txt")):
        truth = load_truth(path.with_suffix(".toml"))
        truths[(path.parent.name, path.name)] = truth
        text = path.read_text(errors="replace")
        for mention in find_mentions(SourceText(text)):
            roles = ROLES.get(mention.kind)
            if roles is None:
                continue
            label = next((k for k in roles if k in truth and same(k, mention.value, truth[k])),
                         "none")  # fmt: skip
            out.append(Sample(path.parent.name, path.name, mention.kind, label,
                              features(text, mention)))  # fmt: skip
    return out, truths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument("--folds", type=int, default=10)
    args = parser.parse_args()
    rows, truths = samples()
    hasher = FeatureHasher(n_features=2**18, input_type="string")
    parts = sorted({r.part for r in rows})
    probability: list[dict[str, float]] = [{} for _ in rows]
    for k in range(args.folds):
        held = set(parts[k :: args.folds])
        for kind in ROLES:
            train = [r for r in rows if r.part not in held and r.kind == kind]
            test = [i for i, r in enumerate(rows) if r.part in held and r.kind == kind]
            if not test or len({r.label for r in train}) < 2:
                continue
            model = LogisticRegression(max_iter=2000, C=2.0)
            model.fit(hasher.transform(r.features for r in train), [r.label for r in train])
            table = model.predict_proba(hasher.transform(rows[i].features for i in test))
            for i, p in zip(test, table, strict=True):
                probability[i] = dict(zip(model.classes_, p, strict=True))
    by_note: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_note[(r.part, r.note)].append(i)
    fields = [f for roles in ROLES.values() for f in roles if f != "prepayment.premium"]
    tally: dict[str, list[int]] = {f: [0, 0, 0] for f in fields}  # reported, right, truth
    for key, truth in truths.items():
        for field in fields:
            tally[field][2] += field in truth
            best = max(by_note.get(key, []), key=lambda i: probability[i].get(field, 0.0),
                       default=None)  # fmt: skip
            if best is not None and probability[best].get(field, 0.0) >= args.threshold:
                tally[field][0] += 1
                tally[field][1] += rows[best].label == field
    reported, right, truth_count = (sum(t[j] for t in tally.values()) for j in range(3))
    print(f"{len(rows)} mentions in {len(truths)} notes; {args.folds} folds by part; "
          f"threshold {args.threshold}")  # fmt: skip
    print(f"recall {right}/{truth_count} = {100 * right / truth_count:.1f}%, "
          f"precision {right}/{reported} = {100 * right / max(1, reported):.1f}%")  # fmt: skip
    for field, (rep, ok, n) in tally.items():
        print(f"  {field:28} {ok}/{rep} right, of {n} labelled")


if __name__ == "__main__":
    main()
