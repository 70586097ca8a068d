"""A literal test in front of the lexicon's patterns: most sentences lack every word a pattern needs.

Python's regular expressions try a pattern at every position of the text; a pattern of many alternatives with
lookbehinds ("visited", "paid a visit to", "arrived in", ...) costs tens of microseconds a sentence even where
it cannot match. `str.__contains__` is far cheaper. From the pattern's parse tree, `required_words` finds
words of which every match must contain one ("visit", "arrived ", "came to", ...); `Prefiltered` answers
"no match" at once when the text contains none of them, and asks the pattern otherwise. A pattern anchored
at the end ("... President\\s*$") is also skipped unless the text ends with one of its endings
(`required_endings`), and searched from the last character none of its items can consume
(`outside_characters`), not from the start. The answers are the pattern's own: the test only ever skips a
search that would have found nothing. A case-blind pattern of many alternatives, which the engine tries one
by one at every position, can be put behind a lookahead of the characters its matches begin with
(`behind_first_characters`), which fails at once at most positions (on the lexicon's patterns at large it
gains as much as it loses; the one reader's pattern it paid for is now matched from its starts, below). The
lexicon wraps its patterns at its end; readers wrap a few of their own (a person's spellings, the beginnings
of sentences searched at their end).

A pattern whose every match begins with one of a few strings (`required_starts`: "visit", "paid a ",
"arrived at", ...) is searched only where a match can begin: `str.find` finds their places, and the pattern is
matched at each in turn, leftmost first, which is what its search does at every position. That pays even where
the engine has a literal or a class of first characters to scan for: replaying every call of a pass over the
dev articles, the lexicon's patterns cost a fifth less that way than with the engine's own walk (which was
kept, until 2026-12-06 23:30, for all but those with a lookbehind first or many alternatives). A pattern whose
every match opens a line ("^" under re.MULTILINE: an agency's dateline), which the engine tries at every
character of an article, is matched only at the text's start and after each line break.
"""

import os
import re
import unicodedata
from itertools import repeat
from operator import contains

from .ascii_twins import ascii_twin

try:  # Python 3.11+
    from re import _compiler
    from re import _constants as _sre
    from re import _parser as _parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler
    import sre_constants as _sre
    import sre_parse as _parse

# Case-insensitive patterns are tested on the lowered text. Three letters match an ASCII letter under
# re.IGNORECASE but do not lower to it: the dotless i, the long s, and the dotted capital I, which lowers to
# "i" and a combining dot; the Kelvin sign lowers to "k". (str.translate would do it too, but it costs more
# than the search it spares on text with curly quotes.)
_NOT_LOWERED = (("\u0307", ""), ("ı", "i"), ("ſ", "s"))
_CHECKED_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.UNICODE
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT) + (
    (_sre.POSSESSIVE_REPEAT,) if hasattr(_sre, "POSSESSIVE_REPEAT") else ()
)


def required_words(pattern):
    """A tuple of strings of which every match of the compiled `pattern` contains at least one, or None when
    the parse tree gives none (a match may be empty, or made only of character classes)."""
    if pattern.flags & ~_CHECKED_FLAGS:
        return None
    try:
        tree = _parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # an internal format this module does not know: no test, the pattern as it is
        return None
    found = _sequence_words(list(tree))
    if not found or any(not word for word in found):
        return None
    return _shortest_forms(found)


def second_words(pattern, first, folded):
    """Another set of words every match holds one of, tested where a text holds one of `first` (as
    required_words gives it): "received ... on a visit" holds "visit" as well as "received". None where the
    parse tree gives no other set of a few words of _SECOND_LETTERS letters or more: the engine's walk over a
    text that holds the first words for nothing costs many scans (most such texts hold the second words
    too where these are short)."""
    try:
        tree = _parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    candidates, _fewer = _sequence_candidates(list(tree))
    first = set(_tested_forms(first, folded))
    others = []
    for words in candidates:
        forms = _tested_forms(words, folded)
        if (
            set(forms) != first
            and len(forms) <= _MAX_SECOND
            and min(len(w) for w in forms) >= _SECOND_LETTERS
            and not first.intersection(forms)
        ):
            others.append(forms)
    return max(others, key=_rarity) if others else None


_MAX_SECOND = 12
_SECOND_LETTERS = 3


def _tested_forms(words, folded):
    return _shortest_forms(tuple(w.lower() for w in words) if folded else tuple(words))


