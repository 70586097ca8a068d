"""Measure the article parser against hand-made gold answers."""

import json
from pathlib import Path

from django.core.management import BaseCommand, CommandError

from registry.ingest.articles import ArticleFileError, read_article
from registry.ingest.scoring import RECORD_TYPES, report, score_all


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
            help="Fail (exit 1) when KIND's F1 (or 'country' / 'dates' accuracy) is below VALUE. Repeatable.",
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

        thresholds = {}
        for item in min_f1:
            kind, _, value = item.partition("=")
            if kind not in (*RECORD_TYPES, "country", "dates") or not value:
                raise CommandError(
                    f"--min-f1 {item!r}: expected KIND=VALUE with KIND one of "
                    f"{', '.join((*RECORD_TYPES, 'country', 'dates'))}"
                )
            thresholds[kind] = float(value)
        figures = {kind: total.counts[kind].f1 for kind in RECORD_TYPES}
        figures.update(country=total.country_accuracy, dates=total.date_accuracy)
        short = [
            f"{kind} {figures[kind]:.2f} < {value}"
            for kind, value in thresholds.items()
            if figures[kind] < value
        ]
        summary = " ".join(f"{kind[:4]}={figures[kind]:.2f}" for kind in RECORD_TYPES)
        summary += f" ctry={figures['country']:.2f} date={figures['dates']:.2f}"
        if short or missing:
            raise CommandError(
                "SHORT: "
                + "; ".join(short + [f"{len(missing)} articles without prediction"] * bool(missing))
                + " | "
                + summary
            )
        self.stdout.write("OK | " + summary)
