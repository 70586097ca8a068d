"""Write the articles people reviewed, with the extraction they accepted as gold, for the scorer."""

from pathlib import Path

from django.core.management import BaseCommand

from registry.ingest.review import export_reviewed


class Command(BaseCommand):
    help = (
        "Write each reviewed article as OUT_DIR/articles/NAME.txt, its accepted extraction as the gold file "
        "OUT_DIR/gold/NAME.json and the parser's proposals as OUT_DIR/proposed.json: "
        "score_extraction.py OUT_DIR/proposed.json OUT_DIR/gold measures the parser on real corrections."
    )

    def add_arguments(self, parser):
        parser.add_argument("out_dir", type=Path, metavar="OUT_DIR")

    def handle(self, *args, out_dir, **options):
        count = export_reviewed(out_dir)
        self.stdout.write(f"Wrote {count} reviewed article(s) to {out_dir}.")
