"""Fill the database with a synthetic registry at the scale of a national one, for benchmarks.

Refuses a database that already holds records (a real registry must not be mixed with made-up
rows) unless --force is given. Progress goes to stderr; stdout gets the rows made and the id of
the institution with the 500-record timeline, which `benchmark` uses for its detail page.
"""

import datetime
import json

from django.core.management import BaseCommand, CommandError

from agreements.models import Agreement, Institution, Source
from delegations.models import Delegation, Meeting
from registry.devtools.synthetic import FULL_SIZE, Sizes, SyntheticRegistry

SIZE_NAMES = ("institutions", "agreements", "delegations", "meetings")


def positive(text):
    value = int(text)
    if value < 1:
        raise ValueError(text)
    return value


class Command(BaseCommand):
    help = (
        "Fill an empty database with realistic synthetic records (institutions with name variants, "
        "multi-party agreements, delegations, meetings, sources with evidence). Deterministic for a seed."
    )

    def add_arguments(self, parser):
        for name in SIZE_NAMES:
            parser.add_argument(
                f"--{name}",
                type=positive,
                default=None,
                help=f"How many {name} (default: {getattr(FULL_SIZE, name):,} times --scale).",
            )
        parser.add_argument(
            "--scale",
            type=float,
            default=1.0,
            help="A fraction of the full size (100,000 institutions) for the counts not given (default 1).",
        )
        parser.add_argument(
            "--seed", type=int, default=1, help="The same seed (and --today) gives the same rows."
        )
        parser.add_argument(
            "--today",
            type=datetime.date.fromisoformat,
            default=None,
            metavar="YYYY-MM-DD",
            help="Dates cover the 30 years up to this day (default: today): 'expiring soon' always has rows.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Add synthetic records even though the database already holds records.",
        )
        parser.add_argument("--json", action="store_true", help="Print the summary as JSON.")

    def handle(self, *args, **options):
        held = {
            model._meta.verbose_name_plural: model.objects.count()
            for model in (Institution, Agreement, Delegation, Meeting, Source)
        }
        if any(held.values()) and not options["force"]:
            listed = ", ".join(f"{count:,} {name}" for name, count in held.items() if count)
            raise CommandError(
                f"This database already holds records ({listed}). generate_synthetic fills an empty database "
                "with made-up records; pass --force to add them anyway."
            )
        if options["scale"] <= 0:
            raise CommandError("--scale must be above 0.")
        scaled = FULL_SIZE.scaled(options["scale"])
        sizes = Sizes(*(options[name] or getattr(scaled, name) for name in SIZE_NAMES))
        generated = SyntheticRegistry(
            sizes, seed=options["seed"], today=options["today"], stderr=self.stderr
        ).generate()
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "rows": generated.rows,
                        "timeline_institution_id": generated.timeline_institution_id,
                        "timeline_records": generated.timeline_records,
                        "seconds": round(generated.seconds, 1),
                    },
                    sort_keys=True,
                )
            )
            return
        width = max(len(label) for label in generated.rows)
        for label, count in sorted(generated.rows.items()):
            self.stdout.write(f"{label:<{width}}  {count:>10,}")
        self.stdout.write(
            f"{'total':<{width}}  {sum(generated.rows.values()):>10,} rows in {generated.seconds:.1f} s"
        )
        self.stdout.write(
            f"timeline institution: id {generated.timeline_institution_id} "
            f"({generated.timeline_records} agreements, delegations and meetings)"
        )
