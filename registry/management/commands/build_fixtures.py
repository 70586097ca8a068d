"""Turn news articles into a fixture that `loaddata` loads into an empty or a populated registry."""

import os
import tempfile
from pathlib import Path

from django.core.management import BaseCommand, CommandError
from django.db import transaction

from agreements.models import Institution
from registry.ingest.fixture_export import fixture_json
from registry.ingest.pipeline import IngestError, add_time_limit_argument, load_all, parse_articles


class Command(BaseCommand):
    help = (
        "Parse articles and write the records they give as a fixture with natural keys "
        "(loads into an empty registry, or one that already has rows). The database is left unchanged."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, metavar="ARTICLE")
        parser.add_argument(
            "-o", "--output", type=Path, required=True, help="The fixture file to write (JSON)."
        )
        parser.add_argument(
            "--skip-bad", action="store_true", help="Leave out files that cannot be read or parsed."
        )
        add_time_limit_argument(parser)

    def handle(self, *args, paths, output, skip_bad, time_limit, **options):
        home = Institution.objects.home().first()
        try:
            extractions, problems = parse_articles(
                paths, home=home, stderr=self.stderr, skip_bad=skip_bad, time_limit=time_limit
            )
            with transaction.atomic():
                result = load_all(extractions, home=home, stderr=self.stderr)
                text, count = fixture_json(result)
                transaction.set_rollback(True)  # the fixture is the product; the database stays as it was
        except IngestError as error:
            raise CommandError(str(error)) from None
        output.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=output.parent, delete=False) as handle:
            handle.write(text + "\n")
        os.replace(handle.name, output)  # never leave a half-written fixture behind
        for problem in problems:
            self.stderr.write(f"skipped {problem}")
        self.stdout.write(f"Wrote {count} objects from {len(extractions)} article(s) to {output}")
