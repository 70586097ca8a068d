"""Parse news articles and write what they report into the registry, all or nothing."""

from collections import Counter
from pathlib import Path

from django.core.management import BaseCommand, CommandError

from agreements.models import Institution
from registry.ingest.pipeline import (
    IngestError,
    add_time_limit_argument,
    load_all_atomically,
    parse_articles,
)
from registry.ingest.review import queue_files


def describe(changes):
    return "\n".join(f"  {change}: {count}" for change, count in sorted(changes.items())) or "  nothing"


class Command(BaseCommand):
    help = (
        "Parse article text files and load what they report (institutions, people, agreements, delegations, "
        "meetings, with the evidence sentence of each) into the registry in one transaction."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, metavar="FILE")
        parser.add_argument(
            "--dry-run", action="store_true", help="Do the whole load, print the changes, keep nothing."
        )
        parser.add_argument(
            "--skip-bad",
            action="store_true",
            help="Load the good files even when some cannot be read or parsed (they are listed on stderr).",
        )
        parser.add_argument(
            "--review",
            action="store_true",
            help="Load nothing: queue each article for review on the intake page (/intake/). "
            "Without it, what is loaded is marked not reviewed.",
        )

        parser.add_argument(
            "--replace-changed",
            action="store_true",
            help="An article whose text changed since it was loaded replaces what its old version "
            "contributed (records only it reported are deleted); without it such an article stops the run.",
        )

        add_time_limit_argument(parser)

    def handle(self, *args, paths, dry_run, skip_bad, replace_changed, time_limit, review, **options):
        if review:
            if dry_run or skip_bad or replace_changed:
                raise CommandError(
                    "--review queues every file or none and loads nothing: "
                    "drop --dry-run/--skip-bad/--replace-changed."
                )
            return self.queue(paths)
        home = Institution.objects.home().first()
        try:
            extractions, problems = parse_articles(
                paths, home=home, stderr=self.stderr, skip_bad=skip_bad, time_limit=time_limit
            )
            result = load_all_atomically(
                extractions, home=home, stderr=self.stderr, dry_run=dry_run, replace_changed=replace_changed
            )
        except IngestError as error:
            raise CommandError(str(error)) from None
        for problem in problems:
            self.stderr.write(f"skipped {problem}")
        verb = "Would change (dry run, nothing kept)" if dry_run else "Changed"
        self.stdout.write(f"{verb}, from {len(extractions)} article(s):\n{describe(Counter(result.changes))}")

    def queue(self, paths):
        try:
            proposals = queue_files(paths)
        except IngestError as error:
            raise CommandError(str(error)) from None
        for proposal in proposals:
            counts = ", ".join(f"{count} {kind}" for kind, count in proposal.record_counts().items() if count)
            self.stdout.write(f"queued {proposal.file_name} for review: {counts}")
        self.stdout.write(f"{len(proposals)} article(s) wait for review at /intake/.")
