"""Articles a person checks before they reach the registry: proposing, matching, accepting, comparing.

An article (pasted, uploaded, or queued by `load_articles --review`) is parsed at once and kept as
a proposal (registry.models.Proposal): nothing in the registry changes. The reviewer corrects the
extraction; `apply_reviewed` loads the corrected one through the same loader as `load_articles`,
in one transaction, and marks what it wrote as reviewed by that person. `corrections` compares what
the parser proposed with what was accepted, for the parser's statistics.
"""

import hashlib
import io
import json
import re
import unicodedata
from collections import Counter
from uuid import uuid5

from django.apps import apps
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from agreements.models import Agreement, Institution, InstitutionName, NameKind, Person, Source
from delegations.models import Delegation, Meeting
from registry.common.names import normalize_name
from registry.common.partial_dates import PartialDate
from registry.ingest.articles import ArticleFileError, article_text, looks_like_html, read_article
from registry.ingest.html_pages import article_from_html
from registry.ingest.loading import UID_NAMESPACE
from registry.ingest.pipeline import IngestError, load_all_atomically
from registry.ingest.scoring import RECORD_TYPES, Counts, score_article

RECORD_LISTS = ("institutions", "people", "agreements", "delegations", "meetings")
#: How many close existing institutions the review page offers for each institution of an article.
CANDIDATES = 5


class ProposalError(ValueError):
    """An article that cannot be proposed; str() says why, for the form or the command."""


def text_hash(text):
    """The same article pasted twice (other line breaks, trailing spaces) has the same hash."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def slug(text, limit=60):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-") or "article"


def compose(title, body, published=None):
    """The article as the parser reads it: the headline, a date line when the date is known, the body."""
    lines = [title.strip()] if title.strip() else []
    if published and published.precision == "day":
        lines.append(
            f"date {published.isoformat()}"
        )  # the parser's own dateline: it dates relative phrasings
    return "\n\n".join([*lines, body.strip()])


def read_upload(data, name):
    """(title, body, published) of an uploaded file: plain text as it is, a saved page's article."""
    text = article_text(data, name, allow_html=True)
    if looks_like_html(text):
        page = article_from_html(text, name)
        return page.title, page.text, page.published and PartialDate.parse(page.published)
    return "", text, None


def propose(body, *, title="", published=None, url="", file_name="", origin, user=None):
    """Parse an article and keep it as a pending proposal; ProposalError or ArticleFileError if not.

    `body` is text (the pasted or read article); `published` a PartialDate that overrides what the
    parser finds. Refused: no text, the same article already proposed (and not rejected) or loaded,
    an article naming no institution. Nothing is written then.
    """
    Proposal = apps.get_model("registry", "Proposal")
    text = compose(title, body, published)
    if not body.strip():
        raise ArticleFileError("The article has no text.")
    digest = text_hash(text)
    file_name = file_name or f"intake-{slug(title or body[:80])}-{digest[:8]}.txt"
    earlier = Proposal.objects.of_same_article(digest, file_name).first()
    if earlier is not None:
        raise ProposalError(
            f"This article was already proposed on {earlier.created_at:%Y-%m-%d} "
            f"(“{earlier}”, {earlier.get_state_display().lower()})."
        )
    loaded = Source.objects.filter(file_name=file_name)
    if title.strip():
        loaded = loaded | Source.objects.filter(title__iexact=title.strip()[:500])
    if source := loaded.first():
        raise ProposalError(
            f"This article is already in the registry: source “{source}” ({source.file_name})."
        )
    extraction = parse(text, file_name)
    article = extraction["article"]
    if title.strip():
        article["title"] = title.strip()
    if published:
        article["published"] = published.isoformat()
    article["source"] = url or article.get("source")
    return Proposal.objects.create(
        file_name=file_name,
        title=(article.get("title") or "")[:500],
        url=url,
        text=text,
        text_hash=digest,
        origin=origin,
        proposed=extraction,
        candidates=candidates_of(extraction),
        created_by=user,
    )


def parse(text, file_name):
    from registry.ingest.extraction import parse_article  # the parser loads its gazetteer on first use

    home = Institution.objects.home().first()
    extraction = parse_article(text, file=file_name, home_institution=home and home.name)
    if not extraction["institutions"]:
        raise ProposalError("The parser found no institution in this article: there is nothing to review.")
    return extraction


def queue_files(paths, *, user=None):
    """`load_articles --review`: a proposal per file, all or none; returns them.

    IngestError lists the bad files; nothing is queued then.
    """
    problems, proposals = [], []
    with transaction.atomic():
        for path in paths:
            try:
                proposals.append(
                    propose(read_article(path), file_name=path.name, origin="command", user=user)
                )
            except (ArticleFileError, ProposalError) as error:
                problems.append(f"{path}: {error}" if str(path) not in str(error) else str(error))
        if problems:
            transaction.set_rollback(True)
            raise IngestError("\n".join(problems) + f"\nNothing was queued: {len(problems)} bad file(s).")
    return proposals