def _shortest_forms(words):
    """The words, each once, less those that contain another: where "signing ceremony" is, "ceremony" is."""
    return tuple(sorted({w for w in words if not any(o != w and o in w for o in words)}))


def _shared_pieces(words):
    """The words with the phrases that open alike, then those that end alike, tested by the piece they share
    when it has _SHARED_LETTERS letters or more: "consisting of", "consisted of" by "consist"; "this
    agreement", "the agreement" by " agreement". A text holding a phrase holds its piece, so the test lets
    through every text it let through before, and a text without any of them is let go after fewer scans (a
    fifth fewer characters scanned over the dev articles, a few more texts left to the engine, each matched
    from its starts). Words without a space are kept whole: their piece may be a common word ("signed" of
    "signedthe", "signedour"), which would leave a whole article to the engine."""
    phrases = tuple(w for w in words if " " in w)
    pieces = _by_shared_openings(_by_shared_openings(phrases, reverse=False), reverse=True)
    return _shortest_forms(tuple(w for w in words if " " not in w) + pieces)


def _by_shared_openings(words, reverse):
    """Words next to each other in sorted order (read backwards with `reverse`) that open with the same
    _SHARED_LETTERS letters or more, replaced by the opening they share."""
    pieces = []
    for word in sorted(w[::-1] if reverse else w for w in words):
        shared = os.path.commonprefix([pieces[-1], word]) if pieces else ""
        if len(shared) >= _SHARED_LETTERS:
            pieces[-1] = shared
        else:
            pieces.append(word)
    return tuple(piece[::-1] if reverse else piece for piece in pieces)


_SHARED_LETTERS = 6


def _case_pair(op, av):
    """The lowered letter of a class of one ASCII letter in both cases ("[Dd]"), else None."""
    if op is not _sre.IN or len(av) != 2 or any(o is not _sre.LITERAL for o, _c in av):
        return None
    first, second = (chr(c) for _o, c in av)
    if first.isascii() and first.isalpha() and first != second and first.lower() == second.lower():
        return first.lower()
    return None


def _scoped_flags(items):
    """Does the tree set flags on a part of the pattern ("(?i:...)"), or spell a letter in both cases
    ("[Dd]elegation")? Then the test is made case-blind."""
    for op, av in items:
        if op is _sre.SUBPATTERN and (av[1] or av[2]) or _case_pair(op, av):
            return True
        children = []
        if op is _sre.SUBPATTERN:
            children = [av[-1]]
        elif op is _sre.BRANCH:
            children = av[1]
        elif op in _REPEATS:
            children = [av[2]]
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            children = [av[1]]
        if any(_scoped_flags(list(child)) for child in children):
            return True
    return False


def _sequence_words(items):
    """Every match of the sequence contains each item's match, so any one item's words will do: the best.
    Items whose matches are a few known strings ("(?:a|an)", "(?:also )?") join their neighbours: "paid a ",
    "paid an ", "made a "..., rarer than each alone."""
    candidates, fewer = _sequence_candidates(items)
    if not candidates:
        return None
    best = max(candidates, key=_rarity)
    instead = fewer.get(id(best))
    tested = len(_shortest_forms(tuple({word.lower() for word in best})))  # what the test will scan for
    return instead if instead is not None and tested > _MAX_TESTED else best


def _sequence_candidates(items):
    """The sets of words of which every match of the sequence holds one (each item's, or a run of items'),
    and for a run grown past _MAX_TESTED words the item whose strings every string of the run holds, by the
    run's id (see _sequence_words)."""
    candidates = []
    run = {""}  # the strings the items read so far may match, one after another
    # An item's own strings, which every string of the run holds, for a run grown past _MAX_TESTED words
    # ("the academy", "this academy", ...: 36 words, "academy", "agency", ...: 18), and a candidate's
    # such item, by the candidate's id: where that candidate is the best, its item is tested instead.
    alone, fewer = None, {}
    for op, av in items + [(None, None)]:
        if op is _sre.AT or op is _sre.ASSERT_NOT:
            continue  # "\\b", "(?!or)": consume nothing, so the strings around them are adjacent
        if op is _sre.ASSERT:
            candidates.append(_item_words(op, av))  # the lookaround's own words; the run goes on past it
            ahead = _exact_prefix(list(av[1])) if av[0] == 1 else None
            if ahead and len(run) * len(ahead) <= 2 * _MAX_STRINGS:  # "University(?=visited)": what it reads
                candidates.append({a + b for a in run for b in ahead})  # follows the run at once
            continue
        exact = _exact(op, av) if op is not None else None
        if exact is not None:
            joined = {a + b for a in run for b in exact}
            if len(joined) <= _MAX_STRINGS:
                if _too_many(joined) and "" not in exact and not _too_many(exact):
                    alone = exact if alone is None else max(alone, exact, key=_rarity)
                run = joined
                continue
        if "" not in run:
            candidates.append(run)
            fewer[id(run)] = alone
        run, alone = exact if exact is not None else {""}, None
        if op is None:
            break
        if exact is None:
            candidates.append(_item_words(op, av))
    return [words for words in candidates if words and "" not in words], fewer


