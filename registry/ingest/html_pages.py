"""Taking the article out of a saved news page: its main text, title and publication date.

trafilatura finds the main text (menus, share links, "related articles" and footers left out) and,
through htmldate, the publication date from the page's metadata and markup. Both work on the string
they are given and fetch nothing.
"""

from dataclasses import dataclass

import trafilatura

from registry.ingest.articles import ArticleFileError

#: Below this many characters of main text a page holds no article (a menu, a login or error page).
MIN_ARTICLE_CHARACTERS = 200


@dataclass
class Page:
    title: str
    text: str  # the body, paragraphs separated by blank lines, without the title
    published: str | None  # YYYY-MM-DD, or None when the page does not say


def article_from_html(html, name):
    """The article of a saved page, or ArticleFileError when the page holds no article text."""
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (document.text or "").strip() if document is not None else ""
    if len(text) < MIN_ARTICLE_CHARACTERS:
        raise ArticleFileError(f"{name}: no article text found in this page (is it the article's own page?)")
    title = " ".join((document.title or "").split())
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if title and lines and " ".join(lines[0].split()) == title:
        lines = lines[1:]  # the headline is repeated as the body's first line
    return Page(title=title, text="\n\n".join(lines), published=document.date or None)
