# A copy of the team's yardstick, ../shared/tools/score_extraction.py (as of 2026-12-05), kept here so
# that the tests comparing the project's scorers with it run on any clone. Refresh it when the
# shared one changes: cp ../shared/tools/score_extraction.py tests/data/yardstick/ and add this header.
#!/usr/bin/env python3
"""Score the project's article extraction against gold annotations.

usage: score_extraction.py PREDICTIONS.json GOLD_DIR [--min-f1 KEY=VALUE ...] [--verbose]

PREDICTIONS.json is what `manage.py extract_articles ... --format json` printed: a list of objects
in the extraction format (shared/extraction-format.md). GOLD_DIR holds one NAME.json per article,
matched to a prediction by the stem of article.file. Prints a table per article, micro-averaged
totals, attribute accuracies over matched records, and a summary as the last line. Exits 1 when a
--min-f1 threshold is not met (or an article has no prediction), 2 on a usage error.

What is counted
- F1 per record type (institutions, agreements, delegations, meetings, people). Records are matched
  one to one, each prediction to the gold record that fits it best (see the match_* functions).
- country: every gold institution with a country; a missed institution counts as wrong.
- dates: every gold agreement and required delegation; a missed record counts as wrong.
- Attribute accuracy over matched records only: agreement kind, delegation leader, delegation size,
  person institution, institution kind, meeting kind, and dates (matched) (the `dates` records that
  were matched). `kind` pools the three kinds.

Gold annotations beyond the extraction format
- "optional": true on any record: a prediction matching it is neither right nor wrong, and missing
  it costs nothing; it is not counted in any accuracy.
- "date_accept_null": true: a null predicted date (start, for a delegation) is also right.
- "kind_alt": [...]: other kinds that are also right (agreements, meetings, institutions).
- "alt_parties": [[...], ...], "action_alt": [...] (agreements): other party sets and actions
  that also match.
- "optional_parties": [...] (meetings): institutions a prediction may list beside the parties.
- "size_alt": [...] (delegations): other sizes that are also right.
- A null meeting date or mode in gold is unknown: any predicted value fits.
"""
import json
import re
import sys
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

RECORD_TYPES = ("institutions", "agreements", "delegations", "meetings", "people")
# (key for --min-f1, label printed, key in the summary line)
ATTRIBUTES = (
    ("agreement_kind", "agreement kind", "akind"),
    ("delegation_leader", "delegation leader", "lead"),
    ("delegation_size", "delegation size", "size"),
    ("person_institution", "person institution", "pinst"),
    ("institution_kind", "institution kind", "ikind"),
    ("meeting_kind", "meeting kind", "mkind"),
    ("dates_matched", "dates (matched)", "dmat"),
)
KIND_ATTRIBUTES = ("agreement_kind", "meeting_kind", "institution_kind")


# -- names ------------------------------------------------------------------------------------------

def norm(s):
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("&", " and ")
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def names_of(inst):
    out = {norm(inst.get("name"))}
    out.update(norm(a) for a in inst.get("aliases") or [])
    out.discard("")
    return out


def similar(a, b):
    return SequenceMatcher(None, norm(a), norm(b)).ratio() >= 0.9


# Honorifics dropped before people's names are compared ("Prof Dr", "Dato'", "Ir").
HONORIFICS = frozenset(
    "prof professor dr mr mrs ms miss mx sir dame dato datuk datin seri ir academician assoc "
    "excellency rev hon".split()
)


def name_tokens(name):
    """Two token lists for a person's name: hyphens as separators, and hyphens joined
    ("Jeong-In Cha" -> [jeong, in, cha] and [jeongin, cha]); honorifics dropped."""
    out = []
    for hyphen in (" ", ""):
        s = re.sub(r"[-\u2010\u2011\u2012\u2013]", hyphen, name or "")
        tokens = [t for t in norm(s).split() if t not in HONORIFICS]
        if tokens and tokens not in out:
            out.append(tokens)
    return out


def _given_names_fit(short, long):
    """Each of `short`'s given names (or initials) pairs with a distinct one of `long`'s: equal, or
    an initial that is the other's first letter. Names left over in `long` are middle names."""
    if not short:
        return False  # a surname alone is not enough
    free = list(long)
    for t in short:
        hit = next((i for i, u in enumerate(free)
                    if t == u or (len(t) == 1 and u[0] == t) or (len(u) == 1 and t[0] == u)), None)
        if hit is None:
            return False
        free.pop(hit)
    return True