_MAX_STRINGS = 64


def _exact(op, av):
    """The strings the item matches when they are a few known ones ("an" -> {"an"}, "(?:a|an)" -> {"a",
    "an"}, "(?:also )?" -> {"", "also "}), else None."""
    if op is _sre.LITERAL:
        return {chr(av)} if _caseless_or_ascii(chr(av)) else None
    if _case_pair(op, av):  # "[Dd]": the pattern is then tested case-blind (_scoped_flags)
        return {_case_pair(op, av)}
    if (
        op is _sre.IN
        and len(av) <= 8
        and all(o is _sre.LITERAL and _caseless_or_ascii(chr(c)) for o, c in av)
    ):
        return {chr(c) for _o, c in av}  # "[-–]"
    if op is _sre.SUBPATTERN:
        return _exact_sequence(list(av[-1]))
    if op is _sre.BRANCH:
        union = set()
        for branch in av[1]:
            strings = _exact_sequence(list(branch))
            if strings is None:
                return None
            union |= strings
        return union if len(union) <= _MAX_STRINGS else None
    if op in _REPEATS and av[0] == 0 and av[1] == 1:
        strings = _exact_sequence(list(av[2]))
        return None if strings is None else strings | {""}
    return None


def _exact_prefix(items):
    """The strings the sequence's first items match, as far as they are a few known ones."""
    strings = {""}
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        exact = _exact(op, av)
        if exact is None or len(strings) * len(exact) > _MAX_STRINGS:
            break
        strings = {a + b for a in strings for b in exact}
    return strings


def _exact_sequence(items):
    strings = {""}
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        exact = _exact(op, av)
        if exact is None:
            return None
        strings = {a + b for a in strings for b in exact}
        if len(strings) > _MAX_STRINGS:
            return None
    return strings


def _rarity(words):
    """How seldom a text holds one of `words`, guessed, and how cheaply that is told: a test of more than
    _MAX_TESTED words costs about what the search it spares does; then longer words are rarer ("our
    school" than "our", "ofthe" than "the"), up to ten letters; then one word is rarer than one of many."""
    distinct = {word.lower() for word in words}
    shortest = min(len(word) for word in distinct)
    return (len(distinct) <= _MAX_TESTED, min(shortest, 10), -len(distinct))


_MAX_TESTED = 24


def _too_many(words):
    return len({word.lower() for word in words}) > _MAX_TESTED


def _item_words(op, av):
    if op is _sre.SUBPATTERN:
        return _sequence_words(list(av[-1]))
    if op is _sre.BRANCH:
        union = set()
        for branch in av[1]:
            words = _sequence_words(list(branch))
            if not words:
                return None
            union |= words
        return union
    if op in _REPEATS and av[0] >= 1:
        return _sequence_words(list(av[2]))
    if hasattr(_sre, "ATOMIC_GROUP") and op is _sre.ATOMIC_GROUP:
        return _sequence_words(list(av))
    if op is _sre.ASSERT:  # "(?=\\s+delegation)": not in the match, but in the text all the same
        return _sequence_words(list(av[1]))
    return None  # a class, an anchor, a negative lookaround, a back reference: no word of its own


def required_endings(pattern):
    """For a pattern anchored at the end ("... President\\s*$"): strings of which the text, less its trailing
    whitespace, must end with one for the pattern to match; else None. A search of such a pattern still
    walks every position of the text, and its words ("dr", "ms") are in most texts: its ending is not."""
    if pattern.flags & (re.MULTILINE | ~_CHECKED_FLAGS):
        return None
    try:
        items = list(_parse.parse(pattern.pattern, pattern.flags))
    except Exception:
        return None
    if not items or items[-1] != (_sre.AT, _sre.AT_END) and items[-1] != (_sre.AT, _sre.AT_END_STRING):
        return None
    items.pop()
    if items and _only_spaces(items[-1]):
        items.pop()
    found = _sequence_endings(items)
    if not found or any(not word or word[-1].isspace() for word in found):
        return None
    return tuple(sorted(found))


