"""Reading an article file safely: the checks every caller of the parser needs before `parse_article`."""
import re
from pathlib import Path

from .parser import ArticleError

# News items are a few kilobytes; anything this large is not one article (a dump, a log, a binary).
MAX_BYTES = 2 * 1024 * 1024
_MARKUP = re.compile(r"<\s*(?:!doctype|html|head|body|div|p|script|meta|table|span)\b", re.I)


def read_article(path):
    """The text of the article at `path`; ArticleError with a one-line reason when it cannot be one."""
    path = Path(path)
    if not path.exists():
        raise ArticleError("no such file")
    if path.is_dir():
        raise ArticleError("is a directory, not an article file")
    size = path.stat().st_size
    if size == 0:
        raise ArticleError("empty file")
    if size > MAX_BYTES:
        raise ArticleError(f"too large for a news article ({size / 1024 / 1024:.1f} MB; the limit is "
                           f"{MAX_BYTES // 1024 // 1024} MB)")
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise ArticleError("binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(f"not UTF-8 text (byte {error.start})") from None
    if not text.strip():
        raise ArticleError("empty file (only whitespace)")
    if len(_MARKUP.findall(text[:20000])) >= 2:
        raise ArticleError("HTML markup, not the article's text (save the page as plain text first)")
    return text
