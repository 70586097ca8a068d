"""Import an office's list of agreements from a .csv or .xlsx file (registry/ingest/spreadsheets.py)."""

import json
from pathlib import Path

from django.core.management import BaseCommand, CommandError
from django.db import transaction

from registry.ingest.spreadsheets import ImportRefused, SpreadsheetError, apply_plan, plan_import, read_table


class Command(BaseCommand):
    help = (
        "Import agreements from a spreadsheet, one row per agreement (README, 'Importing a spreadsheet'). "
        "Prints what each row does on stderr and the totals as JSON on stdout. All or nothing: a refused "
        "row stops the import unless --skip-refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, metavar="FILE", help="A .csv or .xlsx file.")
        parser.add_argument("--dry-run", action="store_true", help="Show what would happen; write nothing.")
        parser.add_argument(
            "--skip-refused",
            action="store_true",
            help="Import the rows that can be, and list the refused ones (default: refuse the whole file).",
        )

    def handle(self, *args, path, dry_run, skip_refused, **options):
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            table = read_table(path)
            plan = plan_import(table)
        except SpreadsheetError as error:
            raise CommandError(str(error)) from None
        if options["verbosity"] >= 1:
            for column, header in table.columns.items():
                self.stderr.write(f"column {header!r} -> {column}")
            for header in table.ignored:
                self.stderr.write(f"column {header!r} ignored (no field of that name)")
            for row in plan.rows:
                self.stderr.write(row.describe())
        try:
            with transaction.atomic():
                counts = apply_plan(plan, skip_refused=skip_refused or dry_run)
                if dry_run:
                    transaction.set_rollback(True)  # the same code path as a real import; nothing kept
        except ImportRefused as error:
            raise CommandError(str(error)) from None
        self.stdout.write(json.dumps({"dry_run": dry_run, **counts}, sort_keys=True))
