"""Measure the article parser: articles per second on one core, peak memory, gazetteer load time."""

import resource
import time
from pathlib import Path

from django.conf import settings
from django.core.management import BaseCommand, CommandError

from registry.ingest.extraction import parse_article


class Command(BaseCommand):
    help = (
        "Parse 1,000 articles (fixtures/articles and, when present, ../shared/dev-articles, repeated) "
        "with the gazetteer loaded; print articles/s, peak RSS and the gazetteer's load time."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--count", type=int, default=1000, help="How many articles to parse (default 1000)."
        )

    def handle(self, *args, **options):
        from registry.ingest.extraction.gazetteer import Gazetteer

        base = Path(settings.BASE_DIR)
        paths = sorted((base / "fixtures" / "articles").glob("*.txt"))
        paths += sorted((base.parent / "shared" / "dev-articles").glob("*.txt"))
        if not paths:
            raise CommandError("No articles found in fixtures/articles.")
        texts = [(p.name, p.read_text(encoding="utf-8")) for p in paths]

        started = time.perf_counter()
        gazetteer = Gazetteer.default()
        load_seconds = time.perf_counter() - started

        count = options["count"]
        started, cpu_started = time.perf_counter(), time.process_time()
        for n in range(count):
            name, text = texts[n % len(texts)]
            parse_article(text, file=name, gazetteer=gazetteer)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
        self.stdout.write(f"articles: {count} ({len(texts)} distinct)")
        self.stdout.write(f"articles/s: {count / elapsed:.0f} (wall clock)")
        # The parser is single-threaded: CPU time is what one core spends, even on a busy machine.
        self.stdout.write(f"articles/s of CPU time: {count / cpu:.0f}")
        self.stdout.write(f"peak RSS: {peak_mb:.0f} MB")
        self.stdout.write(f"gazetteer load: {load_seconds:.2f} s")
