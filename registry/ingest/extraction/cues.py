"""What the event readers share: the records they make and the phrases they all look for."""

import re
from dataclasses import dataclass, field

ONLINE = re.compile(
    r"\b(?:online|virtual(?:ly)?|video ?(?:conference|conferencing|call|link|meeting)s?|"
    r"videoconferenc\w*|via video|by video|video meeting|held on distance|remotely|zoom|webinar|"
    r"cloud (?:meeting|signing))\b",
    re.I,
)
FUTURE = re.compile(
    r"\b(?:will|would|shall|plans? to|planned|planning|intends? to|is to|are to|scheduled|"
    r"next visit|to be held|expected to|invited\b[^.]*\bto visit|look(?:s|ing)? forward|hopes? to)\b",
    re.I,
)
GROUP_OF_TWO = re.compile(
    r"\b(?:the two|both)\s+(?:universities|sides|schools|parties|institutions|"
    r"presidents|colleges|leaders|representatives|countries)\b|\bthe two\b(?!\s+\w+\s+of)",
    re.I,
)
THE_DELEGATION = re.compile(
    r"\b(?:the|this|their) (?:delegation|guests?|visitors?|visiting team)\b|\bhis group\b", re.I
)
UNNAMED_HOME = re.compile(
    r"\b(?:our|Our) (?:[Ss]chool|[Uu]niversity|[Cc]ollege|[Ii]nstitute|[Cc]ampus|[Uu]niversities)\b|"
    r"\bthe University delegation\b"
)
# Sentences that only give background: existing ties, history, founding facts.
BACKGROUND = re.compile(
    r"\b(?:(?:had|has|have) (?:already )?established|since (?:19|20)\d\d|alma mater|founded in|was founded|"
    r"established in (?:19|20)\d\d|"
    r"established (?:an? |the )?(?:[\w-]+ )?(?:cooperation|partnership|relations?)|"
    r"is located|located in|such as|mentioned|part of|member of|"
    r"long-standing relationship|course with|sister (?:school|university)|"
    r"already (?:has|have|had|cooperates?|works?)|"
    r"existing partners?|partnerships? with (?:several|many|more than)|ranks?|ranked|ranking|alongside|"
    r"among the top|one of the (?:top|best|leading|oldest|largest)|graduated|graduates? of|alumn\w*|"
    r"studied at|"
    r"(?:his|her) (?:PhD|doctorate|degree)|(?:PhD|doctorate|degree) (?:from|at)|funded by|sponsored by|"
    r"supported by|with the (?:financial )?support of|"
    r"(?:maintains?|has|have) (?:\w+ )?(?:partnerships?|ties|relations) with|"
    r"(?:\d+|several|many|numerous) (?:\w+ )?(?:partner|partners|partnerships|universities|institutions)|"
    r"(?:our|its|their) (?:other )?partners (?:are|include)|apart from|already (?:function|operat|exist)\w*|"
    r"let us remind|(?:be|is|was) recalled|cooperat\w+ with [^.]* for many years)\b",
    re.I,
)
# "The renewal was signed on November 25 ...": a sentence about the agreement just told.
TOLD_SIGNING = re.compile(
    r"\b(?:The|the|This|this) (?:renewal|extension|signing|agreement|memorandum|MoU|MOU|document)\b[^.]*?"
    r"\b(?:was|were) (?:signed|renewed|inked)\b"
)
# "after the first one held on April 15th": another, earlier event
PAST_REFERENCE = re.compile(r"\b(?:the first one|the previous (?:one|meeting)|last year[’']s)\b", re.I)


@dataclass
class Agreement:
    """An agreement as read, its parties still Institution objects."""

    title: str | None
    kind: str
    action: str
    parties: list
    date: str | None
    evidence: str
    sentence: int
    retold: list = field(default_factory=list)  # later sentences that told the same agreement again


@dataclass
class Delegation:
    """A visit as read: visitor and host are Institution objects (host None when unnamed)."""

    visitor: object
    host: object
    leader: object = None
    size: int | None = None
    start: str | None = None
    end: str | None = None
    evidence: str = ""
    host_is_home: bool = False


@dataclass
class Meeting:
    """A meeting as read, its parties Institution objects."""

    kind: str
    mode: str
    date: str | None
    parties: list = field(default_factory=list)
    location: str | None = None
    evidence: str = ""
    sentence: int = 0
    separate: bool = False  # told as a meeting of its own: never merged into another of the same day


def name_forms(person):
    """Every way the article may refer to a person: full names, then single name words ("President Zhou")."""
    forms = list(person.all_names())
    for name in person.all_names():
        forms.extend(part for part in name.split() if len(part) >= 3 and part not in forms)
    return forms
