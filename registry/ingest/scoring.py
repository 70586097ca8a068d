"""How well the parser read the articles people reviewed: precision and recall per record type.

The same rules as the team's scorer (shared/tools/score_extraction.py, `score_article`): records are
matched one to one, each prediction to the gold record that fits it best (by total weight, tier by
tier), institutions by name, alias or a close spelling; agreements by party set and action;
delegations by visitor and host; meetings by mode, date and party overlap; people by name allowing
another order, initials and dropped middle names. Gold here is an accepted extraction, which has none
of the scorer's gold-only annotations ("optional", "kind_alt", ...), so they are not read.
registry/devtools/scoring.py holds the team's copy for the command line; the product cannot import
devtools, hence this small one (tests/ingest/test_intake_scoring.py checks it against the shared scorer).
"""

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

RECORD_TYPES = ("institutions", "agreements", "delegations", "meetings", "people")
HONORIFICS = frozenset(
    [
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
    ]
)
BASE = 10**6  # one tier of a match weight outweighs any sum of lower tiers


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


def norm(text):
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("&", " and ")
    text = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()
    return text[4:] if text.startswith("the ") else text


def names_of(institution):
    return {norm(institution.get("name"))} | {norm(a) for a in institution.get("aliases") or []} - {""}


def tiers(*values):
    weight = 0
    for value in values:
        weight = weight * BASE + int(value)
    return weight


def name_tokens(name):
    out = []
    for hyphen in (" ", ""):
        tokens = [
            t
            for t in norm(re.sub(r"[-\u2010\u2011\u2012\u2013]", hyphen, name or "")).split()
            if t not in HONORIFICS
        ]
        if tokens and tokens not in out:
            out.append(tokens)
    return out


def given_names_fit(short, long):
    if not short:
        return False
    free = list(long)
    for t in short:
        hit = next(
            (
                i
                for i, u in enumerate(free)
                if t == u or (len(t) == 1 and u[0] == t) or (len(u) == 1 and t[0] == u)
            ),
            None,
        )
        if hit is None:
            return False
        free.pop(hit)
    return True


def token_match(a, b):
    if a == b:
        return 3
    if sorted(a) == sorted(b):
        return 2
    for anchor in set(a) & set(b):
        if len(anchor) >= 2:
            rest_a, rest_b = list(a), list(b)
            rest_a.remove(anchor)
            rest_b.remove(anchor)
            if given_names_fit(*sorted((rest_a, rest_b), key=len)):
                return 1
    return 0


def person_match(pred_names, gold_names):
    return max(
        (
            token_match(a, b)
            for p in pred_names
            for g in gold_names
            for a in name_tokens(p)
            for b in name_tokens(g)
        ),
        default=0,
    )


def person_names(person):
    return [person.get("name"), *(person.get("variants") or [])]


def assignment(cost):
    """Minimal-cost assignment on a square matrix (the Hungarian method): result[row] = column."""
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
                    current = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if current < minv[j]:
                        minv[j], way[j] = current, j0
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
    result = [0] * n
    for j in range(1, n + 1):
        if p[j]:
            result[p[j] - 1] = j - 1
    return result


def best_matches(preds, golds, weight):
    """One-to-one pairs (i, j) of maximal total weight; weight None where they cannot match."""
    if not preds or not golds:
        return []
    w = [[weight(p, g) for g in golds] for p in preds]
    n = max(len(preds), len(golds))
    cost = [[-(w[i][j] or 0) if i < len(preds) and j < len(golds) else 0 for j in range(n)] for i in range(n)]
    return [
        (i, j)
        for i, j in enumerate(assignment(cost))
        if i < len(preds) and j < len(golds) and w[i][j] is not None
    ]


def counted(pairs, preds, golds):
    return Counts(tp=len(pairs), fp=len(preds) - len(pairs), fn=len(golds) - len(pairs))


def institution_weight(p, g):
    if norm(p.get("name")) in names_of(g):
        how = 3
    elif names_of(p) & names_of(g):
        how = 2
    elif any(SequenceMatcher(None, a, b).ratio() >= 0.9 for a in names_of(p) for b in names_of(g)):
        how = 1
    else:
        return None
    return tiers(1, 0, how)


