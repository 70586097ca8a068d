"""Score extractions against gold answers: the parser against hand-made ones (`score_extraction`), or
what it proposed against what a reviewer accepted (the intake page). Plain Python.

The matching rules are those of the team's yardstick (shared/tools/score_extraction.py), so the
figures printed here are the figures the parser is judged by:
- records are matched one to one by an optimal assignment (Hungarian method) over tiered weights:
  required gold records first, then the best fitting (same kind, same date, ...);
- institutions by a shared normalised name or alias, else a name similarity of at least 0.9;
- an agreement by the same set of parties (or an `alt_parties` set) and action (or `action_alt`);
  a delegation by the same visitor (and host, where gold names one); a meeting by mode, a compatible
  date and at least half the parties each way; a person by any name variant, allowing another
  order, initials and dropped middle names;
- gold records marked `optional` count neither as found nor as missed;
- country accuracy is over every required gold institution with a country, date accuracy over every
  gold agreement and required delegation (a missed record counts as wrong);
- attribute accuracies (agreement kind, delegation leader and size, person institution, institution
  kind, meeting kind, dates) are over matched records only.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher

RECORD_TYPES = ("institutions", "agreements", "delegations", "meetings", "people")
# (key, label printed, key in the summary line)
ATTRIBUTES = (
    ("agreement_kind", "agreement kind", "akind"),
    ("delegation_leader", "delegation leader", "lead"),
    ("delegation_size", "delegation size", "size"),
    ("person_institution", "person institution", "pinst"),
    ("institution_kind", "institution kind", "ikind"),
    ("meeting_kind", "meeting kind", "mkind"),
    ("dates_matched", "dates (matched)", "dmat"),
)
# The attributes averaged into the threshold key "kind".
KIND_ATTRIBUTES = ("agreement_kind", "meeting_kind", "institution_kind")
# Honorifics dropped before people's names are compared ("Prof Dr", "Dato'", "Ir").
HONORIFICS = frozenset(
    (
        "prof",
        "professor",
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "sir",
        "dame",
        "dato",
        "datuk",
        "datin",
        "seri",
        "ir",
        "academician",
        "assoc",
        "excellency",
        "rev",
        "hon",
    )
)
BASE = 10**6  # one tier of a match weight outweighs any sum of lower tiers


# -- names ---------------------------------------------------------------------------------------


def norm(text):
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("&", " and ")
    text = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()
    return text.removeprefix("the ")


def names_of(institution):
    names = {norm(institution.get("name"))} | {norm(a) for a in institution.get("aliases") or []}
    names.discard("")
    return names


def similar(a, b):
    return SequenceMatcher(None, norm(a), norm(b)).ratio() >= 0.9


def name_tokens(name):
    """Token lists for a person's name, hyphens as separators and hyphens joined, honorifics dropped."""
    out = []
    for hyphen in (" ", ""):
        text = re.sub(r"[-\u2010\u2011\u2012\u2013]", hyphen, name or "")
        tokens = [t for t in norm(text).split() if t not in HONORIFICS]
        if tokens and tokens not in out:
            out.append(tokens)
    return out


def _given_names_fit(short, long):
    """Each of `short`'s given names (or initials) pairs with a distinct one of `long`'s."""
    if not short:
        return False  # a surname alone is not enough
    free = list(long)
    for token in short:
        hit = next(
            (
                i
                for i, u in enumerate(free)
                if token == u or (len(token) == 1 and u[0] == token) or (len(u) == 1 and token[0] == u)
            ),
            None,
        )
        if hit is None:
            return False
        free.pop(hit)
    return True


def _token_match(a, b):
    """3: same names, same order; 2: another order; 1: a shared surname and given names that fit; 0: no."""
    if a == b:
        return 3
    if sorted(a) == sorted(b):
        return 2
    for anchor in set(a) & set(b):
        if len(anchor) < 2:
            continue
        rest_a, rest_b = list(a), list(b)
        rest_a.remove(anchor)
        rest_b.remove(anchor)
        short, long = sorted((rest_a, rest_b), key=len)
        if _given_names_fit(short, long):
            return 1
    return 0