def outside_characters(pattern):
    """For a pattern anchored at the end: a pattern matching any character no match can hold (a class of
    the characters the pattern consumes, negated), else None. A match then lies after the last such
    character of the text, and the search can start there instead of trying every position before it."""
    if required_endings(pattern) is None or _scoped_flags(list(_parse.parse(pattern.pattern, pattern.flags))):
        return None
    parts = []
    if not _consumed_classes(list(_parse.parse(pattern.pattern, pattern.flags)), parts):
        return None
    outside = re.compile(
        "[^" + "".join(dict.fromkeys(parts)) + "]", pattern.flags & (re.IGNORECASE | re.UNICODE)
    )
    return None if outside.match("\n") else outside  # "$" may match before a final newline: keep it in


_CATEGORIES = {_sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_DIGIT: r"\d"}


def _consumed_classes(items, parts):
    """Add to `parts` a class of each character the items may consume; False where that is not plain."""
    for op, av in items:
        if op is _sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _sre.IN:
            for inner, value in av:
                if inner is _sre.LITERAL:
                    parts.append(re.escape(chr(value)))
                elif inner is _sre.RANGE:
                    parts.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                elif inner is _sre.CATEGORY and value in _CATEGORIES:
                    parts.append(_CATEGORIES[value])
                else:
                    return False  # a negated class, "\\W"...: any character, nearly
        elif op is _sre.SUBPATTERN:
            if not _consumed_classes(list(av[-1]), parts):
                return False
        elif op is _sre.BRANCH:
            if not all(_consumed_classes(list(branch), parts) for branch in av[1]):
                return False
        elif op in _REPEATS:
            if not _consumed_classes(list(av[2]), parts):
                return False
        elif op not in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):  # zero-width: they consume nothing
            return False
    return True


def _caseless_or_ascii(char):
    """A character the lowered text shows as the pattern (lowered) has it: ASCII, punctuation and spaces
    ("’"), and the accented Latin letters ("é"), but not the dotted and dotless i and the long s."""
    if char.isascii() or "\u00c0" <= char <= "\u017e" and char not in "\u0130\u0131":
        return True
    return unicodedata.category(char)[0] in "PZ" and char.lower() == char == char.upper()


def _only_spaces(item):
    """A run of whitespace that may be empty ("\\s*")."""
    op, av = item
    return (
        op in _REPEATS and av[0] == 0 and list(av[2]) == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_SPACE)])]
    )


def _sequence_endings(items):
    """The strings one of which every match of the sequence ends with, or None."""
    if not items:
        return None
    run = []
    for op, av in reversed(items):
        if op is not _sre.LITERAL or not _caseless_or_ascii(chr(av)):
            break
        run.append(chr(av))
    if run:
        return {"".join(reversed(run))}
    op, av = items[-1]
    if op is _sre.IN and all(o is _sre.LITERAL and _caseless_or_ascii(chr(c)) for o, c in av):
        return {chr(c) for _o, c in av}  # "[’']"
    if op is _sre.SUBPATTERN:
        return _sequence_endings(list(av[-1]))
    if op is _sre.BRANCH:
        union = set()
        for branch in av[1]:
            endings = _sequence_endings(list(branch))
            if not endings:
                return None
            union |= endings
        return union
    if op in _REPEATS:
        own = _sequence_endings(list(av[2]))
        if not own:
            return None
        if av[0] >= 1:
            return own
        before = _sequence_endings(items[:-1])  # repeated no time: the sequence ends where it did before
        return own | before if before else None
    return None


def required_starts(pattern, max_starts=None):
    """A tuple of strings one of which every match of the compiled `pattern` begins with ("visit", "paid a ",
    "arrived at"; lowered where the pattern is case-blind in any part), or None where the parse tree gives
    none (a match may begin with a class or a repeat) or more than `max_starts` (_MAX_STARTS unless given)."""
    if pattern.flags & ~_CHECKED_FLAGS:
        return None
    try:
        tree = _parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    found = _sequence_starts(list(tree))
    if not found:
        return None
    if pattern.flags & re.IGNORECASE or _scoped_flags(list(tree)):
        found = {start.lower() for start in found}
    # "visit" begins wherever "visiting" does: the longer string adds no place
    found = {start for start in found if not any(o != start and start.startswith(o) for o in found)}
    return tuple(sorted(found)) if len(found) <= (max_starts or _MAX_STARTS) else None


