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
from registry.synthetic import FULL_SIZE, Sizes, SyntheticRegistry


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
        parser.add_argument("--institutions", type=positive, default=FULL_SIZE.institutions)
        parser.add_argument("--agreements", type=positive, default=FULL_SIZE.agreements)
        parser.add_argument("--delegations", type=positive, default=FULL_SIZE.delegations)
        parser.add_argument("--meetings", type=positive, default=FULL_SIZE.meetings)
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
        sizes = Sizes(
            options["institutions"], options["agreements"], options["delegations"], options["meetings"]
        )
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
