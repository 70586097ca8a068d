"""Text handling for news articles: clean-up, headline, credit lines, sentences. Plain Python."""

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .ascii_twins import ascii_twin
from .lexicon import (  # the patterns and word sets live in the lexicon
    _ABBREVIATIONS,
    _BULLET,
    _CREDIT,
    _CREDIT_PAREN,
    _DATE_LABEL_OPENING,
    _DATE_LINE,
    _DATELINE,
    _DISPATCH_DAY,
    _EVENT_VERB,
    _FURNITURE_LINE,
    _GLUED,
    _GLUED_BEFORE,
    _GLUED_DOT,
    _GLUED_SENTENCE,
    _GLUED_SMALL_WORDS,
    _GLUED_TITLE,
    _LABEL,
    _LINKS_HEADING,
    _ONLY_DATE,
    _OPEN_END,
    _SENTENCE_END,
    _SHARE_LINE,
    _SPACES,
    _TAG_AT_LINE_END,
    _TRAILING_TAG,
    _WORD,
)
from .prefilter import contains_any

# The names reader's words and the people reader's tokens, read once a sentence: both readers go over every
# sentence of an article, and tokenising was 7% of a parse's instructions (callgrind), half of it spent twice.
# Emptied at each article (parse_article calls forget_tokens), and past _TOKENS_KEPT texts within one: an
# article never reads its tokens from another's, so what it costs does not hang on what was parsed before.
_TOKENS = {}
_TOKENS_KEPT = 512
# _WORD for all-ASCII texts, three sentences in four: its letter tests read a table, not the Unicode database.
_WORD_IN_ASCII = ascii_twin(_WORD) or _WORD


def forget_tokens():
    _TOKENS.clear()


def word_tokens(text):
    """(word, start, end) of each word of `text` as the names reader reads it (lexicon._WORD): a word with
    its inner stops, hyphens and apostrophes, a number, or a sign on its own. Kept for the texts read lately;
    the list is shared, so callers never change it. Three calls a match cost fewer instructions than
    "(m[0], *m.span())", which builds a list and turns it into the tuple (callgrind: 500 fewer a word)."""
    tokens = _TOKENS.get(text)
    if tokens is None:
        words = _WORD_IN_ASCII if text.isascii() else _WORD
        tokens = [(m[0], m.start(), m.end()) for m in words.finditer(text)]
        if len(_TOKENS) >= _TOKENS_KEPT:
            _TOKENS.clear()
        _TOKENS[text] = tokens
    return tokens


# The signs that stand alone among a person's tokens; every other printed character joins its neighbours.
_PERSON_MARKS = frozenset(',;:()“”"')
_PERSON_TOKEN = re.compile(r"[^\s,;:()“”\"]+|[,;:()“”\"]")


def person_tokens(text):
    """(token, start, end) of each token of `text` as the people reader reads it: a run of printed characters
    up to a space or one of _PERSON_MARKS, or one of those marks on its own ("Dr.", "Smith", ",").

    Built from word_tokens, which the names reader has read already, rather than by a second scan: those
    words cover every printed character but "_" (a text with one is scanned with _PERSON_TOKEN), none holds
    a space or a mark but an opening quote, so a person's token is a run of touching words."""
    if "_" in text:
        return [(m[0], m.start(), m.end()) for m in _PERSON_TOKEN.finditer(text)]
    tokens, joins_at = [], -1  # where the last token ends, when the next word may join it
    for word, start, end in word_tokens(text):
        if word in _PERSON_MARKS:
            tokens.append((word, start, end))
            joins_at = -1
            continue
        if word[0] in _PERSON_MARKS:  # '"Name' or '“Name': the quote stands alone
            tokens.append((word[0], start, start + 1))
            word, start = word[1:], start + 1
        elif start == joins_at:  # "$5", "2023.": words printed with no space between
            joined, start, _ = tokens.pop()
            word = joined + word
        tokens.append((word, start, end))
        joins_at = end
    return tokens


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article, verbatim, with the paragraph it came from.

    Two things a sentence may be, kept apart: `is_title`, the headline (set in title case, naming shortly and
    loosely, read for events only as a fallback, its people unread); and `tells_topic`, what the page is
    about (its protagonists, the acronyms it may print bare). The headline tells the topic; so does the lead
    sentence of a page printed without a headline (`is_lead`), which is also body: its people and events are
    read as every other sentence's."""

    text: str
    paragraph: int
    is_title: bool = False
    is_lead: bool = False

    @property
    def tells_topic(self):
        return self.is_title or self.is_lead