_MAX_STARTS = 64
_ALL_STARTS = 10_000  # every start, for _openings to cut before the limit is applied


def _sequence_starts(items):
    """The strings one of which every match of the sequence begins with, or None."""
    strings = {""}
    for k, (op, av) in enumerate(items):
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the match's first characters are the next item's
        exact = _exact(op, av)
        if exact is not None and len(strings) * len(exact) <= _MAX_STRINGS:
            strings = {a + b for a in strings for b in exact}
            continue
        if "" not in strings:
            return strings  # the items read so far begin every match
        if strings != {""}:
            return None  # "(?:the )?" then a class: a match may begin with either
        return _opening_item_starts(op, av, items[k + 1 :])
    return None if "" in strings else strings


def _opening_item_starts(op, av, rest):
    """_sequence_starts of a sequence that opens with a group, a choice or a repeat, `rest` after it."""
    if op is _sre.SUBPATTERN:
        return _sequence_starts(list(av[-1]) + rest)
    if op is _sre.BRANCH:
        union = set()
        for branch in av[1]:
            starts = _sequence_starts(list(branch) + rest)
            if starts is None:
                return None
            union |= starts
        return union
    if op in _REPEATS:
        own = _sequence_starts(list(av[2]))
        if own is None or av[0] >= 1:
            return own
        after = _sequence_starts(rest)  # repeated no time: the match begins with what follows
        return None if after is None else own | after
    return None


def first_characters(pattern):
    """A class of the characters every match of the compiled, case-blind `pattern` begins with ("[adfjmnos]"
    for "\\b(?:january|february|...|dec)\\b"), where that saves work; else None.

    Python's engine scans for the first character of a pattern that opens with a literal, or with letters
    the same in both cases; a case-blind pattern that opens with alternatives it tries at every position,
    each in turn, each letter folded. Where a match may begin with any of many alternatives
    (_MANY_ALTERNATIVES), a lookahead of their first characters in front fails at once at most positions;
    where it may begin with a few, the pattern fails about as soon (a "\\b" first fails inside every word)."""
    if pattern.flags & ~_CHECKED_FLAGS or pattern.flags & re.VERBOSE or not pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    if tree.getwidth()[0] == 0 or _scoped_flags(list(tree)):
        return None  # a match may be empty, or a part of the pattern has flags of its own
    if tree[0][0] is _sre.AT and tree[0][1] in (_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING):
        return None  # a pattern anchored at the start is tried at the start only
    if _compiler._get_literal_prefix(tree, pattern.flags)[0] or _compiler._get_charset_prefix(
        tree, pattern.flags
    ):
        return None  # the engine scans for the pattern's beginning itself
    parts = _first_parts(list(tree))
    if not parts or r"\w" in parts or _widest_first_branch(list(tree)) < _MANY_ALTERNATIVES:
        return None
    return "[" + "".join(dict.fromkeys(parts)) + "]"


_MANY_ALTERNATIVES = 8


def _widest_first_branch(items):
    """The most alternatives of one choice a match may open with ("(?:january|february|...)": 24)."""
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        if op is _sre.SUBPATTERN:
            return _widest_first_branch(list(av[-1]))
        if op is _sre.BRANCH:
            return max([len(av[1])] + [_widest_first_branch(list(branch)) for branch in av[1]])
        if op in _REPEATS:
            return _widest_first_branch(list(av[2]))
        return 1
    return 0


def _first_parts(items):
    """Class parts of the characters the sequence's first consuming item may match, one or more for each
    alternative it opens with; None where that is not plain."""
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the match's first character is the next item's
        return _first_parts_of_item(op, av)
    return None


def _first_parts_of_item(op, av):
    if op is _sre.LITERAL:
        return [re.escape(chr(av))]
    if op is _sre.IN:
        parts = []
        return parts if _consumed_classes([(op, av)], parts) else None
    if op is _sre.SUBPATTERN:
        return _first_parts(list(av[-1]))
    if op is _sre.BRANCH:
        parts = []
        for branch in av[1]:
            found = _first_parts(list(branch))
            if not found:
                return None
            parts += found
        return parts
    if op in _REPEATS and av[0] >= 1:
        return _first_parts(list(av[2]))
    return None  # optional, any character, a back reference: no class of its own