def split_names(value):
    """Names typed one a line or separated by ';' (names themselves hold commas)."""
    return [" ".join(part.split()) for part in re.split(r"[;\n]", value or "") if part.strip()]


def candidates_of(extraction):
    """{institution name: [pks of close existing institutions]}, by the forgiving search, best first."""
    found = {}
    for record in extraction.get("institutions", []):
        ranked = Institution.objects.search(record["name"]).values_list("pk", flat=True)[:CANDIDATES]
        found[record["name"]] = list(ranked)
    return found


HOW = {
    NameKind.ACRONYM: "acronym",
    NameKind.MISSPELLING: "typo",
    NameKind.ALIAS: "alias",
    NameKind.LABEL: "alias",
}


def institution_matches(records, candidate_pks=()):
    """What the loader would match each institution record to, in a fixed number of queries.

    Returns ([(record, match or None, matched spelling, how, [candidates])], {pk: Institution}).
    The rules are the loader's: the ROR id, the canonical name, then a full name or alias that
    names exactly one institution. An acronym alone is only a candidate: acronyms are shared.
    """
    spellings = {normalize_name(s): s for r in records for s in [r["name"], *r.get("aliases", [])]}
    rors = {r["ror"] for r in records if r.get("ror")}
    known = {
        i.pk: i
        for i in Institution.objects.filter(
            Q(normalized_name__in=spellings) | Q(ror__in=rors) | Q(pk__in=list(candidate_pks))
        )
    }
    owners = {}
    for name in InstitutionName.objects.filter(normalized__in=spellings).select_related("institution"):
        known.setdefault(name.institution_id, name.institution)
        owners.setdefault(name.normalized, []).append((name.institution, HOW.get(name.kind, "alias")))
    by_key = {i.normalized_name: i for i in known.values()}
    by_ror = {i.ror: i for i in known.values() if i.ror}
    return [match_one(r, by_key, by_ror, owners) for r in records], known


def match_one(record, by_key, by_ror, owners):
    """(match, spelling, how, acronym owners) for one institution record."""
    if record.get("ror") in by_ror:
        return by_ror[record["ror"]], record["ror"], "ROR id", []
    if normalize_name(record["name"]) in by_key:
        return by_key[normalize_name(record["name"])], record["name"], "exact", []
    shared = []
    for spelling in [record["name"], *record.get("aliases", [])]:
        key = normalize_name(spelling)
        if key in by_key and spelling != record["name"]:
            return by_key[key], spelling, "alias", []
        found = owners.get(key, [])
        if found and all(how == "acronym" for _, how in found):
            shared += [institution for institution, _ in found]
        elif len({institution.pk for institution, _ in found}) == 1:
            return found[0][0], spelling, found[0][1], []
    return None, "", "", shared


def highlighted(text, evidences):
    """The article cut into (piece, mark) pairs: mark is the number of the record whose evidence the
    piece is (first found), or None. Evidence is found whatever the spacing: the parser reads the text
    with runs of spaces made one and glued initials ("I.Arabaev") spaced; evidence not found is not marked.
    """
    spans = []
    for number, evidence in evidences:
        found = evidence_pattern(evidence).search(text) if evidence and evidence.strip() else None
        if found and not any(s < found.end() and found.start() < e for s, e, _ in spans):
            spans.append((found.start(), found.end(), number))
    pieces, at = [], 0
    for start, end, number in sorted(spans):
        pieces += [(text[at:start], None), (text[start:end], number)]
        at = end
    return [*pieces, (text[at:], None)]


def evidence_pattern(evidence):
    """A pattern finding `evidence` in the article with any spacing between its words, or none."""
    return re.compile(r"\s*".join(re.escape(word) for word in evidence.split()))


def adopt_existing(extraction, chosen):
    """Point the article's institution records at the existing institutions the reviewer chose.

    `chosen` maps an institution record's index to an Institution: the record takes that
    institution's canonical name (so the loader finds it), keeps the article's spellings as aliases,
    and every party, visitor, host and person's institution follows the rename.
    """
    renamed = {}
    for index, institution in chosen.items():
        record = extraction["institutions"][index]
        if normalize_name(record["name"]) == institution.normalized_name:
            continue
        spellings = [record["name"], *record.get("aliases", [])]
        renamed.update(dict.fromkeys(spellings, institution.name))
        record["aliases"] = [
            s for s in dict.fromkeys(spellings) if normalize_name(s) != institution.normalized_name
        ]
        record["name"], record["ror"] = institution.name, institution.ror or record.get("ror")
    return rename_references(extraction, renamed)


