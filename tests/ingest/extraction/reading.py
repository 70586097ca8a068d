"""Small readers the parser tests share: build an invented article, parse it, read one kind of record.

Plain functions, no fixtures, so that a test reads as the sentence it gives and the records it expects.
A test file whose article differs (another headline, another publication date, sentences run together
in one paragraph) binds its own defaults with `functools.partial(article, ...)` rather than copying
the function, so that every article is built the same way.
"""

from registry.ingest.extraction import parse_article


def article(*sentences, title="Cooperation news", published="2023-05-10", joiner="\n\n"):
    """The text of an article: its headline, its date line, then the sentences.

    By default each sentence is a paragraph of its own; `joiner=" "` runs them into one paragraph.
    """
    return f"{title}\n\ndate {published}\n\n" + joiner.join(sentences) + "\n"


def parsed(text):
    """Everything the parser reads in `text`, as it reads a file named t.txt."""
    return parse_article(text, file="t.txt")


def trips(text):
    """The (visitor, host) pair of each delegation, sorted; a side left unnamed reads as ""."""
    return sorted((d["visitor"] or "", d["host"] or "") for d in parsed(text)["delegations"])


def trips_in_order(text):
    """The (visitor, host) pair of each delegation in the order the parser gives them, None kept."""
    return [(d["visitor"], d["host"]) for d in parsed(text)["delegations"]]


def trips_with_none(text):
    """The (visitor, host) pair of each delegation, sorted, None kept (for articles naming both sides)."""
    return sorted((d["visitor"], d["host"]) for d in parsed(text)["delegations"])


def institutions_of(text):
    """Each person's name mapped to the institution the parser gives them (None when it gives none)."""
    return {p["name"]: p["institution"] for p in parsed(text)["people"]}


def actions_and_parties(text):
    """Each agreement's action and its parties, sorted, in the parser's order."""
    return [(a["action"], sorted(a["parties"])) for a in parsed(text)["agreements"]]


def names_and_aliases(text):
    """Each institution's name mapped to the set of its aliases (an acronym the parser settled is one)."""
    return {item["name"]: set(item.get("aliases") or []) for item in parsed(text)["institutions"]}
