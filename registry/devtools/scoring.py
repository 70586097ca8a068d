"""Score extractions against hand-made gold answers. Plain Python.

The matching rules are those of the team's yardstick (shared/tools/score_extraction.py), so the
figures printed here are the figures the parser is judged by:
- institutions map one-to-one, first by any shared normalised name or alias, then by a fuzzy
  name similarity of at least 0.9;
- an agreement matches a gold one with the same set of parties (or an accepted alternative) and
  the same action; a delegation the same visitor (and host, where gold names one); a meeting the
  same mode, a compatible date and at least one common party; a person any common name variant;
- gold records marked `optional` count neither as found nor as missed;
- country accuracy is over every gold institution with a country, date accuracy over every gold
  agreement and required delegation: a missed record counts as wrong.
"""
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher

RECORD_TYPES = ("institutions", "agreements", "delegations", "meetings", "people")


def norm(text):
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("&", " and ")
    text = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()
    return text[4:] if text.startswith("the ") else text


def names_of(institution):
    names = {norm(institution.get("name"))} | {norm(a) for a in institution.get("aliases") or []}
    names.discard("")
    return names


def similar(a, b):
    return SequenceMatcher(None, norm(a), norm(b)).ratio() >= 0.9


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


@dataclass
class Score:
    """Counts per record type, country and date hits out of totals, and notes on every miss."""

    counts: dict = field(default_factory=lambda: {kind: Counts() for kind in RECORD_TYPES})
    country: list = field(default_factory=lambda: [0, 0])
    dates: list = field(default_factory=lambda: [0, 0])
    notes: list = field(default_factory=list)

    def add(self, other):
        for kind in RECORD_TYPES:
            self.counts[kind].add(other.counts[kind])
        self.country = [a + b for a, b in zip(self.country, other.country)]
        self.dates = [a + b for a, b in zip(self.dates, other.dates)]

    @property
    def country_accuracy(self):
        return self.country[0] / self.country[1] if self.country[1] else 1.0

    @property
    def date_accuracy(self):
        return self.dates[0] / self.dates[1] if self.dates[1] else 1.0


def map_institutions(predicted, gold):
    """Greedy one-to-one map of predicted institution names to gold ones: exact overlaps, then fuzzy."""
    mapping, used = {}, set()
    for exact in (True, False):
        for p in predicted:
            if p["name"] in mapping:
                continue
            for g in gold:
                if g["name"] in used:
                    continue
                if exact:
                    hit = names_of(p) & names_of(g)
                else:
                    hit = any(similar(a, b) for a in names_of(p) for b in names_of(g))
                if hit:
                    mapping[p["name"]] = g["name"]
                    used.add(g["name"])
                    break
    resolved = dict(mapping)
    for p in predicted:
        if p["name"] in mapping:
            for alias in p.get("aliases") or []:
                resolved.setdefault(alias, mapping[p["name"]])
    return mapping, resolved


def resolver(resolved, gold_names):
    def resolve(name):
        if name is None:
            return None
        if name in resolved:
            return resolved[name]
        return next((g for g in gold_names if norm(g) == norm(name)), "?" + name)

    return resolve


def date_ok(predicted, gold, accept_null):
    return predicted == gold or (accept_null and predicted is None)