def rename_references(extraction, renamed):
    """Every name of an institution in the extraction's records, through `renamed`."""
    if not renamed:
        return extraction

    def new(name):
        return renamed.get(name, name)

    for person in extraction.get("people", []):
        person["institution"] = new(person.get("institution"))
    for record in (*extraction.get("agreements", []), *extraction.get("meetings", [])):
        record["parties"] = list(dict.fromkeys(new(name) for name in record.get("parties", [])))
    for delegation in extraction.get("delegations", []):
        delegation["visitor"], delegation["host"] = (
            new(delegation.get("visitor")),
            new(delegation.get("host")),
        )
    return extraction


REVIEWED_MODELS = (Institution, Agreement, Delegation, Meeting)


def accept(proposal, extraction, *, user, corrections, origins=None):
    """Load the reviewed extraction like load_articles does, mark its records reviewed by `user`,
    and close the proposal; all in one transaction. IngestError (nothing written) if it cannot load.

    `origins` ({record list: [index in the proposal or None]}) lets each new record's history start
    with what the parser proposed, before the reviewer's corrections.
    """
    home = Institution.objects.home().first()
    with transaction.atomic():
        started = timezone.now()
        result = load_all_atomically([extraction], home=home, stderr=io.StringIO())
        parsed = parser_history(proposal, extraction, origins or {}, result, started)
        now = timezone.now()
        for model in REVIEWED_MODELS:
            for record in result.touched.get(model, {}).values():
                if record.reviewed_at is None:
                    record._change_reason = parsed.get((model, record.pk), "reviewed on intake: as proposed")
                    record._history_user = user
                    record.mark_reviewed(user, now=now)
        proposal.accepted, proposal.corrections = extraction, corrections
        counts = score_article(proposal.proposed, extraction).counts
        proposal.scores = {kind: [c.tp, c.fp, c.fn] for kind, c in counts.items()}
        proposal.state, proposal.decided_by, proposal.decided_at = "accepted", user, now
        proposal.save()
    return result


#: What the history of a record shows of its extraction record: model field -> how to read it from a record.
PARSER_FIELDS = {
    Agreement: {"kind": "kind", "status": "action", "title": "title", "signed": "date"},
    Delegation: {
        "mode": "mode",
        "size": "size",
        "leader_title": "leader_title",
        "start": "start",
        "end": "end",
    },
    Meeting: {"kind": "kind", "mode": "mode", "location": "location", "held": "date"},
}


def _shown(value):
    """A parser's value as a history reason says it ("empty" where the parser read nothing)."""
    return "empty" if value in (None, "", []) else value


HISTORY_REASON_LENGTH = 100  # simple_history's history_change_reason column
PARTIAL_DATES = {"signed", "start", "end", "held"}


def parser_history(proposal, extraction, origins, result, started):
    """Make the history of what this acceptance loaded start with the parser's own values.

    The loader's entries (written since `started`, by the request's user) become one entry by no
    one, the parser: for a record the reviewer corrected, it holds what the parser proposed, so the
    reviewer's entry that follows shows the correction. Returns {(model, pk): the reviewer's reason}.
    """
    reasons = {}
    for model in REVIEWED_MODELS:
        kind = model._meta.model_name + "s"
        by_uid = {
            uuid5(UID_NAMESPACE, f"{proposal.file_name}\n{kind[:-1]}\n{i}"): i
            for i in range(len(extraction.get(kind, [])))
        }
        for record in result.touched.get(model, {}).values():
            rows = list(
                record.history.filter(history_date__gte=started).order_by("history_date", "history_id")
            )
            if not rows:
                continue
            entry, first_type = rows[-1], rows[0].history_type
            record.history.filter(pk__in=[row.pk for row in rows[:-1]]).delete()
            entry.history_type, entry.history_user = first_type, None
            entry.history_change_reason = "loaded on intake by the article parser"
            index = by_uid.get(getattr(record, "uid", None))
            if index is not None and first_type == "+":
                origin = (origins.get(kind) or [None] * (index + 1))[index]
                reasons[(model, record.pk)] = proposed_values(
                    entry, model, proposal.proposed.get(kind), origin, extraction[kind][index]
                )
            entry.save()
    return reasons


