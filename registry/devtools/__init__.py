"""Tools for the team, not the product: synthetic registries, benchmarks, load tests, parser scoring.

Left out of the wheel (pyproject.toml); the settings install its commands only where it is present.
"""