def score_article(pred, gold):
    """Score one article's extraction `pred` against its gold answer."""
    score = Score()
    notes = score.notes
    g_inst, p_inst = gold.get("institutions", []), pred.get("institutions", [])
    mapping, resolved = map_institutions(p_inst, g_inst)
    resolve = resolver(resolved, [g["name"] for g in g_inst])

    counts = score.counts["institutions"]
    counts.tp, counts.fp, counts.fn = len(mapping), len(p_inst) - len(mapping), len(g_inst) - len(mapping)
    notes += [f"extra institution: {p['name']}" for p in p_inst if p["name"] not in mapping]
    notes += [f"missed institution: {g['name']}" for g in g_inst if g["name"] not in mapping.values()]
    score.country[1] = sum(1 for g in g_inst if g.get("country"))
    for p in p_inst:
        g = next((g for g in g_inst if g["name"] == mapping.get(p["name"])), None)
        if g and g.get("country"):
            if p.get("country") == g["country"]:
                score.country[0] += 1
            else:
                notes.append(f"country of {g['name']}: {p.get('country')} (gold {g['country']})")

    gold_delegations = gold.get("delegations", [])
    score.dates[1] = len(gold.get("agreements", [])) + sum(1 for d in gold_delegations if not d.get("optional"))

    counts, golds, matched = score.counts["agreements"], gold.get("agreements", []), set()
    for p in pred.get("agreements", []):
        parties = frozenset(resolve(x) for x in p.get("parties", []))
        hit = next((i for i, g in enumerate(golds) if i not in matched
                    and any(frozenset(a) == parties for a in [g["parties"], *g.get("alt_parties", [])])
                    and g.get("action") == p.get("action")), None)
        if hit is None:
            counts.fp += 1
            notes.append(f"extra agreement: {p.get('kind')} {p.get('action')} {sorted(parties)} {p.get('date')}")
            continue
        matched.add(hit)
        counts.tp += 1
        if date_ok(p.get("date"), golds[hit].get("date"), golds[hit].get("date_accept_null")):
            score.dates[0] += 1
        else:
            notes.append(f"agreement date {p.get('date')} (gold {golds[hit].get('date')})")
    for i, g in enumerate(golds):
        if i not in matched:
            counts.fn += 1
            notes.append(f"missed agreement: {g.get('kind')} {g.get('action')} {g['parties']} {g.get('date')}")

    counts, golds, matched = score.counts["delegations"], gold_delegations, set()
    for p in pred.get("delegations", []):
        visitor, host = resolve(p.get("visitor")), resolve(p.get("host"))
        hit = next((i for i, g in enumerate(golds) if i not in matched and g.get("visitor") == visitor
                    and (g.get("host") is None or g.get("host") == host)), None)
        if hit is None:
            counts.fp += 1
            notes.append(f"extra delegation: {visitor} -> {host}")
            continue
        matched.add(hit)
        if golds[hit].get("optional"):
            continue
        counts.tp += 1
        if date_ok(p.get("start"), golds[hit].get("start"), golds[hit].get("date_accept_null")):
            score.dates[0] += 1
        else:
            notes.append(f"delegation start {p.get('start')} (gold {golds[hit].get('start')})")
    for i, g in enumerate(golds):
        if i not in matched and not g.get("optional"):
            counts.fn += 1
            notes.append(f"missed delegation: {g.get('visitor')} -> {g.get('host')}")

    counts, golds, matched = score.counts["meetings"], gold.get("meetings", []), set()
    for p in pred.get("meetings", []):
        parties = {resolve(x) for x in p.get("parties", [])}
        fits = [i for i, g in enumerate(golds) if i not in matched and g.get("mode") == p.get("mode")
                and (g.get("date") is None or date_ok(p.get("date"), g.get("date"), g.get("date_accept_null")))
                and parties & set(g.get("parties", []))]
        if fits:
            matched.add(next((i for i in fits if golds[i].get("kind") == p.get("kind")), fits[0]))
            counts.tp += 1
        else:
            counts.fp += 1
            notes.append(f"extra meeting: {p.get('date')} {p.get('mode')} {sorted(map(str, parties))}")
    counts.fn = len(golds) - len(matched)
    notes += [f"missed meeting: {g.get('kind')} {g.get('date')} {g.get('mode')}"
              for i, g in enumerate(golds) if i not in matched]

    counts, g_people, used = score.counts["people"], gold.get("people", []), set()
    for p in pred.get("people", []):
        names = {norm(p["name"])} | {norm(v) for v in p.get("variants") or []}
        hit = next((i for i, g in enumerate(g_people) if i not in used
                    and names & ({norm(g["name"])} | {norm(v) for v in g.get("variants") or []})), None)
        if hit is None:
            counts.fp += 1
            notes.append(f"extra person: {p['name']}")
        else:
            used.add(hit)
            counts.tp += 1
    counts.fn = len(g_people) - len(used)
    notes += [f"missed person: {g['name']}" for i, g in enumerate(g_people) if i not in used]
    return score


def score_all(predictions, golds):
    """Score predictions against gold answers keyed by article stem; returns (total, {stem: Score}, missing)."""
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
    """The printed report: a line per article, then precision, recall and F1 per record type."""
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
        lines.append(f"{kind:13s} P {c.precision:.2f}  R {c.recall:.2f}  F1 {c.f1:.2f}   (tp {c.tp} fp {c.fp} fn {c.fn})")
    lines.append(
        f"country accuracy {total.country_accuracy:.2f} ({total.country[0]}/{total.country[1]}); "
        f"date accuracy {total.date_accuracy:.2f} ({total.dates[0]}/{total.dates[1]})"
    )
    return "\n".join(lines)