def person_match(pred_names, gold_names):
    """How well any spelling of a predicted person fits any spelling of a gold person (0: not)."""
    return max(
        (
            _token_match(a, b)
            for p in pred_names
            for g in gold_names
            for a in name_tokens(p)
            for b in name_tokens(g)
        ),
        default=0,
    )


def person_names(person):
    return [person.get("name")] + list(person.get("variants") or [])


# -- matching ------------------------------------------------------------------------------------


def _hungarian(cost):
    """Assignment of minimal total cost on a square matrix: answer[row] = column."""
    n, inf = len(cost), float("inf")
    u, v, p, way = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    answer = [0] * n
    for j in range(1, n + 1):
        if p[j]:
            answer[p[j] - 1] = j - 1
    return answer


def tiers(*values):
    """A match weight that compares tier by tier, the first most: tiers(1, 0, 1) > tiers(0, 9, 9)."""
    weight = 0
    for value in values:
        weight = weight * BASE + int(value)
    return weight


def best_matches(preds, golds, weight):
    """One-to-one pairs (i, j) of maximal total weight; weight(p, g) is None where they cannot match."""
    if not preds or not golds:
        return []
    n = max(len(preds), len(golds))
    w = [[weight(p, g) for g in golds] for p in preds]
    cost = [[-(w[i][j] or 0) if i < len(preds) and j < len(golds) else 0 for j in range(n)] for i in range(n)]
    return [
        (i, j)
        for i, j in enumerate(_hungarian(cost))
        if i < len(preds) and j < len(golds) and w[i][j] is not None
    ]


def required(gold):
    return not gold.get("optional")


def accepted_kinds(gold):
    return {gold.get("kind")} | set(gold.get("kind_alt") or [])


def date_ok(predicted, gold, accept_null):
    return predicted == gold or (accept_null and predicted is None)


# -- tallies -------------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other):
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _ratio():
    return [0, 0]


def _count(ratio, ok):
    ratio[0] += bool(ok)
    ratio[1] += 1
    return ok


def _value(ratio):
    return ratio[0] / ratio[1] if ratio[1] else 1.0


@dataclass
class Score:
    """Counts per record type, country, date and attribute hits as [right, counted], notes on every miss."""

    counts: dict = field(default_factory=lambda: {kind: Counts() for kind in RECORD_TYPES})
    country: list = field(default_factory=_ratio)
    dates: list = field(default_factory=_ratio)
    attributes: dict = field(default_factory=lambda: {key: _ratio() for key, _, _ in ATTRIBUTES})
    notes: list = field(default_factory=list)

    def add(self, other):
        for kind in RECORD_TYPES:
            self.counts[kind].add(other.counts[kind])
        self.country = [a + b for a, b in zip(self.country, other.country, strict=True)]
        self.dates = [a + b for a, b in zip(self.dates, other.dates, strict=True)]
        for key in self.attributes:
            self.attributes[key] = [
                a + b for a, b in zip(self.attributes[key], other.attributes[key], strict=True)
            ]

    @property
    def country_accuracy(self):
        return _value(self.country)

    @property
    def date_accuracy(self):
        return _value(self.dates)

    def attribute_accuracy(self, key):
        return _value(self.attributes[key])

    def figures(self):
        """Every figure a threshold can name, as the yardstick's --min-f1 keys: F1 per record type,
        country and date accuracy, each attribute's accuracy, and "kind" over the three kinds."""
        kinds = [sum(column) for column in zip(*(self.attributes[k] for k in KIND_ATTRIBUTES), strict=True)]
        return {
            **{kind: self.counts[kind].f1 for kind in RECORD_TYPES},
            **{key: self.attribute_accuracy(key) for key, _, _ in ATTRIBUTES},
            "country": self.country_accuracy,
            "dates": self.date_accuracy,
            "kind": _value(kinds),
        }

    def summary(self):
        """The yardstick's summary line after its "OK | " or "SHORT: ... | "."""
        figures = self.figures()
        return (
            " ".join(f"{kind[:4]}={figures[kind]:.2f}" for kind in RECORD_TYPES)
            + f" ctry={figures['country']:.2f} date={figures['dates']:.2f} "
            + " ".join(f"{short}={figures[key]:.2f}" for key, _, short in ATTRIBUTES)
        )

    def tally(self, kind, pairs, preds, golds):
        """F1 counts from matched pairs: a prediction matched to an optional record is not counted."""
        counts, matched = self.counts[kind], {j for _, j in pairs}
        counts.tp += sum(1 for _, j in pairs if required(golds[j]))
        counts.fp += len(preds) - len(pairs)
        counts.fn += sum(1 for j, g in enumerate(golds) if required(g) and j not in matched)

    def unmatched(self, what, pairs, preds, describe):
        """Note each prediction left unmatched; return {gold index: matched prediction}."""
        matched = {i for i, _ in pairs}
        self.notes += [f"extra {what}: {describe(p, i)}" for i, p in enumerate(preds) if i not in matched]
        return {j: preds[i] for i, j in pairs}


