"""Which mission a state's envoy acts for: "Ruritanian Ambassador A", "B, High Commissioner of Ruritania to
Freedonia", "Cultural Attaché C" (extraction-format.md: a diplomatic mission has the country of the state it
represents).

Run after the events are read, before a trip with no leader named takes the visitor's most senior person (so
an ambassador leads his embassy's visit); it ties envoys only to missions the article names.
"""

from .lexicon import (
    ENVOY_OF_STATE,
    ENVOY_STATE_BEFORE,
    ENVOY_TITLE,
    NOT_AN_ENVOY,
)
from .places import country_code, state_code


def envoys_act_for_their_missions(people, sentences, institutions):
    """An envoy no reading tied to a body acts for the article's one mission of the state the title or the
    words before it name ("Ambassador of Peru to Kenya", "Peruvian Ambassador A"); an envoy whose state is
    not printed, for the one state the article's other envoys name, else for the article's one mission.
    Where the article names no mission of that state, none is made up from the title: on the tuning sets an
    embassy listed so was the gold's 7 times and the gold had none 12 times."""
    envoys = [p for p in people if p.institution is None and _is_envoy(p.title)]
    if not envoys:
        return
    missions = [item for item in institutions.items if item.kind == "government" and _is_a_mission(item)]
    states = [_state_of(person, sentences) for person in envoys]
    named = {code for code in states if code}
    for person, code in zip(envoys, states, strict=True):
        if code is None and len(named) != 1:
            person.institution = missions[0] if len(missions) == 1 else None
            continue
        code = code or next(iter(named))
        own = [item for item in missions if item.country == code]
        if len(own) == 1:
            person.institution = own[0]


def _is_envoy(title):
    return bool(title and ENVOY_TITLE.search(title) and not NOT_AN_ENVOY.search(title))


def _is_a_mission(item):
    return any(word in name for name in item.all_names() for word in ("Embassy", "Consulate", "Commission"))


def _state_of(person, sentences):
    """The code of the state the envoy represents, or None."""
    found = ENVOY_OF_STATE.search(person.title)
    if found and state_code(found.group(1)):
        return state_code(found.group(1))
    for index, start, _end in person.places:
        before = ENVOY_STATE_BEFORE.search(sentences[index].text, max(0, start - 120), start)
        words = before.group(1).split() if before else []
        for printed in (" ".join(words[-2:]), words[-1] if words else ""):
            if printed and country_code(printed):
                return country_code(printed)
    return None
