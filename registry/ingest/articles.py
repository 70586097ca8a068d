"""Reading article files from disk, with one clear error per kind of bad file. Plain Python.

Operators point the commands at whatever lies in a folder: a directory, an empty or binary file,
a saved web page. Each is refused with a message that names the file, so a run over a thousand
files says exactly which ones to fix.
"""

import re
from pathlib import Path

# Far above any news article (the longest real ones are ~20 KB); a larger file is a mistake.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
_HTML = re.compile(r"<\s*(!doctype\s+html|html|head|body|div|p|script|meta)\b", re.IGNORECASE)


class ArticleFileError(ValueError):
    """A file that cannot be read as an article; str() names the file and the reason."""


def read_article(path):
    """Return the text of the article at `path`, or raise ArticleFileError saying why it is not one."""
    path = Path(path)
    if not path.exists():
        raise ArticleFileError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleFileError(f"{path}: is a directory, not an article file")
    size = path.stat().st_size
    if size == 0:
        raise ArticleFileError(f"{path}: empty file")
    if size > MAX_ARTICLE_BYTES:
        raise ArticleFileError(
            f"{path}: {size / 1024 / 1024:.1f} MB is too large for a news article "
            f"(limit {MAX_ARTICLE_BYTES // 1024 // 1024} MB)"
        )
    data = path.read_bytes()
    if b"\x00" in data:
        raise ArticleFileError(f"{path}: binary file (contains NUL bytes), not article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ArticleFileError(
            f"{path}: not UTF-8 text (invalid byte at line {line}); save it as UTF-8"
        ) from None
    if not text.strip():
        raise ArticleFileError(f"{path}: contains only whitespace")
    if _HTML.search(text[:4096]):
        raise ArticleFileError(f"{path}: looks like HTML, not article text; save the page as plain text")
    return text