def proposed_values(entry, model, proposed, origin, accepted):
    """Give a history entry the values the parser proposed for a record; the reviewer's reason in return."""
    if origin is None:
        entry.history_change_reason = "added by the reviewer (the parser missed it)"
        return "reviewed on intake: added by the reviewer"
    before, fields = proposed[origin], PARSER_FIELDS[model]
    changed = [
        key
        for key in (*fields.values(), "leader", "parties")
        if key in before and before.get(key) != accepted.get(key)
    ]
    entry.history_change_reason = history_reason(
        "proposed by the article parser"
        + (f" ({'; '.join(f'{key}: {_shown(before.get(key))}' for key in changed)})" if changed else "")
    )
    for attribute, key in fields.items():
        value = before.get(key)
        if attribute in PARTIAL_DATES:
            value = PartialDate.parse(value) if value else None
            setattr(entry, f"{attribute}_on", value.first_day if value else None)
            setattr(entry, f"{attribute}_on_precision", value.precision if value else "")
        else:
            setattr(entry, attribute, value if value is not None or attribute == "size" else "")
    if model is Delegation and "leader" in changed:  # the person the parser named, if the registry has them
        entry.leader_id = (
            Person.objects.filter(name=before.get("leader") or "").values_list("pk", flat=True).first()
        )
    if not changed:
        return "reviewed on intake: as proposed"
    return history_reason(
        f"reviewed on intake: corrected {', '.join(key.replace('_', ' ') for key in changed)}"
    )


def history_reason(text):
    """A change reason as the history keeps it: at most 100 characters (PostgreSQL refuses more)."""
    return text if len(text) <= HISTORY_REASON_LENGTH else text[: HISTORY_REASON_LENGTH - 1] + "…"


def reject(proposal, *, user, reason):
    proposal.state, proposal.reason = "rejected", reason
    proposal.decided_by, proposal.decided_at = user, timezone.now()
    proposal.save(update_fields=["state", "reason", "decided_by", "decided_at"])


def corrections(proposed, accepted, origins, matched_by_hand=0):
    """What the reviewer changed, by kind: {"agreement removed": 1, "delegation leader corrected": 1, ...}.

    `origins[kind][i]` is the index in `proposed` that accepted record i came from (None: added).
    Institutions pointed at an existing one are "institution matched by hand".
    """
    changes = Counter()
    for kind in RECORD_LISTS:
        singular = kind[:-1] if kind != "people" else "person"
        before = proposed.get(kind, [])
        kept = [o for o in origins.get(kind, []) if o is not None]
        changes[f"{singular} removed"] += len(before) - len(set(kept))
        for record, origin in zip(accepted.get(kind, []), origins.get(kind, []), strict=False):
            if origin is None:
                changes[f"{singular} added"] += 1
                continue
            for key, value in record.items():
                if key not in ("evidence", "aliases", "variants") and before[origin].get(key) != value:
                    changes[f"{singular} {key.replace('_', ' ')} corrected"] += 1
    changes["institution matched by hand"] += matched_by_hand
    return {change: count for change, count in changes.items() if count}


def parser_accuracy(rows):
    """Precision and recall per record type over reviewed articles (rows of Proposal.scores), micro-averaged
    as the scorer does: [{"records", "precision", "recall", "tp", "fp", "fn"}]."""
    totals = {kind: Counts() for kind in RECORD_TYPES}
    for scores in rows:
        for kind, (tp, fp, fn) in scores.items():
            totals[kind].add(Counts(tp, fp, fn))
    return [
        {"records": kind, "precision": c.precision, "recall": c.recall, "tp": c.tp, "fp": c.fp, "fn": c.fn}
        for kind, c in totals.items()
    ]


def frequent_corrections(rows, limit=10):
    """The kinds of correction reviewers make most often, with how often: [(kind, count)]."""
    total = Counter()
    for corrections in rows:
        total.update(corrections)
    return total.most_common(limit)


def export_reviewed(out_dir):
    """Write every accepted article as OUT/articles/NAME.txt, its accepted extraction as the gold file
    OUT/gold/NAME.json, and what the parser proposed for them all as OUT/proposed.json, so that
    `score_extraction.py OUT/proposed.json OUT/gold` measures the parser on real corrections.
    Returns how many articles were written."""
    Proposal = apps.get_model("registry", "Proposal")
    articles, gold = out_dir / "articles", out_dir / "gold"
    articles.mkdir(parents=True, exist_ok=True)
    gold.mkdir(exist_ok=True)
    proposed = []
    for proposal in Proposal.objects.reviewed().order_by("pk").iterator():
        (articles / f"{proposal.stem}.txt").write_text(proposal.text + "\n", encoding="utf-8")
        (gold / f"{proposal.stem}.json").write_text(
            json.dumps(proposal.accepted, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        proposed.append(proposal.proposed)
    (out_dir / "proposed.json").write_text(
        json.dumps(proposed, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return len(proposed)