class Resolver:
    """Names as the prediction writes them -> gold canonical names ("?name" when unknown)."""

    def __init__(self, p_inst, g_inst, pairs):
        self.by_norm = {}
        for g in g_inst:
            for name in names_of(g):
                self.by_norm.setdefault(name, set()).add(g["name"])
        self.resolved = {p_inst[i]["name"]: g_inst[j]["name"] for i, j in pairs}
        for i, j in pairs:  # every alias of a predicted institution resolves to the same gold name
            for alias in p_inst[i].get("aliases") or []:
                self.resolved.setdefault(alias, g_inst[j]["name"])

    def __call__(self, name):
        if name is None:
            return None
        if name in self.resolved:
            return self.resolved[name]
        hits = self.by_norm.get(norm(name), set())
        return next(iter(hits)) if len(hits) == 1 else "?" + name


# -- one article, one record type at a time ----------------------------------------------------


def institution_weight(p, g):
    if norm(p.get("name")) in names_of(g):
        how = 3
    elif names_of(p) & names_of(g):
        how = 2
    elif any(similar(a, b) for a in names_of(p) for b in names_of(g)):
        how = 1
    else:
        return None
    return tiers(required(g), not required(g), how)


def _score_institutions(score, pred, gold):
    g_inst, p_inst = gold.get("institutions", []), pred.get("institutions", [])
    pairs = best_matches(p_inst, g_inst, institution_weight)
    score.tally("institutions", pairs, p_inst, g_inst)
    pred_of = score.unmatched("institution", pairs, p_inst, lambda p, i: p["name"])
    for j, g in enumerate(g_inst):
        p = pred_of.get(j)
        if not required(g):
            continue
        if p is None:
            score.notes.append(f"missed institution: {g['name']}")
            if g.get("country"):
                _count(score.country, False)
            continue
        if g.get("country") and not _count(score.country, p.get("country") == g["country"]):
            score.notes.append(f"country of {g['name']}: {p.get('country')} (gold {g['country']})")
        if not _count(score.attributes["institution_kind"], p.get("kind") in accepted_kinds(g)):
            score.notes.append(f"kind of institution {g['name']}: {p.get('kind')} (gold {g.get('kind')})")
    return Resolver(p_inst, g_inst, pairs)


def _score_agreements(score, pred, gold, resolve):
    golds, preds = gold.get("agreements", []), pred.get("agreements", [])
    p_parties = [frozenset(resolve(x) for x in p.get("parties", [])) for p in preds]

    def weight(i, g):
        p = preds[i]
        sets = [g.get("parties", [])] + list(g.get("alt_parties") or [])
        actions = [g.get("action")] + list(g.get("action_alt") or [])
        if p.get("action") not in actions or not any(frozenset(s) == p_parties[i] for s in sets):
            return None
        return tiers(
            required(g), not required(g), p.get("kind") in accepted_kinds(g), p.get("date") == g.get("date")
        )

    pairs = best_matches(range(len(preds)), golds, weight)
    score.tally("agreements", pairs, preds, golds)
    pred_of = score.unmatched(
        "agreement",
        pairs,
        preds,
        lambda p, i: f"{p.get('kind')} {p.get('action')} {sorted(map(str, p_parties[i]))} {p.get('date')}",
    )
    for j, g in enumerate(golds):
        if not required(g):
            continue
        p = pred_of.get(j)
        if p is None:
            _count(score.dates, False)
            score.notes.append(
                f"missed agreement: {g.get('kind')} {g.get('action')} {g['parties']} {g.get('date')}"
            )
            continue
        ok = _count(score.dates, date_ok(p.get("date"), g.get("date"), g.get("date_accept_null")))
        if not _count(score.attributes["dates_matched"], ok):
            score.notes.append(f"agreement date {p.get('date')} (gold {g.get('date')}) {g['parties']}")
        if not _count(score.attributes["agreement_kind"], p.get("kind") in accepted_kinds(g)):
            score.notes.append(f"agreement kind {p.get('kind')} (gold {g.get('kind')}) {g['parties']}")


