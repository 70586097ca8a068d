"""Patterns compiled a second time for texts that are all ASCII: the same matches, found with cheaper tests.

Under Python's default Unicode matching, the engine asks the Unicode database whether each character it
tests is a letter or a digit (`\\w`, `\\b`) and folds each one through it for a case-blind pattern; the
same pattern compiled with `re.ASCII` looks both up in a table of 128 entries. Three sentences in four that
the readers search are all ASCII (`str.isascii()`, answered without reading the text), and on such a text
the two compilations agree but for two differences, both taken out here, so that the twin finds exactly
what the pattern finds:

- Unicode counts the ASCII separators U+001C-U+001F as spaces (`str.isspace`), `re.ASCII` does not: the
  twin's `\\s` and `\\S` name them (a class that mixes `\\S` with other characters gets no twin).
- A case-blind Unicode pattern matches "i", "k" and "s" where it prints "İ", "ı", "K" (the Kelvin sign)
  or "ſ" (the long s), `re.ASCII` does not: a pattern that holds one of them, or a range over one, gets no
  twin.

Every other test the engine makes (`\\d`, `\\w`, word boundaries, line ends, case folding of ASCII letters)
gives the same answer on an ASCII character in both modes.
"""

import re

try:  # Python 3.11+
    from re import _compiler
    from re import _constants as _sre
    from re import _parser as _parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler
    import sre_constants as _sre
    import sre_parse as _parse

# The letters outside ASCII that a case-blind Unicode pattern folds to or from ASCII letters.
_FOLDING_TO_ASCII = tuple(map(ord, "\u0130\u0131\u017f\u212a"))
# The ASCII characters that Unicode counts as spaces and re.ASCII does not: file, group, record and unit
# separators.
_UNICODE_ONLY_SPACES = (_sre.RANGE, (0x1C, 0x1F))


def ascii_twin(pattern):
    """`pattern` compiled for all-ASCII texts, finding on each exactly what `pattern` finds, or None where
    no such twin is built (see the module's docstring). The twin's `.pattern` is None: it is compiled from
    a parse tree, not from a string."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.ASCII:
        return None
    flags = (pattern.flags & ~re.UNICODE) | re.ASCII
    try:
        tree = _parse.parse(pattern.pattern, flags)
    except Exception:  # "(?u)" inside the pattern, or an internal format this module does not know
        return None
    items = _as_in_unicode(list(tree))
    if items is None:
        return None
    tree.data = items
    return _compiler.compile(tree, flags)


def _as_in_unicode(items):
    """The parse tree's items rewritten to test ASCII characters as Unicode matching does, or None where that
    is not done (a letter folding to ASCII, `\\S` among other members of a class). New lists throughout:
    the parser shares the items of `\\s` and `\\S` between all patterns."""
    out = []
    for op, av in items:
        if op in (_sre.LITERAL, _sre.NOT_LITERAL):
            if av in _FOLDING_TO_ASCII:
                return None
        elif op is _sre.IN:
            av = _class_as_in_unicode(av)
        elif op is _sre.BRANCH:
            branches = [_as_in_unicode_node(branch) for branch in av[1]]
            av = None if None in branches else (av[0], branches)
        elif op is _sre.SUBPATTERN or op in _REPEATS or op in (_sre.ASSERT, _sre.ASSERT_NOT):
            inner = _as_in_unicode_node(av[-1])
            av = None if inner is None else (*av[:-1], inner)
        elif op is _ATOMIC_GROUP:
            av = _as_in_unicode_node(av)
        elif op is _sre.GROUPREF_EXISTS:  # "(?(day)then|else)": the "else" part may be missing
            then, otherwise = (part if part is None else _as_in_unicode_node(part) for part in av[1:])
            av = None if then is None or otherwise is None and av[2] is not None else (av[0], then, otherwise)
        if av is None:
            return None
        out.append((op, av))
    return out


def _as_in_unicode_node(node):
    items = _as_in_unicode(list(node))
    return None if items is None else _parse.SubPattern(node.state, items)


_REPEATS = tuple(
    getattr(_sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre, name)
)
_ATOMIC_GROUP = getattr(_sre, "ATOMIC_GROUP", object())


def _class_as_in_unicode(members):
    """A character class's members with the separators added to `\\s` (and, for a lone `\\S`, taken out of
    it); None for `\\S` among other members, or a member that folds to an ASCII letter."""
    for op, av in members:
        if op is _sre.LITERAL and av in _FOLDING_TO_ASCII:
            return None
        if op is _sre.RANGE and any(av[0] <= letter <= av[1] for letter in _FOLDING_TO_ASCII):
            return None
    categories = {av for op, av in members if op is _sre.CATEGORY}
    spaces = [(_sre.CATEGORY, _sre.CATEGORY_SPACE), _UNICODE_ONLY_SPACES]
    if _sre.CATEGORY_NOT_SPACE in categories:
        negated = members[0][0] is _sre.NEGATE
        if len(members) != 1 + negated:
            return None
        return spaces if negated else [(_sre.NEGATE, None), *spaces]  # "\\S" is "[^\\s]"
    if _sre.CATEGORY_SPACE in categories:
        return [*members, _UNICODE_ONLY_SPACES]
    return members