def _unglue(text):
    """ "Prof.A. Smith" -> "Prof. A. Smith", "Mr.Kenji" -> "Mr. Kenji", "K.Lindqvist" -> "K. Lindqvist",
    "universities.The MoU" -> "universities. The MoU"; an initial before an initial ("V.I. Vernadsky") stays
    as printed."""

    def space(match):
        before = _GLUED_BEFORE.search(text, max(0, match.start() - 6), match.start())
        if before is None and _GLUED_SENTENCE.match(text, max(0, match.start() - 3)):
            return ". "  # "the two universities.The MoU", "Essam Farhat.Massad said": a sentence glued on
        if (
            before is None
            or len(before.group(0)) == 1
            and not text[match.end() + 1 : match.end() + 2].islower()
        ):
            return "."
        return ". "

    return _GLUED_DOT.sub(space, text)


def _unglue_small_words(text):
    if "the" not in text and "our" not in text:
        return text
    return _GLUED_SMALL_WORDS.sub(lambda m: " ".join(part for part in m.groups() if part), text)


def clean(text):
    """Normalise line endings and odd spaces; keep the wording as printed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u200b", "")
    text = text.replace("\ufeff", "")
    if not _single_spaced(text):
        text = _SPACES.sub(" ", text)
    text = _unglue(text)
    text = _GLUED_TITLE.sub(r"\1 - ", text)  # "Tran Van Trong-Vice Rector": the name, then its title
    text = _DATELINE.sub("", _unglue_small_words(_GLUED.sub(r"\1 ", text)))
    if _TAG_AT_LINE_END.search(text) is None:
        return text  # no line ends as an agency's tag does: _TRAILING_TAG would find none
    return _TRAILING_TAG.sub("", text)


def _single_spaced(text):
    """Whether _SPACES finds nothing in `text`: no two spaces in a row and none of its odd spaces. The string
    tests cost a fraction of the pattern, which tries every space of the article."""
    return "  " not in text and not contains_any(text, _ODD_SPACES)


# The spaces _SPACES reads as a space even alone: its character class without the plain space.
_ODD_SPACES = ("\t", "\u00a0", *map(chr, range(0x2000, 0x200B)), "\u202f", "\u205f", "\u3000")


def strip_furniture(lines):
    """The page's lines without its furniture: a heading of links ("Related articles", "Read more", "See
    also") with the link lines under it (headline-shaped: no full stop at the end) once the story has begun,
    share lines ("Share this: Facebook | Twitter"), tags and links to the neighbouring stories. Blank lines
    are kept where lines are dropped, so paragraphs stay apart."""
    kept, in_links, in_body = [], False, False
    for line in lines:
        stripped = line.strip()
        if in_links:
            if not stripped or _is_link_line(stripped):
                kept.append("")
                continue
            in_links = False
        # above the story, "Latest news" is a label; a paragraph (a full stop at its end, or longer than any
        # label or headline: a page cut off mid-sentence ends none) says the story has begun
        in_body = in_body or bool(re.search(r"[.!?]$", stripped)) or len(stripped) > 200
        if in_body and _LINKS_HEADING.match(stripped):
            in_links = True
            kept.append("")
        elif stripped and (_SHARE_LINE.match(stripped) or _FURNITURE_LINE.match(stripped)):
            kept.append("")
        else:
            kept.append(line)
    return kept


def _is_link_line(line):
    """A line of a list of links: a bullet, or a headline (short, no full stop at its end)."""
    return bool(_BULLET.match(line)) or (len(line) <= 200 and not re.search(r"[.!?:;\"”]$", line))


@lru_cache(maxsize=2)
def _dateline(text):
    """The agency dateline of `text`, or None: matched once an article, though the parser asks for its place
    (dateline_place) and for its day (dateline_day)."""
    return _DATELINE.search(text.replace("\u00a0", " "))


def dateline_day(text):
    """The "Sept. 14" of an agency dateline ("ASTANA, Sept. 14 (Xinhua) --"), as printed, or None."""
    match = _dateline(text)
    if not match:
        return None
    day = re.search(_DISPATCH_DAY, match.group(0))
    return day.group(0) if day else None


def dateline_place(text):
    """The "ALMATY" of an agency dateline ("ALMATY, March 27 (Kazinform) -"), which clean() strips with the
    day and the agency's tag, or None: the institution index reads the publisher's country from it."""
    match = _dateline(text)
    return (match.group("place") or match.group("lead_place")) if match else None


def is_credit_line(line):
    """True for byline, credit and footer lines ("Edited by ...", "Photos: ...", "Tel: ...")."""
    return bool(_CREDIT.search(line))


def _is_section_label(line, following):
    """ "Press releases", "NEWS & EVENTS", "Latest news": a line of at most four words, no digit, no verb of
    an event, above a line that reads as a headline (short, no full stop at its end, not a date)."""
    if len(line.split()) > 4 or re.search(r"[\d.!?:;,]", line) or _EVENT_VERB.search(line):
        return False
    nxt = next((other.strip() for other in following if other.strip()), "")
    return (
        bool(nxt)
        and len(nxt) > len(line)
        and len(nxt) <= MAX_TITLE
        and not re.search(r"[.!?]$", nxt)
        and not _DATE_LINE.match(nxt)
        and not _ONLY_DATE.match(nxt)
    )


def split_title(lines):
    """Return (title, index of the title line). Skips section labels and the "date ..." line."""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or _DATE_LINE.match(stripped):
            continue
        if (_LABEL.match(stripped) or _is_section_label(stripped, lines[index + 1 :])) and len(
            lines
        ) > index + 1:
            continue
        if _ONLY_DATE.match(stripped) or _is_labelled_date(stripped):
            continue  # a date printed above the headline
        if (
            re.search(r"\s(?:>|»|›)\s", stripped)
            or re.search(r"\s[|/·•]\s", stripped)
            and len(stripped.split()) <= 8
            and not re.search(r"\b(?:sign|visit|meet|hold|held|renew|ink)\w*\b", stripped, re.I)
            or re.match(r"^(?:home|news|you are here)\b", stripped, re.I)
            and len(stripped.split()) <= 6
        ):
            continue  # a breadcrumb ("Home > News > International"), not the headline
        if len(stripped) > MAX_TITLE or _is_lead_sentence(stripped):
            return "", index - 1  # a paragraph, not a headline: the body starts here
        return stripped, index
    return "", -1


def _is_lead_sentence(line):
    """A page printed without a headline opens on its lead: a sentence as long as no headline is (LEAD_WORDS
    words or more) that ends on a full stop or goes on with another sentence ("... in Kansai. The delegation
    included:")."""
    if len(line.split()) < LEAD_WORDS:
        return False
    return bool(_LEAD_END.search(line)) or len(_split_sentences(line)) > 1


def with_the_lead(sentences):
    """`sentences` with the lead marked on a page without a headline: the first sentence of its first
    paragraph that is more than a dateline's fragment ("ALMATY. 13 May. Press center - Within the ...")."""
    if not sentences or sentences[0].is_title:
        return sentences
    first = sentences[0].paragraph
    for index, sentence in enumerate(sentences):
        if sentence.paragraph != first:
            break
        if len(sentence.text.split()) >= LEAD_FRAGMENT:
            return [*sentences[:index], replace(sentence, is_lead=True), *sentences[index + 1 :]]
    return sentences


def page_title(title, sentences):
    """What the page is called in the registry: its headline, else the lead sentence that tells its topic (a
    page printed without a headline is still listed by what it is about)."""
    return title or next((sentence.text for sentence in sentences if sentence.is_lead), "")


def _is_labelled_date(line):
    """ "Posted 15 Nov 2023", "Published: May 3, 2023": a publication date with its label, no headline."""
    unlabelled = _DATE_LABEL_OPENING.sub("", line, count=1)
    return unlabelled != line and bool(re.search(r"\d", unlabelled)) and bool(_ONLY_DATE.match(unlabelled))


# No news sentence is longer: one that is (a list, a table, a page without full stops) is read in pieces, so
# that the work on a sentence is bounded and the work on an article grows with its length.
MAX_SENTENCE = 600
# A line at least this long that stops without a full stop was wrapped by the page, not ended by the writer.
WRAPPED_LINE = 60
MAX_TITLE = 300
# A page wrapped by hand or by a mail program has lines of at most about 80 characters (narrow columns, 40);
# at least WRAPS of them run on into the next line within a word's length of that width.
MAX_WRAP_WIDTH, MIN_WRAP_WIDTH, WRAPS = 100, 40, 3
LONG_WORD = 12
# No headline is this long in words: a line as long that ends on a full stop is the lead sentence of a page
# printed without a headline (the longest headlines of real pages have 15 to 18 words and end on none).
LEAD_WORDS = 18
# Words of a sentence shorter than any lead: a dateline's "ALMATY." or "13 May." cut off before it.
LEAD_FRAGMENT = 5
_LEAD_END = re.compile(r"[.!][\"”’)]?$")


def _bounded(sentence):
    """`sentence` in pieces of at most MAX_SENTENCE characters, cut after a full stop, a semicolon, a comma or
    a space (in that order of preference), near the limit."""
    pieces = []
    while len(sentence) > MAX_SENTENCE:
        window = sentence[MAX_SENTENCE // 2 : MAX_SENTENCE]
        cut = None
        for mark in (r"[.!?;]\s", r",\s", r"\s"):
            found = [m.end() for m in re.finditer(mark, window)]
            if found:
                cut = MAX_SENTENCE // 2 + found[-1]
                break
        cut = cut or MAX_SENTENCE
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:]
    pieces.append(sentence.strip())
    return [piece for piece in pieces if piece]


def split_sentences(paragraph):
    """Split one paragraph into sentences, keeping abbreviations such as "Dr." and "V.I." together; a sentence
    longer than MAX_SENTENCE is cut into pieces."""
    return [piece for sentence in _split_sentences(paragraph) for piece in _bounded(sentence)]


# Tried at every full stop, and on every line: compiled once (re's cache lookup costs as much as these).
_WORD_BEFORE_STOP = re.compile(r"([\w.]+)\.$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_CLOSED_END = re.compile(r"[.!?:;\"”’)\]]$")
_LOWER_START = re.compile(r"[a-z(]")
_CAPITAL_START = re.compile(r"[A-Z]")
_WORD_END = re.compile(r"\w$")
_RUNS_ON = re.compile(r"(?:,|\w-)$")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")


def _split_sentences(paragraph):
    pieces, start = [], 0
    for stop in _SENTENCE_END.finditer(paragraph):
        gap_start, gap_end = stop.span(1)  # the stop itself ends the sentence before the gap
        before = paragraph[max(start, gap_start - 40) : gap_start].rstrip('"”’')  # the last word is enough
        word = _WORD_BEFORE_STOP.search(before)
        if word:
            token = word.group(1).lower()
            # "Dr.", "Oct.", initials like "V.I." or "M." do not end a sentence.
            if token in _ABBREVIATIONS or _INITIALS.fullmatch(token) and len(token.replace(".", "")) <= 2:
                continue
        pieces.append(paragraph[start:gap_start].strip())
        start = gap_end
    pieces.append(paragraph[start:].strip())
    return [piece for piece in pieces if piece]


def body_paragraphs(lines, title_index):
    """The article's paragraphs after the headline, without credit lines and credit parentheses."""
    paragraphs, adjacent, previous = [], False, ""
    width = _wrap_width(lines[title_index + 1 :])
    for line in lines[title_index + 1 :]:
        stripped = line.strip()
        if not stripped or _DATE_LINE.match(stripped) or is_credit_line(stripped):
            adjacent = False
            continue
        stripped = _CREDIT_PAREN.sub("", stripped).strip()
        if not stripped:
            continue
        if paragraphs and (
            _wrapped(previous, stripped, adjacent) or adjacent and _filled(previous, stripped, width)
        ):
            # a hard-wrapped line: the sentence goes on ("Secretary-" / "General": a word cut at its hyphen)
            paragraphs[-1] += ("" if _HYPHEN_END.search(previous) else " ") + stripped
        else:
            paragraphs.append(stripped)
        adjacent, previous = True, stripped
    return paragraphs


def _wrapped(previous, line, adjacent):
    """Does `line` go on with the sentence the `previous` line left open? Where the next word is in lower
    case; or, with no blank line between, where a long line or a word that cannot end a sentence ("of",
    "the") breaks a name in two ("... the Rector of Hollandse" / "Rivieren University ...").

    Only the previous line is read, not the paragraph built so far: a page of thousands of wrapped lines
    costs each line the same."""
    if _CLOSED_END.search(previous):
        return False
    if _LOWER_START.match(line):
        return True
    return (
        adjacent
        and bool(_CAPITAL_START.match(line))
        and bool(_OPEN_END.search(previous) or (len(previous) >= WRAPPED_LINE and _WORD_END.search(previous)))
        and _reads_as_prose(previous)
    )


def _wrap_width(lines):
    """The width a hard-wrapped page was filled to (its longest line), or 0 for a page not wrapped: one whose
    longest line is longer than any wrapping, or with fewer than WRAPS lines that ran on into the next line
    because the next word did not fit. Read once per page, so that a line is judged by the page's width
    rather than by its own words (a wrapped line full of names reads like a heading)."""
    lengths = [len(line.strip()) for line in lines]
    width = max(lengths, default=0)
    if width > MAX_WRAP_WIDTH or width < MIN_WRAP_WIDTH:
        return 0
    full = width - LONG_WORD  # a line this long was broken because the next word did not fit
    runs_on = sum(1 for here, after in zip(lengths, lengths[1:], strict=False) if after and here >= full)
    return width if runs_on >= WRAPS else 0


def _filled(previous, line, width):
    """On a page wrapped to `width`, does `previous` go on with `line`? Where it was broken only because the
    next word did not fit, whatever its last word; where it stops on a comma, a hyphen or a word no sentence
    ends on ("of", "and"); where `line` opens in small letters. A section label or heading (short, no full
    stop, title case) after a finished sentence is still a line of its own."""
    if not width or _CLOSED_END.search(previous) and _is_label(line, width):
        return False
    return bool(
        len(previous) + 1 + len(line.split(" ", 1)[0]) > width
        or _RUNS_ON.search(previous)
        or _OPEN_END.search(previous)
        or _LOWER_START.match(line)
    )


def _is_label(line, width):
    return len(line) < width // 2 and not _CLOSED_END.search(line) and not _reads_as_prose(line)


def _reads_as_prose(line):
    """A sentence has words in lower case; a heading or a list of headlines is in title case."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return sum(1 for w in words if w[:1].islower()) >= 0.4 * len(words)