def behind_first_characters(pattern):
    """`pattern` with the lookahead of first_characters in front (the same matches, the same groups), or
    `pattern` itself where first_characters gives none."""
    first = first_characters(pattern)
    if first is None:
        return pattern
    try:
        return re.compile(f"(?={first})" + pattern.pattern, pattern.flags)
    except re.error:  # global flags written inline ("(?i)...") must open the pattern: keep it as it is
        return pattern


def contains_any(text, words):
    """Whether `text` contains one of `words`. The loop runs in C; `operator.contains` costs a sixth less than
    `map(text.__contains__, words)`, whose method wrapper builds a tuple of arguments for each word."""
    return any(map(contains, repeat(text), words))


def words_of_any(patterns):
    """The strings one of which every match of any of `patterns` holds: one literal test for readers that try
    each of them on the same text, where a text without any has no match of one. Each pattern must be a
    case-sensitive Prefiltered (a plain pattern requires no words; a folded one tests the lowered text)."""
    words = set()
    for pattern in patterns:
        if not isinstance(pattern, Prefiltered) or pattern._folded:
            raise ValueError(f"no case-sensitive literal test for {pattern!r}")
        words.update(pattern._words)
    return _shortest_forms(tuple(words))


# The texts lowered lately, and their lowerings: the readers try their patterns on a sentence, its clauses and
# the next sentences in turn, so that a single "last text" missed two lowerings in three (over the dev
# articles: 150 lowerings an article for 53 texts). Emptied when it holds _LOWERED_KEPT texts, so it keeps
# about an article's.
_LOWERED = {}
_LOWERED_KEPT = 512


def _lowered(text):
    lowered = _LOWERED.get(text)
    if lowered is None:
        lowered = text.lower()
        if not lowered.isascii():
            for letter, ascii_letter in _NOT_LOWERED:
                lowered = lowered.replace(letter, ascii_letter)
        if len(_LOWERED) >= _LOWERED_KEPT:
            _LOWERED.clear()
        _LOWERED[text] = lowered
    return lowered


