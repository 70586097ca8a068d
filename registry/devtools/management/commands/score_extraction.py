"""Measure the article parser against hand-made gold answers."""

import json
from pathlib import Path

from django.core.management import BaseCommand, CommandError

from registry.ingest.articles import ArticleFileError, read_article
from registry.ingest.scoring import ATTRIBUTES, RECORD_TYPES, report, score_all

# The keys --min-f1 takes, as the yardstick's: record types, accuracies, attributes and "kind".
THRESHOLD_KEYS = (*RECORD_TYPES, "country", "dates", "kind", *(key for key, _, _ in ATTRIBUTES))
THRESHOLD_ALIASES = {"date": "dates", "dates_(matched)": "dates_matched"}


class Command(BaseCommand):
    help = (
        "Parse ARTICLEs and score the result against GOLD_DIR/<article stem>.json: precision, recall and F1 "
        "per record type, country accuracy and date accuracy, micro-averaged over the articles."
    )

    def add_arguments(self, parser):
        parser.add_argument("gold_dir", type=Path, metavar="GOLD_DIR")
        parser.add_argument("articles", nargs="*", type=Path, metavar="ARTICLE")
        parser.add_argument(
            "--predictions",
            type=Path,
            help="Score this JSON list (extract_articles --format json) instead of parsing.",
        )
        parser.add_argument("--verbose", action="store_true", help="List every missed and extra record.")
        parser.add_argument(
            "--min-f1",
            action="append",
            default=[],
            metavar="KIND=VALUE",
            help="Fail (exit 1) when KIND's F1 (or 'country', 'dates', 'kind' or an attribute's accuracy, "
            "such as 'delegation_leader') is below VALUE. Repeatable.",
        )

    def handle(self, *args, gold_dir, articles, predictions, verbose, min_f1, **options):
        if not gold_dir.is_dir():
            raise CommandError(f"{gold_dir}: not a directory of gold answers")
        golds = {}
        for path in sorted(gold_dir.glob("*.json")):
            try:
                golds[path.stem] = json.loads(path.read_text(encoding="utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                raise CommandError(f"{path}: not a JSON gold answer ({error})") from None
        if predictions:
            try:
                extracted = json.loads(predictions.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
                raise CommandError(f"{predictions}: cannot read predictions ({error})") from None
        elif articles:
            from registry.ingest.extraction import parse_article

            extracted = []
            for path in articles:
                try:
                    extracted.append(parse_article(read_article(path), file=path.name))
                except ArticleFileError as error:
                    raise CommandError(str(error)) from None
            scored = {Path(e["article"]["file"]).stem for e in extracted}
            golds = {stem: gold for stem, gold in golds.items() if stem in scored}
        else:
            raise CommandError("give ARTICLE files to parse, or --predictions FILE")
        if not golds:
            raise CommandError(f"no gold answer in {gold_dir} matches the articles given")
        total, per_article, missing = score_all(extracted, golds)
        self.stdout.write(report(total, per_article, missing, verbose=verbose))

        thresholds = dict(threshold(item) for item in min_f1)
        figures = total.figures()
        short = [
            f"{kind} {figures[kind]:.2f} < {value}"
            for kind, value in thresholds.items()
            if figures[kind] < value
        ]
        summary = total.summary()
        if short or missing:
            raise CommandError(
                "SHORT: "
                + "; ".join(short + [f"{len(missing)} articles without prediction"] * bool(missing))
                + " | "
                + summary
            )
        self.stdout.write("OK | " + summary)


def threshold(item):
    """(key, value) of one --min-f1 KIND=VALUE, spelt as the yardstick takes it."""
    kind, _, value = item.partition("=")
    kind = kind.strip().lower().replace("-", "_").replace(" ", "_")
    kind = THRESHOLD_ALIASES.get(kind, kind)
    try:
        if kind in THRESHOLD_KEYS:
            return kind, float(value)
    except ValueError:
        pass
    raise CommandError(f"--min-f1 {item!r}: expected KIND=VALUE with KIND one of {', '.join(THRESHOLD_KEYS)}")