def _token_match(a, b):
    """3: same names in the same order; 2: same names in another order ("Liu Chuning", "Chuning
    Liu"); 1: a shared surname and given names that fit (initials, middle names dropped); 0: no."""
    if a == b:
        return 3
    if sorted(a) == sorted(b):
        return 2
    for anchor in set(a) & set(b):
        if len(anchor) < 2:
            continue
        rest_a = list(a)
        rest_a.remove(anchor)
        rest_b = list(b)
        rest_b.remove(anchor)
        short, long = sorted((rest_a, rest_b), key=len)
        if _given_names_fit(short, long):
            return 1
    return 0


def person_match(pred_names, gold_names):
    """How well any spelling of a predicted person fits any spelling of a gold person (0: not)."""
    best = 0
    for p in pred_names:
        for g in gold_names:
            for a in name_tokens(p):
                for b in name_tokens(g):
                    best = max(best, _token_match(a, b))
    return best


def person_names(person):
    return [person.get("name")] + list(person.get("variants") or [])


# -- matching ---------------------------------------------------------------------------------------

def _hungarian(cost):
    """Assignment of minimal total cost on a square matrix: ans[row] = column."""
    n = len(cost)
    inf = float("inf")
    u, v, p, way = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
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
    ans = [0] * n
    for j in range(1, n + 1):
        if p[j]:
            ans[p[j] - 1] = j - 1
    return ans


BASE = 10 ** 6  # one tier of a match weight outweighs any sum of lower tiers


def tiers(*values):
    """A match weight that compares tier by tier, the first most: tiers(1, 0, 1) > tiers(0, 9, 9)."""
    w = 0
    for v in values:
        w = w * BASE + int(v)
    return w


def best_matches(preds, golds, weight):
    """One-to-one pairs (i, j) of maximal total weight; weight(p, g) is None where they cannot match."""
    if not preds or not golds:
        return []
    n = max(len(preds), len(golds))
    w = [[None] * len(golds) for _ in preds]
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            w[i][j] = weight(p, g)
    cost = [[-(w[i][j] or 0) if i < len(preds) and j < len(golds) else 0 for j in range(n)] for i in range(n)]
    pairs = []
    for i, j in enumerate(_hungarian(cost)):
        if i < len(preds) and j < len(golds) and w[i][j] is not None:
            pairs.append((i, j))
    return pairs


def required(g):
    return not g.get("optional")


def accepted_kinds(g):
    return {g.get("kind")} | set(g.get("kind_alt") or [])


def date_ok(pred, gold, accept_null):
    if pred == gold:
        return True
    if accept_null and pred is None:
        return True
    return False


class Counts:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, other):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


class Ratio:
    """right / counted, for an accuracy."""

    def __init__(self):
        self.right = self.total = 0

    def count(self, ok):
        self.total += 1
        self.right += bool(ok)
        return ok

    def add(self, other):
        self.right += other.right
        self.total += other.total

    def value(self):
        return self.right / self.total if self.total else 1.0


def tally(counts, pairs, preds, golds):
    """F1 counts from matched pairs: a prediction matched to an optional record is not counted."""
    matched_golds = {j for _, j in pairs}
    counts.tp += sum(1 for _, j in pairs if required(golds[j]))
    counts.fp += len(preds) - len(pairs)
    counts.fn += sum(1 for j, g in enumerate(golds) if required(g) and j not in matched_golds)


def unmatched_notes(notes, what, pairs, preds, describe):
    """Note each prediction left unmatched ("extra ..."); return {gold index: matched prediction}."""
    matched = {i for i, _ in pairs}
    for i, p in enumerate(preds):
        if i not in matched:
            notes.append(f"extra {what}: {describe(p, i)}")
    return {j: preds[i] for i, j in pairs}


# -- one article ------------------------------------------------------------------------------------

