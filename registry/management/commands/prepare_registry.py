"""First-run set-up for `make run`: seed an empty registry and make sure someone can log in."""

import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import BaseCommand, call_command

from agreements.models import Institution, Source

SEED_FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "seed.json"


class Command(BaseCommand):
    help = (
        "Load fixtures/seed.json into an empty registry (never over records already there), and create an "
        "admin user from DJANGO_SUPERUSER_USERNAME/DJANGO_SUPERUSER_PASSWORD or say how to create one."
    )

    def handle(self, *args, **options):
        if Institution.objects.exists() or Source.objects.exists():
            self.stdout.write("The registry already has records: seed fixtures not loaded again.")
        elif SEED_FIXTURE.is_file():
            call_command("loaddata", str(SEED_FIXTURE), verbosity=0)
            self.stdout.write(
                f"Loaded {SEED_FIXTURE.name}: {Institution.objects.count()} institutions, "
                f"{Source.objects.count()} source articles."
            )
        else:
            self.stdout.write(
                f"No {SEED_FIXTURE.relative_to(settings.BASE_DIR)}: starting with an empty registry."
            )

        if not Institution.objects.home().exists():
            self.stdout.write(
                self.style.WARNING(
                    "No home institution yet: delegations cannot be told apart as visiting us or sent by "
                    "us, and your own university counts as a partner.\n"
                    'Set it in the admin: Institutions, open yours, tick "Home institution", save.'
                )
            )
        users = get_user_model().objects
        if users.filter(is_superuser=True).exists():
            return
        if os.environ.get("DJANGO_SUPERUSER_PASSWORD"):
            os.environ.setdefault("DJANGO_SUPERUSER_USERNAME", "admin")
            os.environ.setdefault("DJANGO_SUPERUSER_EMAIL", "admin@example.org")
            call_command("createsuperuser", interactive=False, verbosity=0)
            self.stdout.write(f"Created the admin user {os.environ['DJANGO_SUPERUSER_USERNAME']!r}.")
        else:
            self.stdout.write(
                self.style.WARNING(
                    "No admin user yet. Create one with:  .venv/bin/python manage.py createsuperuser\n"
                    "(or run `DJANGO_SUPERUSER_PASSWORD=... make run` to have one called 'admin' made "
                    "for you)."
                )
            )