class Prefiltered:
    """A compiled pattern behind a literal test. Anchored calls (match, fullmatch) and calls with a start or
    end position go straight to the pattern; the scanning calls test the words first, then search an
    all-ASCII text with the pattern's ASCII twin (ascii_twins.py: the same matches, found without asking the
    Unicode database about each character)."""

    __slots__ = (
        "_pattern",
        "_ascii",
        "_words",
        "_also",
        "_folded",
        "_endings",
        "_outside",
        "_starts",
        "_next_start",
        "_opens_lines",
        "_absent_from",
        "pattern",
        "flags",
        "groups",
        "groupindex",
        "match",
        "fullmatch",
    )

    def __init__(self, pattern, words, endings=None, folded=False):
        """`words` (and `endings`) as required_words (and required_endings) give them; `folded`: whether
        the pattern is case-blind in any part (tested on the lowered text)."""
        self._pattern = pattern
        self._ascii = ascii_twin(pattern) or pattern  # the pattern to search an all-ASCII text with
        self._folded = folded or bool(pattern.flags & re.IGNORECASE)
        self._words = _shared_pieces(tuple(w.lower() for w in words) if self._folded else words)
        if endings and self._folded:
            endings = tuple(w.lower() for w in endings)
        self._endings = endings
        self._also = None  # set by prefiltered(): a second set of words a match holds one of (second_words)
        self._outside = None  # set by prefiltered() for patterns anchored at the end
        self._starts = None  # set by prefiltered() where every match begins with one of a few strings
        self._next_start = None  # and the search for the next place one of them is printed (_first_letters)
        self._opens_lines = False  # set by prefiltered() where every match opens a line (re.M, "^" first)
        # The last text found without the words: readers try one pattern on one sentence again (one call in
        # eight over the dev articles, a tenth of the characters the word tests scan), and `is` answers for
        # the text itself at no cost. Kept by identity, so the answer is always that text's own.
        self._absent_from = None
        self.pattern, self.flags = pattern.pattern, pattern.flags
        self.groups, self.groupindex = pattern.groups, pattern.groupindex
        self.match, self.fullmatch = pattern.match, pattern.fullmatch

    def __repr__(self):
        return f"Prefiltered({self._pattern!r}, {self._words!r})"

    def compiled(self):
        return self._pattern

    def _absent(self, text):
        if text is self._absent_from:
            return True
        probe = _lowered(text) if self._folded else text
        if (
            (self._endings is not None and not probe.rstrip().endswith(self._endings))
            or not contains_any(probe, self._words)
            or (self._also is not None and not contains_any(probe, self._also))
        ):
            self._absent_from = text
            return True
        return False

    def search(self, text, *positions):
        if not positions:  # _absent, written out: search is called most, and a call costs here
            if text is self._absent_from:
                return None
            probe = text if not self._folded else _LOWERED.get(text) or _lowered(text)  # (a call costs)
            if (
                (self._endings is not None and not probe.rstrip().endswith(self._endings))
                or not any(map(contains, repeat(probe), self._words))  # contains_any, written out
                or (self._also is not None and not any(map(contains, repeat(probe), self._also)))
            ):
                self._absent_from = text
                return None
            pattern = self._ascii if text.isascii() else self._pattern  # (isascii reads a flag)
            if self._outside is not None:  # start after the last character no match can hold
                last = self._outside.search(text[::-1])
                if last is not None:
                    return pattern.search(text, len(text) - last.start())
            elif self._starts is not None and len(probe) == len(text):  # (see _places)
                return self._search_from(pattern, text, probe)
            elif self._opens_lines:
                return next(self._at_line_starts(pattern, text), None)
            return pattern.search(text)
        return self._pattern.search(text, *positions)

    def _at_line_starts(self, pattern, text):
        """The matches, left to right, of a pattern whose every match opens a line ("^" under re.M, which the
        engine's search tries at every character of an article): tried where a line begins, and only there."""
        at = 0
        while True:
            match = pattern.match(text, at)
            if match is not None:
                yield match
            after = max(match.end(), at + 1) if match is not None else at + 1  # matches do not overlap
            newline = text.find("\n", after - 1)
            if newline == -1:
                return
            at = newline + 1

    def _places(self, probe):
        """Where a match may begin, leftmost first: the places of the strings every match begins with. `probe`
        is the text as they are spelt (lowered for a case-blind pattern); its places are the text's where it
        is as long: a letter lowers to two ("İ" to "i" and a combining dot) only for _lowered to drop the
        dot again, so only a combining dot printed in the text itself shortens it. A generator: a search
        that matches at the first place looks for no other."""
        place = self._next_start(probe)
        while place is not None:
            at = place.start()
            yield at
            place = self._next_start(probe, at + 1)

    def _search_from(self, pattern, text, probe):
        for tried, at in enumerate(self._places(probe)):
            if tried == _MAX_TRIED:
                return pattern.search(text, at)  # a common start: the engine walks on from here
            found = pattern.match(text, at)  # what the search would find, trying this position
            if found is not None:
                return found
        return None

    def finditer(self, text, *positions):
        if positions:
            return self._pattern.finditer(text, *positions)
        if self._absent(text):
            return iter(())
        pattern = self._ascii if text.isascii() else self._pattern
        if self._opens_lines:
            return self._at_line_starts(pattern, text)
        probe = _lowered(text) if self._folded else text
        if self._starts is None or self._outside is not None or len(probe) != len(text):
            return pattern.finditer(text)
        found, end = [], 0
        for tried, at in enumerate(self._places(probe)):
            if at < end:
                continue  # inside the match before: matches do not overlap
            if tried >= _MAX_TRIED:
                found.extend(pattern.finditer(text, at))
                break
            match = pattern.match(text, at)
            if match is not None:
                found.append(match)
                end = match.end()  # never empty: it holds one of the starts
        return iter(found)

    def findall(self, text, *positions):
        if positions or not self._absent(text):
            return (self._ascii if text.isascii() else self._pattern).findall(text, *positions)
        return []

    def sub(self, repl, text, count=0):
        if (self._starts is None and not self._opens_lines) or self._outside is not None:
            if self._absent(text):
                return text
            return (self._ascii if text.isascii() else self._pattern).sub(repl, text, count)
        # The matches the engine's sub replaces are finditer's (left to right, none empty: each holds one of
        # the starts, or opens a line), found from the starts or the lines' beginnings instead of at every
        # position; expand() reads a template's group references and escapes as sub does.
        pieces, last = [], 0
        for match in self.finditer(text):
            if count and len(pieces) == 2 * count:
                break
            pieces += (text[last : match.start()], repl(match) if callable(repl) else match.expand(repl))
            last = match.end()
        if not pieces:
            return text
        pieces.append(text[last:])
        return "".join(pieces)

    def subn(self, repl, text, count=0):
        if not self._absent(text):
            return (self._ascii if text.isascii() else self._pattern).subn(repl, text, count)
        return text, 0

    def split(self, text, maxsplit=0):
        if not self._absent(text):
            return (self._ascii if text.isascii() else self._pattern).split(text, maxsplit)
        return [text]


