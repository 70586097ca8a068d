"""The article parser: plain Python, no Django. `parse_article(text, file=...)` gives the extraction format
v1."""

from .parser import parse_article

__all__ = ["parse_article"]