def _leader_ok(p, g, people):
    if not g.get("leader"):
        return not p.get("leader")
    names = [g.get("leader")]
    for person in people:
        if person_match(names[:1], person_names(person)) == 3:
            names += person_names(person)
    return bool(p.get("leader")) and person_match([p.get("leader")], names) > 0


def _score_delegations(score, pred, gold, resolve):
    golds, preds, people = gold.get("delegations", []), pred.get("delegations", []), gold.get("people", [])
    ends = [(resolve(p.get("visitor")), resolve(p.get("host"))) for p in preds]

    def weight(i, g):
        p = preds[i]
        visitor, host = ends[i]
        if g.get("visitor") != visitor or (g.get("host") is not None and g.get("host") != host):
            return None
        return tiers(
            required(g),
            not required(g),
            g.get("host") is not None,
            p.get("start") == g.get("start"),
            _leader_ok(p, g, people),
        )

    pairs = best_matches(range(len(preds)), golds, weight)
    score.tally("delegations", pairs, preds, golds)
    pred_of = score.unmatched("delegation", pairs, preds, lambda p, i: f"{ends[i][0]} -> {ends[i][1]}")
    for j, g in enumerate(golds):
        if not required(g):
            continue
        p, where = pred_of.get(j), f"{g.get('visitor')} -> {g.get('host')}"
        if p is None:
            _count(score.dates, False)
            score.notes.append(f"missed delegation: {where}")
            continue
        ok = _count(score.dates, date_ok(p.get("start"), g.get("start"), g.get("date_accept_null")))
        if not _count(score.attributes["dates_matched"], ok):
            score.notes.append(f"delegation start {p.get('start')} (gold {g.get('start')}) {where}")
        if not _count(score.attributes["delegation_leader"], _leader_ok(p, g, people)):
            score.notes.append(f"delegation leader {p.get('leader')} (gold {g.get('leader')}) {where}")
        if g.get("size") is not None:
            sizes = [g["size"]] + list(g.get("size_alt") or [])
            if not _count(score.attributes["delegation_size"], p.get("size") in sizes):
                score.notes.append(f"delegation size {p.get('size')} (gold {g['size']}) {where}")


