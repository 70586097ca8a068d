"""Reading articles, from disk or from bytes a person uploaded, with one clear error per kind of bad input.

Operators point the commands at whatever lies in a folder: a directory, an empty or binary file,
a saved web page. Each is refused with a message that names the file, so a run over a thousand
files says exactly which ones to fix. The intake form reads pasted text and uploads through the
same checks (`article_text`), so a bad article is refused the same way wherever it comes from.
"""

import re
from pathlib import Path

# Far above any news article (the longest real ones are ~20 KB); a larger file is a mistake.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
_HTML = re.compile(r"<\s*(!doctype\s+html|html|head|body|div|p|script|meta)\b", re.IGNORECASE)


class ArticleFileError(ValueError):
    """A file that cannot be read as an article; str() names the file and the reason."""


def looks_like_html(text):
    return bool(_HTML.search(text[:4096]))


def too_large(size, name):
    return ArticleFileError(
        f"{name}: {size / 1024 / 1024:.1f} MB is too large for a news article "
        f"(limit {MAX_ARTICLE_BYTES // 1024 // 1024} MB)"
    )


def decoded(data, name):
    """The bytes of an article as text, or ArticleFileError: empty, too large, binary, not UTF-8."""
    if not data:
        raise ArticleFileError(f"{name}: empty file")
    if len(data) > MAX_ARTICLE_BYTES:
        raise too_large(len(data), name)
    if b"\x00" in data:
        raise ArticleFileError(f"{name}: binary file (contains NUL bytes), not article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ArticleFileError(
            f"{name}: not UTF-8 text (invalid byte at line {line}); save it as UTF-8"
        ) from None
    if not text.strip():
        raise ArticleFileError(f"{name}: contains only whitespace")
    return text


def article_text(data, name, *, allow_html=False):
    """The text of an article given as bytes (`name` says where it came from in messages).

    HTML is refused unless `allow_html`: the caller then takes the article out of the page.
    """
    text = decoded(data, name)
    if not allow_html and looks_like_html(text):
        raise ArticleFileError(f"{name}: looks like HTML, not article text; save the page as plain text")
    return text


def read_article(path):
    """Return the text of the article at `path`, or raise ArticleFileError saying why it is not one."""
    path = Path(path)
    if not path.exists():
        raise ArticleFileError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleFileError(f"{path}: is a directory, not an article file")
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:  # refused before reading it into memory
        raise too_large(size, path)
    return article_text(path.read_bytes(), path)
