"""Where the tests find the project's files, whichever folder of tests/ they live in."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