def _score_meetings(score, pred, gold, resolve):
    golds, preds = gold.get("meetings", []), pred.get("meetings", [])
    p_parties = [{resolve(x) for x in p.get("parties", [])} - {None} for p in preds]

    def weight(i, g):
        p = preds[i]
        if g.get("mode") is not None and g.get("mode") != p.get("mode"):
            return None
        if g.get("date") is not None and not date_ok(p.get("date"), g.get("date"), g.get("date_accept_null")):
            return None
        core = set(g.get("parties", []))
        allowed, got = core | set(g.get("optional_parties") or []), p_parties[i]
        if len(core & got) < max(1, -(-len(core) // 2)) or len(got & allowed) < max(1, -(-len(got) // 2)):
            return None
        overlap = round(100 * len(core & got) / len(core | got))
        return tiers(
            required(g),
            not required(g),
            p.get("kind") in accepted_kinds(g),
            p.get("date") == g.get("date"),
            overlap,
        )

    pairs = best_matches(range(len(preds)), golds, weight)
    score.tally("meetings", pairs, preds, golds)
    pred_of = score.unmatched(
        "meeting",
        pairs,
        preds,
        lambda p, i: f"{p.get('kind')} {p.get('date')} {p.get('mode')} {sorted(map(str, p_parties[i]))}",
    )
    for j, g in enumerate(golds):
        if not required(g):
            continue
        p = pred_of.get(j)
        if p is None:
            score.notes.append(
                f"missed meeting: {g.get('kind')} {g.get('date')} {g.get('mode')} {g.get('parties')}"
            )
        elif not _count(score.attributes["meeting_kind"], p.get("kind") in accepted_kinds(g)):
            score.notes.append(
                f"meeting kind {p.get('kind')} (gold {g.get('kind')}) {g.get('date')} {g.get('parties')}"
            )


def _score_people(score, pred, gold, resolve):
    golds, preds = gold.get("people", []), pred.get("people", [])

    def weight(p, g):
        how = person_match(person_names(p), person_names(g))
        return tiers(required(g), not required(g), how) if how else None

    pairs = best_matches(preds, golds, weight)
    score.tally("people", pairs, preds, golds)
    pred_of = score.unmatched("person", pairs, preds, lambda p, i: p.get("name"))
    for j, g in enumerate(golds):
        if not required(g):
            continue
        p = pred_of.get(j)
        if p is None:
            score.notes.append(f"missed person: {g.get('name')}")
        elif g.get("institution") is not None and not _count(
            score.attributes["person_institution"], resolve(p.get("institution")) == g["institution"]
        ):
            score.notes.append(
                f"institution of {g['name']}: {p.get('institution')} (gold {g['institution']})"
            )


def score_article(pred, gold):
    """Score one article's extraction `pred` against its gold answer."""
    score = Score()
    resolve = _score_institutions(score, pred, gold)
    _score_agreements(score, pred, gold, resolve)
    _score_delegations(score, pred, gold, resolve)
    _score_meetings(score, pred, gold, resolve)
    _score_people(score, pred, gold, resolve)
    return score


def score_all(predictions, golds):
    """Score predictions against gold answers keyed by article stem; returns (total, {stem: Score},
    missing)."""
    by_stem = {}
    for prediction in predictions:
        stem = prediction["article"]["file"].rsplit("/", 1)[-1].rsplit(".", 1)[0]
        by_stem[stem] = prediction
    total, per_article, missing = Score(), {}, []
    for stem, gold in sorted(golds.items()):
        if stem not in by_stem:
            missing.append(stem)
        per_article[stem] = score_article(by_stem.get(stem, {}), gold)
        total.add(per_article[stem])
    return total, per_article, missing


def report(total, per_article, missing, *, verbose=False):
    """The printed report: a line per article, precision, recall and F1 per record type, accuracies."""
    lines = []
    for stem, score in per_article.items():
        row = "  ".join(f"{kind[:4]} {score.counts[kind].f1:.2f}" for kind in RECORD_TYPES)
        lines.append(f"{stem[:40]:40s} {row}")
        if verbose:
            lines += [f"    - {note}" for note in score.notes]
    if missing:
        lines.append(f"no prediction for: {', '.join(missing)}")
    lines.append("")
    for kind, c in total.counts.items():
        lines.append(
            f"{kind:13s} P {c.precision:.2f}  R {c.recall:.2f}  F1 {c.f1:.2f}   (tp {c.tp} fp {c.fp} fn "
            f"{c.fn})"
        )
    lines.append(
        f"country accuracy {total.country_accuracy:.2f} ({total.country[0]}/{total.country[1]}); "
        f"date accuracy {total.date_accuracy:.2f} ({total.dates[0]}/{total.dates[1]})"
    )
    lines.append("attribute accuracy over matched records:")
    for key, label, _ in ATTRIBUTES:
        right, counted = total.attributes[key]
        lines.append(f"  {label:20s} {total.attribute_accuracy(key):.2f} ({right}/{counted})")
    return "\n".join(lines)


def score(pairs):
    """{record type: Counts} summed over (predicted, gold) extraction pairs: the yardstick's micro-average
    (the intake page compares what the parser proposed with what a reviewer accepted)."""
    total = Score()
    for predicted, gold in pairs:
        total.add(score_article(predicted, gold))
    return total.counts
