"""Score ``promissory extract`` on the labelled corpus of real notes, part by part::

    PYTHONPATH=src python scripts/extract_score.py            # both parts, per field
    PYTHONPATH=src python scripts/extract_score.py --part dev --mistakes
    PYTHONPATH=src python scripts/extract_score.py --json

Prints recall, precision and the count of confidently wrong values (confidence >= 0.90) per field,
for the development part (``tests/extract/corpus/dev``, which rules may be tuned on), the first
held-out part (``heldout``: scored, then its mistakes were read, see ``docs/extract.md``) and the
later held-out parts (``heldout-b`` … ``heldout-ne``: each collected after the fixes the previous
part prompted, and scored once before any further change).  The figures are recorded in
``docs/extract.md``; the scoring rules are in ``promissory.extract.scoring``.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from pathlib import Path

from promissory.extract import extract_file
from promissory.extract.records import Extraction
from promissory.extract.scoring import (
    CRITICAL,
    FIELDS,
    NoteResult,
    Tally,
    calibration,
    compare,
    load_truth,
    totals,
)

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "extract" / "corpus"


def score_part(folder: Path) -> list[NoteResult]:
    """Every note of one part, extracted and compared; a note whose extraction raises is scored as
    an extraction that read nothing (every labelled value missing), and the error is listed first
    among its mistakes, so that a crash costs recall rather than stopping the score."""
    results = []
    for text in sorted(folder.glob("*.txt")):
        truth = load_truth(text.with_suffix(".toml"))
        try:
            extraction = extract_file(text)
        except Exception as error:  # any failure of the rules is scored, not raised
            result = compare(text.stem, Extraction("unknown", (), (), ()), truth)
            result.mistakes.insert(0, f"extraction raised {type(error).__name__}: {error}")
            results.append(result)
            continue
        results.append(compare(text.stem, extraction, truth))
    return results


def _pct(value: Decimal | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def _row(name: str, t: Tally) -> str:
    return (
        f"| {name} | {t.truth} | {t.reported} | {t.right} | {_pct(t.recall)} | "
        f"{_pct(t.precision)} | {t.confidently_wrong} | {t.offered_right}/{t.offered} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--part",
        choices=[
            "dev",
            "heldout",
            "heldout-b",
            "heldout-c",
            "heldout-d",
            "heldout-e",
            "heldout-f",
            "heldout-g",
            "heldout-h",
            "heldout-i",
            "heldout-j",
            "heldout-k",
            "heldout-l",
            "heldout-m",
            "heldout-n",
            "heldout-o",
            "heldout-p",
            "heldout-q",
            "heldout-r",
            "heldout-s",
            "heldout-t",
            "heldout-u",
            "heldout-v",
            "heldout-w",
            "heldout-x",
            "heldout-y",
            "heldout-z",
            "heldout-aa",
            "heldout-ab",
            "heldout-ac",
            "heldout-ad",
            "heldout-ae",
            "heldout-af",
            "heldout-ag",
            "heldout-ah",
            "heldout-ai",
            "heldout-aj",
            "heldout-ak",
            "heldout-al",
            "heldout-am",
            "heldout-an",
            "heldout-ao",
            "heldout-ap",
            "heldout-aq",
            "heldout-ar",
            "heldout-as",
            "heldout-at",
            "heldout-au",
            "heldout-av",
            "heldout-aw",
            "heldout-ax",
            "heldout-ay",
            "heldout-az",
            "heldout-ba",
            "heldout-bb",
            "heldout-bc",
            "heldout-bd",
            "heldout-be",
            "heldout-bf",
            "heldout-bg",
            "heldout-bh",
            "heldout-bi",
            "heldout-bj",
            "heldout-bk",
            "heldout-bl",
            "heldout-bm",
            "heldout-bn",
            "heldout-bo",
            "heldout-bp",
            "heldout-bq",
            "heldout-br",
            "heldout-bs",
            "heldout-bt",
            "heldout-bu",
            "heldout-bv",
            "heldout-bw",
            "heldout-bx",
            "heldout-by",
            "heldout-bz",
            "heldout-ca",
            "heldout-cb",
            "heldout-cc",
            "heldout-cd",
            "heldout-ce",
            "heldout-cf",
            "heldout-cg",
            "heldout-ch",
            "heldout-ci",
            "heldout-cj",
            "heldout-ck",
            "heldout-cl",
            "heldout-cm",
            "heldout-co",
            "heldout-cp",
            "heldout-cq",
            "heldout-cr",
            "heldout-cs",
            "heldout-ct",
            "heldout-cu",
            "heldout-cv",
            "heldout-cw",
            "heldout-cx",
            "heldout-cy",
            "heldout-cz",
            "heldout-da",
            "heldout-db",
            "heldout-dc",
            "heldout-dd",
            "heldout-de",
            "heldout-df",
            "heldout-dg",
            "heldout-dh",
            "heldout-di",
            "heldout-dj",
            "heldout-dk",
            "heldout-dl",
            "heldout-dm",
            "heldout-dn",
            "heldout-do",
            "heldout-dp",
            "heldout-dq",
            "heldout-dr",
            "heldout-ds",
            "heldout-dt",
            "heldout-du",
            "heldout-dv",
            "heldout-dw",
            "heldout-dx",
            "heldout-dy",
            "heldout-dz",
            "heldout-ea",
            "heldout-eb",
            "heldout-ec",
            "heldout-ed",
            "heldout-ee",
            "heldout-ef",
            "heldout-eg",
            "heldout-eh",
            "heldout-ei",
            "heldout-ej",
            "heldout-ek",
            "heldout-el",
            "heldout-em",
            "heldout-en",
            "heldout-eo",
            "heldout-ep",
            "heldout-eq",
            "heldout-er",
            "heldout-es",
            "heldout-et",
            "heldout-eu",
            "heldout-ev",
            "heldout-ew",
            "heldout-ex",
            "heldout-ey",
            "heldout-ez",
            "heldout-fa",
            "heldout-fb",
            "heldout-fc",
            "heldout-fe",
            "heldout-ff",
            "heldout-fg",
            "heldout-fh",
            "heldout-fi",
            "heldout-fj",
            "heldout-fk",
            "heldout-fl",
            "heldout-fm",
            "heldout-fn",
            "heldout-fo",
            "heldout-fp",
            "heldout-fq",
            "heldout-fr",
            "heldout-fs",
            "heldout-ft",
            "heldout-fu",
            "heldout-fv",
            "heldout-fw",
            "heldout-fx",
            "heldout-fy",
            "heldout-fz",
            "heldout-ga",
            "heldout-gb",
            "heldout-gc",
            "heldout-gd",
            "heldout-ge",
            "heldout-gf",
            "heldout-gg",
            "heldout-gh",
            "heldout-gi",
            "heldout-gj",
            "heldout-gk",
            "heldout-gl",
            "heldout-gm",
            "heldout-gn",
            "heldout-go",
            "heldout-gp",
            "heldout-gq",
            "heldout-gr",
            "heldout-gs",
            "heldout-gt",
            "heldout-gu",
            "heldout-gv",
            "heldout-gw",
            "heldout-gx",
            "heldout-gy",
            "heldout-gz",
            "heldout-ha",
            "heldout-hb",
            "heldout-hc",
            "heldout-hd",
            "heldout-he",
            "heldout-hf",
            "heldout-hg",
            "heldout-hh",
            "heldout-hi",
            "heldout-hj",
            "heldout-hk",
            "heldout-hl",
            "heldout-hm",
            "heldout-ho",
            "heldout-hp",
            "heldout-hq",
            "heldout-hr",
            "heldout-hs",
            "heldout-ht",
            "heldout-hu",
            "heldout-hv",
            "heldout-hw",
            "heldout-hx",
            "heldout-hy",
            "heldout-hz",
            "heldout-ia",
            "heldout-ib",
            "heldout-ic",
            "heldout-id",
            "heldout-ie",
            "heldout-if",
            "heldout-ig",
            "heldout-ih",
            "heldout-ii",
            "heldout-ij",
            "heldout-ik",
            "heldout-il",
            "heldout-im",
            "heldout-in",
            "heldout-io",
            "heldout-ip",
            "heldout-iq",
            "heldout-ir",
            "heldout-is",
            "heldout-it",
            "heldout-iu",
            "heldout-iv",
            "heldout-iw",
            "heldout-ix",
            "heldout-iy",
            "heldout-iz",
            "heldout-ja",
            "heldout-jb",
            "heldout-jc",
            "heldout-jd",
            "heldout-je",
            "heldout-jf",
            "heldout-jg",
            "heldout-jh",
            "heldout-ji",
            "heldout-jk",
            "heldout-jl",
            "heldout-jm",
            "heldout-jn",
            "heldout-jo",
            "heldout-jp",
            "heldout-jq",
            "heldout-jr",
            "heldout-js",
            "heldout-jt",
            "heldout-ju",
            "heldout-jv",
            "heldout-jw",
            "heldout-jx",
            "heldout-jy",
            "heldout-jz",
            "heldout-ka",
            "heldout-kb",
            "heldout-kc",
            "heldout-kd",
            "heldout-ke",
            "heldout-kf",
            "heldout-kg",
            "heldout-kh",
            "heldout-ki",
            "heldout-kj",
            "heldout-kk",
            "heldout-kl",
            "heldout-km",
            "heldout-kn",
            "heldout-ko",
            "heldout-kp",
            "heldout-kq",
            "heldout-kr",
            "heldout-ks",
            "heldout-kt",
            "heldout-ku",
            "heldout-kv",
            "heldout-kw",
            "heldout-kx",
            "heldout-ky",
            "heldout-kz",
            "heldout-la",
            "heldout-lb",
            "heldout-lc",
            "heldout-ld",
            "heldout-le",
            "heldout-lf",
            "heldout-lg",
            "heldout-lh",
            "heldout-li",
            "heldout-lj",
            "heldout-lk",
            "heldout-ll",
            "heldout-lm",
            "heldout-ln",
            "heldout-lo",
            "heldout-lp",
            "heldout-lq",
            "heldout-lr",
            "heldout-ls",
            "heldout-lt",
            "heldout-lu",
            "heldout-lv",
            "heldout-lw",
            "heldout-lx",
            "heldout-ly",
            "heldout-lz",
            "heldout-ma",
            "heldout-mb",
            "heldout-mc",
            "heldout-md",
            "heldout-me",
            "heldout-mf",
            "heldout-mg",
            "heldout-mh",
            "heldout-mi",
            "heldout-mj",
            "heldout-mk",
            "heldout-ml",
            "heldout-mm",
            "heldout-mn",
            "heldout-mo",
            "heldout-mp",
            "heldout-mq",
            "heldout-mr",
            "heldout-ms",
            "heldout-mt",
            "heldout-mu",
            "heldout-mv",
            "heldout-mw",
            "heldout-mx",
            "heldout-my",
            "heldout-mz",
            "heldout-na",
            "heldout-nb",
            "heldout-nc",
            "heldout-nd",
            "heldout-ne",
            "all",
        ],
        default="all",
    )
    parser.add_argument("--mistakes", action="store_true", help="list every miss and wrong value")
    parser.add_argument("--json", action="store_true", help="print the tallies as JSON")
    parser.add_argument(
        "--calibration", action="store_true", help="precision of the readings by confidence band"
    )
    args = parser.parse_args()
    parts = ["dev", "heldout", "heldout-b", "heldout-c"] if args.part == "all" else [args.part]
    report: dict[str, dict[str, dict[str, object]]] = {}
    for part in parts:
        results = score_part(CORPUS / part)
        summed = totals(results)
        report[part] = {
            key: {
                "truth": t.truth,
                "reported": t.reported,
                "right": t.right,
                "recall": None if t.recall is None else str(round(t.recall, 3)),
                "precision": None if t.precision is None else str(round(t.precision, 3)),
                "confidently_wrong": t.confidently_wrong,
                "offered": t.offered,
                "offered_right": t.offered_right,
            }
            for key, t in summed.items()
        }
        if args.json:
            continue
        print(f"\n## {part} ({len(results)} notes)\n")
        print("| field | truth | reported | right | recall | precision | confidently wrong "
              "| candidates right/offered |")  # fmt: skip
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for key in FIELDS:
            if summed[key].truth or summed[key].reported:
                print(_row(f"`{key}`", summed[key]))
        print(_row("**all fields**", summed["all"]))
        print(_row("**rates, amounts, dates**", summed["critical"]))
        if args.calibration:
            print("\n| confidence | readings | right | precision | rates, amounts, dates: readings "
                  "| right | precision |")  # fmt: skip
            print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
            every, critical = calibration(results), calibration(results, CRITICAL)
            for band, t in every.items():
                k = critical[band]
                print(f"| {band} | {t.reported} | {t.right} | {_pct(t.precision)} "
                      f"| {k.reported} | {k.right} | {_pct(k.precision)} |")  # fmt: skip
        if args.mistakes:
            for result in results:
                if result.mistakes:
                    print(f"\n{result.name}:")
                    for mistake in result.mistakes:
                        print(f"  - {mistake}")
    if args.json:
        print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
