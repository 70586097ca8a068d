"""How often the institution search finds what staff mean, and how fast: fifty queries over synthetic data.

Run it on a database filled by `generate_synthetic`. The queries (registry/devtools/search_quality.py)
are misspelt names, one word misspelt, acronyms, words in another order and the starts of names;
a hit is the institution meant on the list's first page. Reads only.
"""

from django.core.management import BaseCommand, CommandError

from registry.devtools import search_quality


class Command(BaseCommand):
    help = (
        "Search for fifty institutions of the synthetic registry by misspelt names, acronyms, words in "
        "another order and starts of names; print the hit rate and latency per kind."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=1, help="Which fifty institutions (default 1).")
        parser.add_argument("--repeat", type=int, default=3, help="Runs of the fifty; the first warms up.")
        parser.add_argument("--misses", action="store_true", help="List the queries that missed.")

    def handle(self, *args, **options):
        try:
            probes = search_quality.make_probes(options["seed"])
        except LookupError as error:
            raise CommandError(str(error)) from None
        timed = []
        for number in range(max(1, options["repeat"])):
            report = search_quality.run(probes)
            if number or options["repeat"] <= 1:  # the first run warms up (caches, connections)
                timed.extend(_copies(report))
        timings = search_quality.Report(timed)
        self.stdout.write(f"{'kind':<26} {'hits':>7} {'p50 ms':>7} {'p95 ms':>7}")
        for kind in [*search_quality.KINDS, None]:
            hits, total = report.hits(kind)
            p50, p95 = timings.latency(kind)
            self.stdout.write(f"{kind or 'all':<26} {hits:>3}/{total:<3} {p50:>7.1f} {p95:>7.1f}")
        if options["misses"]:
            for probe in report.probes:
                if probe.position is None:
                    self.stdout.write(f"  missed ({probe.kind}): {probe.query!r} for {probe.name!r}")


def _copies(report):
    """The run's probes as separate objects: `run` fills the same probes again on the next run."""
    return [search_quality.Probe(**vars(probe)) for probe in report.probes]