# Past this many places tried, a start is common in the text ("the"): the engine's own walk costs less.
_MAX_TRIED = 8


def _first_letters(strings):
    """One pattern matching any of `strings` (none a prefix of another), written as a tree of their letters
    ("visit|vice" as "vi(?:sit|ce)"): at each place of a text the engine tries one branch per first letter,
    not one per string. Where a pattern has many starts, one search for the next of them costs about half of
    a str.find for each (callgrind over the dev articles)."""
    if len(strings) == 1:
        return re.escape(strings[0])
    by_first = {}
    for string in strings:
        by_first.setdefault(string[0], []).append(string[1:])
    branches = [re.escape(first) + _first_letters(rests) for first, rests in by_first.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _openings(starts):
    """The starts cut to their first _OPENING letters, each once ("is about", "is due", "is expected" are all
    "is ab", "is du", "is ex"; "negotiat" and "negotiation" are "negot"): every match still begins with one,
    and a long list of starts costs fewer finds (a place found in vain costs one match tried there)."""
    if not starts:
        return starts
    cut = {start[:_OPENING] for start in starts}
    return tuple(sorted(c for c in cut if not any(o != c and c.startswith(o) for o in cut)))


_OPENING = 5  # measured (callgrind over the dev articles): 2% fewer instructions than whole starts


def _anchored_at_the_start(pattern):
    """Is the pattern tried at the start of the text only ("^Embassy ..." without re.MULTILINE), and does it
    not walk far from there ("^[^.;]{0,240}?\\bwas" does: its words spare that walk)? The engine's one try
    then costs less than the literal test."""
    try:
        items = list(_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # an internal format this module does not know: treat the pattern as unanchored
        return False
    if not items or items[0][0] is not _sre.AT:
        return False
    at = items[0][1]
    if not (at is _sre.AT_BEGINNING_STRING or (at is _sre.AT_BEGINNING and not pattern.flags & re.MULTILINE)):
        return False
    op, av = items[1] if len(items) > 1 else (None, None)
    return op not in _REPEATS or list(av[2]) == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_SPACE)])]


def prefiltered(pattern, max_starts=None):
    """`pattern` behind its literal test, or `pattern` itself where no word is required of a match.
    `max_starts`: the most strings a match may begin with for the pattern to be matched only at their places
    (_MAX_STARTS unless given: a reader may allow more for a pattern measured to pay for them)."""
    words = required_words(pattern)
    if words is None or _anchored_at_the_start(pattern):
        return pattern
    folded = _scoped_flags(list(_parse.parse(pattern.pattern, pattern.flags)))
    found = Prefiltered(pattern, words, required_endings(pattern), folded)
    found._also = second_words(pattern, words, found._folded)
    if found._also is not None:
        found._also = _shared_pieces(found._also)
    if found._also is not None and len(found._also) < len(found._words):
        # Both sets must be printed, so the shorter is tested first: a text without it is let go after
        # fewer scans ("ago, earlier, last, previously" before thirteen verbs of signing). Over the dev
        # articles the second-set patterns scanned a third fewer characters so.
        found._words, found._also = found._also, found._words
    found._outside = outside_characters(pattern)
    if found._outside is None:  # the limit is on the strings looked for: the starts cut to their openings
        openings = _openings(required_starts(pattern, _ALL_STARTS))
        found._starts = openings if openings and len(openings) <= (max_starts or _MAX_STARTS) else None
        if found._starts is not None:
            found._next_start = re.compile(_first_letters(found._starts)).search
    found._opens_lines = found._starts is None and _opens_every_line(pattern)
    return found


def _opens_every_line(pattern):
    """Does every match of the pattern open a line ("^" first, under re.MULTILINE) and hold a character
    (the line-start walk steps past a match, as the engine's does only when it is not empty)?"""
    if not pattern.flags & re.MULTILINE:
        return False
    try:
        tree = _parse.parse(pattern.pattern, pattern.flags)
        return len(tree) > 0 and tree[0] == (_sre.AT, _sre.AT_BEGINNING) and tree.getwidth()[0] > 0
    except Exception:  # an internal format this module does not know: leave the pattern to the engine
        return False