def resolver(p_inst, g_inst, pairs):
    """Names as the prediction writes them -> gold canonical names ("?name" when unknown)."""
    by_norm, resolved = {}, {}
    for g in g_inst:
        for n in names_of(g):
            by_norm.setdefault(n, set()).add(g["name"])
    for i, j in pairs:
        resolved[p_inst[i]["name"]] = g_inst[j]["name"]
    for i, j in pairs:
        for alias in p_inst[i].get("aliases") or []:
            resolved.setdefault(alias, g_inst[j]["name"])

    def resolve(name):
        if name is None or name in resolved:
            return resolved.get(name)
        hits = by_norm.get(norm(name), set())
        return next(iter(hits)) if len(hits) == 1 else "?" + name

    return resolve


def score_article(pred, gold):
    """{record type: Counts} of one article's prediction against its gold extraction."""
    result = {}
    p_inst, g_inst = pred.get("institutions", []), gold.get("institutions", [])
    pairs = best_matches(p_inst, g_inst, institution_weight)
    result["institutions"] = counted(pairs, p_inst, g_inst)
    resolve = resolver(p_inst, g_inst, pairs)

    preds, golds = pred.get("agreements", []), gold.get("agreements", [])
    parties = [frozenset(resolve(x) for x in p.get("parties", [])) for p in preds]

    def agreement_weight(i, g):
        p = preds[i]
        if p.get("action") != g.get("action") or frozenset(g.get("parties", [])) != parties[i]:
            return None
        return tiers(1, 0, p.get("kind") == g.get("kind"), p.get("date") == g.get("date"))

    result["agreements"] = counted(best_matches(range(len(preds)), golds, agreement_weight), preds, golds)

    preds, golds = pred.get("delegations", []), gold.get("delegations", [])
    ends = [(resolve(p.get("visitor")), resolve(p.get("host"))) for p in preds]
    people = gold.get("people", [])

    def leader_ok(p, g):
        if not g.get("leader"):
            return not p.get("leader")
        names = [g["leader"]]
        names += [
            n
            for person in people
            if person_match(names[:1], person_names(person)) == 3
            for n in person_names(person)
        ]
        return bool(p.get("leader")) and person_match([p["leader"]], names) > 0

    def delegation_weight(i, g):
        visitor, host = ends[i]
        if g.get("visitor") != visitor or (g.get("host") is not None and g.get("host") != host):
            return None
        p = preds[i]
        return tiers(1, 0, g.get("host") is not None, p.get("start") == g.get("start"), leader_ok(p, g))

    result["delegations"] = counted(best_matches(range(len(preds)), golds, delegation_weight), preds, golds)

    preds, golds = pred.get("meetings", []), gold.get("meetings", [])
    got = [{resolve(x) for x in p.get("parties", [])} - {None} for p in preds]

    def meeting_weight(i, g):
        p = preds[i]
        if g.get("mode") is not None and g.get("mode") != p.get("mode"):
            return None
        if g.get("date") is not None and p.get("date") != g.get("date"):
            return None
        core = set(g.get("parties", []))
        if len(core & got[i]) < max(1, -(-len(core) // 2)) or len(got[i] & core) < max(
            1, -(-len(got[i]) // 2)
        ):
            return None
        overlap = round(100 * len(core & got[i]) / len(core | got[i]))
        return tiers(1, 0, p.get("kind") == g.get("kind"), p.get("date") == g.get("date"), overlap)

    result["meetings"] = counted(best_matches(range(len(preds)), golds, meeting_weight), preds, golds)

    preds, golds = pred.get("people", []), gold.get("people", [])

    def person_weight(p, g):
        how = person_match(person_names(p), person_names(g))
        return tiers(1, 0, how) if how else None

    result["people"] = counted(best_matches(preds, golds, person_weight), preds, golds)
    return result


def score(pairs):
    """{record type: Counts} summed over (proposed, accepted) extraction pairs: the scorer's micro-average."""
    total = {kind: Counts() for kind in RECORD_TYPES}
    for proposed, accepted in pairs:
        for kind, counts in score_article(proposed, accepted).items():
            total[kind].add(counts)
    return total