class Resolver:
    """Names as the prediction writes them -> gold canonical names ("?name" when unknown)."""

    def __init__(self, p_inst, g_inst, pairs):
        self.gold_names = [g["name"] for g in g_inst]
        self.by_norm = {}
        for g in g_inst:
            for n in names_of(g):
                self.by_norm.setdefault(n, set()).add(g["name"])
        self.resolved = {}
        for i, j in pairs:
            self.resolved[p_inst[i]["name"]] = g_inst[j]["name"]
        for i, j in pairs:  # every alias of a predicted institution resolves to the same gold name
            for a in p_inst[i].get("aliases") or []:
                self.resolved.setdefault(a, g_inst[j]["name"])

    def __call__(self, name):
        if name is None:
            return None
        if name in self.resolved:
            return self.resolved[name]
        hits = self.by_norm.get(norm(name), set())
        return next(iter(hits)) if len(hits) == 1 else "?" + name


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


def score_article(pred, gold):
    res = {k: Counts() for k in RECORD_TYPES}
    attrs = {k: Ratio() for k, _, _ in ATTRIBUTES}
    country, dates = Ratio(), Ratio()
    notes = []

    # institutions: by name or alias, else by a close spelling
    g_inst = gold.get("institutions", [])
    p_inst = pred.get("institutions", [])
    pairs = best_matches(p_inst, g_inst, institution_weight)
    tally(res["institutions"], pairs, p_inst, g_inst)
    resolve = Resolver(p_inst, g_inst, pairs)
    pred_of = unmatched_notes(notes, "institution", pairs, p_inst, lambda p, i: p["name"])
    for j, g in enumerate(g_inst):
        p = pred_of.get(j)
        if not required(g):
            continue
        if p is None:
            notes.append(f"missed institution: {g['name']}")
            if g.get("country"):
                country.count(False)
            continue
        if g.get("country") and not country.count(p.get("country") == g["country"]):
            notes.append(f"country of {g['name']}: {p.get('country')} (gold {g['country']})")
        if not attrs["institution_kind"].count(p.get("kind") in accepted_kinds(g)):
            notes.append(f"kind of institution {g['name']}: {p.get('kind')} (gold {g.get('kind')})")

    # agreements: same party set and action (or an alt_parties set, an action_alt); among those, the gold
    # record of the same kind and date is preferred
    golds = gold.get("agreements", [])
    preds = pred.get("agreements", [])
    p_parties = [frozenset(resolve(x) for x in p.get("parties", [])) for p in preds]

    def agreement_weight(i, g):
        p = preds[i]
        sets = [g.get("parties", [])] + list(g.get("alt_parties") or [])
        actions = [g.get("action")] + list(g.get("action_alt") or [])
        if p.get("action") not in actions or not any(frozenset(s) == p_parties[i] for s in sets):
            return None
        return tiers(required(g), not required(g), p.get("kind") in accepted_kinds(g), p.get("date") == g.get("date"))

    pairs = best_matches(range(len(preds)), golds, agreement_weight)
    tally(res["agreements"], pairs, preds, golds)
    pred_of = unmatched_notes(notes, "agreement", pairs, preds, lambda p, i: f"{p.get('kind')} {p.get('action')} {sorted(map(str, p_parties[i]))} {p.get('date')}")
    for j, g in enumerate(golds):
        if not required(g):
            continue
        p = pred_of.get(j)
        if p is None:
            dates.count(False)
            notes.append(f"missed agreement: {g.get('kind')} {g.get('action')} {g['parties']} {g.get('date')}")
            continue
        ok = date_ok(p.get("date"), g.get("date"), g.get("date_accept_null"))
        dates.count(ok)
        if not attrs["dates_matched"].count(ok):
            notes.append(f"agreement date {p.get('date')} (gold {g.get('date')}) {g['parties']}")
        if not attrs["agreement_kind"].count(p.get("kind") in accepted_kinds(g)):
            notes.append(f"agreement kind {p.get('kind')} (gold {g.get('kind')}) {g['parties']}")

    # delegations: same visitor, and the same host where gold names one
    golds = gold.get("delegations", [])
    preds = pred.get("delegations", [])
    ends = [(resolve(p.get("visitor")), resolve(p.get("host"))) for p in preds]
    people = gold.get("people", [])

    def leader_names(g):
        names = [g.get("leader")]
        for person in people:
            if person_match(names[:1], person_names(person)) == 3:
                names += person_names(person)
        return names

    def leader_ok(p, g):
        if not g.get("leader"):
            return not p.get("leader")
        return bool(p.get("leader")) and person_match([p.get("leader")], leader_names(g)) > 0

    def delegation_weight(i, g):
        p = preds[i]
        visitor, host = ends[i]
        if g.get("visitor") != visitor or (g.get("host") is not None and g.get("host") != host):
            return None
        return tiers(required(g), not required(g), g.get("host") is not None, p.get("start") == g.get("start"), leader_ok(p, g))

    pairs = best_matches(range(len(preds)), golds, delegation_weight)
    tally(res["delegations"], pairs, preds, golds)
    pred_of = unmatched_notes(notes, "delegation", pairs, preds, lambda p, i: f"{ends[i][0]} -> {ends[i][1]}")
    for j, g in enumerate(golds):
        if not required(g):
            continue
        p = pred_of.get(j)
        if p is None:
            dates.count(False)
            notes.append(f"missed delegation: {g.get('visitor')} -> {g.get('host')}")
            continue
        ok = date_ok(p.get("start"), g.get("start"), g.get("date_accept_null"))
        dates.count(ok)
        if not attrs["dates_matched"].count(ok):
            notes.append(f"delegation start {p.get('start')} (gold {g.get('start')}) {g.get('visitor')} -> {g.get('host')}")
        if not attrs["delegation_leader"].count(leader_ok(p, g)):
            notes.append(f"delegation leader {p.get('leader')} (gold {g.get('leader')}) {g.get('visitor')} -> {g.get('host')}")
        if g.get("size") is not None:
            if not attrs["delegation_size"].count(p.get("size") in [g["size"]] + list(g.get("size_alt") or [])):
                notes.append(f"delegation size {p.get('size')} (gold {g['size']}) {g.get('visitor')} -> {g.get('host')}")

    # meetings: same mode and date (where gold knows them); at least half the gold parties (rounded
    # up) among the predicted ones, and half the predicted parties among the gold ones (its
    # optional_parties included); a gold meeting of the same kind and date is preferred
    golds = gold.get("meetings", [])
    preds = pred.get("meetings", [])
    p_parties = [{resolve(x) for x in p.get("parties", [])} - {None} for p in preds]

    def meeting_weight(i, g):
        p = preds[i]
        if g.get("mode") is not None and g.get("mode") != p.get("mode"):
            return None
        if g.get("date") is not None and not date_ok(p.get("date"), g.get("date"), g.get("date_accept_null")):
            return None
        core = set(g.get("parties", []))
        allowed = core | set(g.get("optional_parties") or [])
        got = p_parties[i]
        if len(core & got) < max(1, -(-len(core) // 2)) or len(got & allowed) < max(1, -(-len(got) // 2)):
            return None
        overlap = round(100 * len(core & got) / len(core | got))
        return tiers(required(g), not required(g), p.get("kind") in accepted_kinds(g), p.get("date") == g.get("date"), overlap)

    pairs = best_matches(range(len(preds)), golds, meeting_weight)
    tally(res["meetings"], pairs, preds, golds)
    pred_of = unmatched_notes(notes, "meeting", pairs, preds, lambda p, i: f"{p.get('kind')} {p.get('date')} {p.get('mode')} {sorted(map(str, p_parties[i]))}")
    for j, g in enumerate(golds):
        if not required(g):
            continue
        p = pred_of.get(j)
        if p is None:
            notes.append(f"missed meeting: {g.get('kind')} {g.get('date')} {g.get('mode')} {g.get('parties')}")
        elif not attrs["meeting_kind"].count(p.get("kind") in accepted_kinds(g)):
            notes.append(f"meeting kind {p.get('kind')} (gold {g.get('kind')}) {g.get('date')} {g.get('parties')}")

    # people: by name or variant, allowing another order, initials and dropped middle names
    golds = gold.get("people", [])
    preds = pred.get("people", [])

    def person_weight(p, g):
        how = person_match(person_names(p), person_names(g))
        return tiers(required(g), not required(g), how) if how else None

    pairs = best_matches(preds, golds, person_weight)
    tally(res["people"], pairs, preds, golds)
    pred_of = unmatched_notes(notes, "person", pairs, preds, lambda p, i: p.get("name"))
    for j, g in enumerate(golds):
        if not required(g):
            continue
        p = pred_of.get(j)
        if p is None:
            notes.append(f"missed person: {g.get('name')}")
        elif g.get("institution") is not None:
            got = resolve(p.get("institution"))
            if not attrs["person_institution"].count(got == g["institution"]):
                notes.append(f"institution of {g['name']}: {p.get('institution')} (gold {g['institution']})")
    return res, country, dates, attrs, notes


# -- command line -----------------------------------------------------------------------------------

def threshold_key(k):
    k = k.strip().lower().replace("-", "_").replace(" ", "_")
    k = {"dates_(matched)": "dates_matched", "date": "dates"}.get(k, k)
    known = set(RECORD_TYPES) | {"country", "dates", "kind"} | {a for a, _, _ in ATTRIBUTES}
    if k not in known:
        raise ValueError(f"unknown --min-f1 key {k!r}; known: {', '.join(sorted(known))}")
    return k


def main(argv):
    verbose = "--verbose" in argv
    argv = [a for a in argv if a != "--verbose"]
    thresholds = {}
    try:
        if "--min-f1" in argv:
            i = argv.index("--min-f1")
            for kv in argv[i + 1:]:
                k, v = kv.split("=")
                thresholds[threshold_key(k)] = float(v)
            argv = argv[:i]
        if len(argv) != 2:
            raise ValueError("expected PREDICTIONS.json GOLD_DIR")
    except ValueError as error:
        print(f"usage: score_extraction.py PREDICTIONS.json GOLD_DIR [--min-f1 KEY=VALUE ...] [--verbose]\nerror: {error}")
        return 2
    preds = json.loads(Path(argv[0]).read_text())
    gold_dir = Path(argv[1])
    by_stem = {Path(p["article"]["file"]).stem: p for p in preds}
    total = {k: Counts() for k in RECORD_TYPES}
    country, dates = Ratio(), Ratio()
    attrs = {k: Ratio() for k, _, _ in ATTRIBUTES}
    missing = []
    for gfile in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gfile.read_text())
        pred = by_stem.get(gfile.stem)
        if pred is None:
            missing.append(gfile.stem)
            pred = {}
        res, ctry, dts, att, notes = score_article(pred, gold)
        for k in total:
            total[k].add(res[k])
        country.add(ctry)
        dates.add(dts)
        for k in attrs:
            attrs[k].add(att[k])
        row = "  ".join(f"{k[:4]} {res[k].prf()[2]:.2f}" for k in total)
        print(f"{gfile.stem[:40]:40s} {row}")
        if verbose:
            for n in notes:
                print(f"    - {n}")
    if missing:
        print(f"no prediction for: {', '.join(missing)}")
    print()
    for k, c in total.items():
        p, r, f = c.prf()
        print(f"{k:13s} P {p:.2f}  R {r:.2f}  F1 {f:.2f}   (tp {c.tp} fp {c.fp} fn {c.fn})")
    print(f"country accuracy {country.value():.2f} ({country.right}/{country.total}); "
          f"date accuracy {dates.value():.2f} ({dates.right}/{dates.total})")
    print("attribute accuracy over matched records:")
    for k, label, _ in ATTRIBUTES:
        a = attrs[k]
        print(f"  {label:20s} {a.value():.2f} ({a.right}/{a.total})")
    kinds = Ratio()
    for k in KIND_ATTRIBUTES:
        kinds.add(attrs[k])
    got = {k: total[k].prf()[2] for k in RECORD_TYPES}
    got.update({k: attrs[k].value() for k in attrs})
    got.update(country=country.value(), dates=dates.value(), kind=kinds.value())
    short = [f"{k} {got[k]:.2f} < {v}" for k, v in thresholds.items() if got[k] < v]
    summary = " ".join(f"{k[:4]}={got[k]:.2f}" for k in RECORD_TYPES)
    summary += f" ctry={country.value():.2f} date={dates.value():.2f} "
    summary += " ".join(f"{s}={attrs[k].value():.2f}" for k, _, s in ATTRIBUTES)
    if short or missing:
        print("SHORT: " + "; ".join(short + [f"{len(missing)} articles without prediction"] * bool(missing)) + " | " + summary)
        return 1
    print("OK | " + summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
