"""Print what the article parser reads in news article files: the extraction format as JSON, or a table.

A thin adapter over `registry.ingest.extraction.parse_article`: a file that cannot be read as an article
(or takes longer than --time-limit to parse) gets one line on stderr naming it, the other files are
still processed, and the exit status says something failed. An article that names no institution is no
bad file: it is printed with what it holds (people, perhaps) and a warning, like any other.
"""

import json
from pathlib import Path

from django.core.management import BaseCommand, CommandError

from registry.ingest.articles import ArticleFileError, read_article
from registry.ingest.extraction import parse_article
from registry.ingest.pipeline import ParseTimeout, add_time_limit_argument, alarm_after, warm_up_parser


class Command(BaseCommand):
    help = "Extract institutions, people, agreements, delegations and meetings from news article text files."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="Article text files (UTF-8).")
        parser.add_argument(
            "--format",
            choices=["json", "table"],
            default="json",
            help="json: a list with one extraction per file; table: a summary for people.",
        )
        parser.add_argument(
            "--home-institution",
            default=None,
            help="The publisher's name, used where an article says only 'our school'.",
        )
        add_time_limit_argument(parser)

    def handle(self, *args, **options):
        results, failed = [], 0
        if options["time_limit"]:
            warm_up_parser()
        for name in options["files"]:
            try:
                text = read_article(name)
                with alarm_after(options["time_limit"]):
                    result = parse_article(
                        text, file=Path(name).name, home_institution=options["home_institution"]
                    )
            except ArticleFileError as error:  # its message names the file
                failed += 1
                self.stderr.write(str(error))
                continue
            except ParseTimeout:
                failed += 1
                self.stderr.write(f"{name}: took longer than {options['time_limit']:g} s to parse; skipped")
                continue
            except Exception as error:  # a parser bug on one article must not lose the others' results
                failed += 1
                self.stderr.write(f"{name}: the parser failed ({type(error).__name__}: {error})")
                continue
            results.append(result)
        if options["format"] == "json":
            self.stdout.write(json.dumps(results, ensure_ascii=False, indent=1))
        else:
            for result in results:
                self.stdout.write(format_table(result))
        if failed:
            raise CommandError(f"{failed} of {len(options['files'])} file(s) could not be read as articles")


def format_table(result):
    """A plain-text summary of one extraction, for a person reading a terminal."""
    article = result["article"]
    lines = [f"== {article['file']}: {article['title']}", f"   published: {article['published'] or '?'}"]

    def section(name, rows, columns):
        lines.append(f"   {name} ({len(rows)})")
        for row in rows:
            cells = []
            for column in columns:
                value = row.get(column)
                if isinstance(value, list):
                    value = "; ".join(value)
                cells.append(f"{column}={value if value not in (None, '') else '-'}")
            lines.append("     - " + "  ".join(cells))

    section("institutions", result["institutions"], ["name", "country", "kind", "aliases"])
    section("people", result["people"], ["name", "title", "institution"])
    section("agreements", result["agreements"], ["kind", "action", "parties", "date"])
    section("delegations", result["delegations"], ["visitor", "host", "leader", "size", "start", "end"])
    section("meetings", result["meetings"], ["kind", "mode", "date", "parties", "location"])
    for warning in result["warnings"]:
        lines.append(f"   warning: {warning}")
    return "\n".join(lines) + "\n"
