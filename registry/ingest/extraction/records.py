"""The records the event readers make: agreements, delegations and meetings as read, their institutions still
the Institution objects of the article (parser.py turns them into the extraction format).

Named ...Record so that they are never mistaken for the Django models of the same things.
"""

from dataclasses import dataclass, field


@dataclass
class AgreementRecord:
    """An agreement as read, its parties still Institution objects."""

    title: str | None
    kind: str
    action: str
    parties: list
    date: str | None
    evidence: str
    sentence: int
    retold: list = field(default_factory=list)  # later sentences that told the same agreement again
    # told as a document that exists already ("the signed agreement", "discussed the MoU signed by A and B"):
    # its sentence tells no occasion of its signing
    existing: bool = False


@dataclass
class DelegationRecord:
    """A visit as read: visitor and host are Institution objects (host None when unnamed)."""

    visitor: object
    host: object
    leader: object = None
    size: int | None = None
    start: str | None = None
    end: str | None = None
    evidence: str = ""
    host_is_home: bool = False
    sentence: int | None = None  # the body sentence that first told it (None: the headline, or a pass)
    in_passing: bool = False  # an earlier trip only recalled ("the visits to X by Y in 2006 and 2009")
    host_told_later: bool = False  # told naming no host, its host filled in from a later sentence


@dataclass
class MeetingRecord:
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
