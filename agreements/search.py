"""Finding institutions: forgiving name search, and the activity annotations the institution list uses.

Plain functions that take and return an `InstitutionQuerySet`, whose methods they are
(`Institution.objects.search("Univeristy of Haifa")`, `.with_activity()`). The models import this
module; it imports no model (it reaches them through the queryset's model), so imports run one way.

Search matches what staff type: the canonical name, any recorded variant (label, acronym, alias,
misspelling), the words of a name in any order ("Haifa University"), and typos. On PostgreSQL the
typo tolerance is trigram similarity on the normalised columns, which have GIN trigram indexes
(migration 0002); elsewhere (SQLite in development and tests) RapidFuzz scores a bounded set of
candidate names in Python. Either way every match carries a `search_rank` between 0 and 1.
"""

import datetime

from django.db import connections
from django.db.models import (
    Case,
    Count,
    DateField,
    FloatField,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Greatest, NullIf
from django.db.models.lookups import IsNull
from rapidfuzz import fuzz, process

from registry.common.names import normalize_name

#: Longer input is cut here: no institution name is longer, and it keeps every query small.
MAX_QUERY_LENGTH = 200
#: At most this many words of the query must each appear in a name for a word match.
MAX_QUERY_WORDS = 8
#: Trigram similarity (0..1) a name needs, on PostgreSQL, to count as a misspelling of the query.
MIN_SIMILARITY = 0.45
#: The SQLite fallback scores at most this many candidate names, whatever the registry's size.
MAX_FUZZY_CANDIDATES = 5000
#: On PostgreSQL a search keeps at most this many matches, the best ones (20 pages of the list).
MAX_MATCHES = 500
#: RapidFuzz score (0..100) a candidate name needs to count as a misspelling of the query.
FUZZY_CUTOFF = 80
#: The fallback keeps the best this many misspelling matches.
MAX_FUZZY_MATCHES = 50
#: Words most institution names share. The fallback's candidates are the names sharing the start of
#: one of the query's other words: "uni" alone would bring the first MAX_FUZZY_CANDIDATES names of a
#: large registry, and the one misspelt ("wengeiford international university") would not be among them.
GENERIC_WORDS = frozenset(
    [
        "university",
        "universiti",
        "universidad",
        "universidade",
        "universita",
        "universite",
        "universitat",
        "universiteit",
        "college",
        "institute",
        "institut",
        "instituto",
        "school",
        "academy",
        "international",
        "national",
        "state",
        "federal",
        "technical",
        "technology",
        "technological",
        "polytechnic",
        "science",
        "sciences",
        "scientific",
        "research",
        "center",
        "centre",
        "medical",
        "agricultural",
        "engineering",
        "higher",
        "education",
        "foundation",
        "group",
        "company",
        "of",
        "the",
        "and",
        "for",
        "in",
        "at",
        "de",
        "del",
        "des",
        "du",
        "la",
        "le",
        "di",
        "da",
    ]
)
#: A query word this alike (RapidFuzz ratio, 0..100) to a generic word is that word misspelt ("univeristy").
GENERIC_LIKENESS = 80


def _names_of(queryset):
    """All recorded variants (InstitutionName), reached from the institutions' model: the models import
    this module, so it imports none of them."""
    return queryset.model._meta.get_field("names").related_model._default_manager


def _agreements_of(queryset):
    """All agreements, reached from the institutions' model (as `_names_of`)."""
    return queryset.model._meta.get_field("agreements").related_model._default_manager


def search_key(text):
    """The normalised, length-bounded form of a query ("" when nothing searchable is left)."""
    return normalize_name((text or "")[:MAX_QUERY_LENGTH])


def search_names(queryset, text):
    """Institutions whose canonical name or any variant matches `text`, annotated with `search_rank` (0..1).

    An empty query returns `queryset` unchanged, without `search_rank`.
    """
    key = search_key(text)
    if not key:
        return queryset
    if connections[queryset.db].vendor == "postgresql":
        return _search_trigram(queryset, key)
    word_matches = _search_words(queryset, key)
    if word_matches.exists():
        return word_matches
    return _search_misspellings(queryset, key)


def _contains_every_word(field, key):
    """Q: `field` contains each word of `key`, in any order ("haifa university" ~ "university of haifa")."""
    condition = Q()
    for word in key.split()[:MAX_QUERY_WORDS]:
        condition &= Q(**{f"{field}__contains": word})
    return condition


def _search_trigram(queryset, key):
    """The best MAX_MATCHES of `_trigram_matches`, found in one query, as a queryset ranked by `search_rank`.

    Finding the matches is the search's whole cost (GIN index scans and a similarity per candidate);
    a list page would pay it twice, for its count and for its rows. So the matches' ids and ranks
    are read once here, and the queryset returned picks them by id.
    """
    matches = (
        _trigram_matches(queryset, key)
        .order_by("-search_rank", "name", "pk")
        .values_list("pk", "search_rank")[:MAX_MATCHES]
    )
    by_rank = {}
    for pk, rank in matches:
        by_rank.setdefault(rank, []).append(pk)
    return queryset.filter(pk__in=[pk for pks in by_rank.values() for pk in pks]).annotate(
        search_rank=Case(
            *(When(pk__in=pks, then=Value(rank)) for rank, pks in by_rank.items()),
            default=Value(0.0),
            output_field=FloatField(),
        )
    )


def _trigram_matches(queryset, key):
    """Every word contained, or a name alike by trigrams; ranked by trigram similarity.

    The candidates come from two subqueries, one per table, whose conditions (`%`, and LIKE
    '%word%') the GIN trigram indexes serve; the similarity is then computed for the candidates
    only. `%` keeps names at least pg_trgm.similarity_threshold alike: the settings make that
    MIN_SIMILARITY on our connections (its default, 0.3, lets tens of thousands of names through,
    and costs seconds), and MIN_SIMILARITY is checked again here in any case: it drops names that
    merely share common words ("university of tokyo" is 0.33 alike to "univeristy of haifa").
    """
    from django.contrib.postgres.search import TrigramSimilarity  # needs psycopg: PostgreSQL only

    by_name = (
        queryset.model._default_manager.filter(
            Q(normalized_name__trigram_similar=key) | _contains_every_word("normalized_name", key)
        )
        .order_by()
        .values("pk")
    )
    by_variant = (
        _names_of(queryset)
        .filter(Q(normalized__trigram_similar=key) | _contains_every_word("normalized", key))
        .order_by()
        .values("institution_id")
    )
    word_variants = (
        _names_of(queryset).filter(_contains_every_word("normalized", key)).values("institution_id")
    )
    best_variant = Subquery(
        _names_of(queryset)
        .filter(institution=OuterRef("pk"))
        .annotate(similarity=TrigramSimilarity("normalized", key))
        .order_by("-similarity")
        .values("similarity")[:1],
        output_field=FloatField(),
    )
    return (
        # One IN over a UNION: with an OR of two INs, PostgreSQL reads every institution to test both.
        queryset.filter(pk__in=by_name.union(by_variant))
        .annotate(
            search_rank=Greatest(TrigramSimilarity("normalized_name", key), Coalesce(best_variant, 0.0))
        )
        .filter(
            Q(search_rank__gte=MIN_SIMILARITY)
            | _contains_every_word("normalized_name", key)
            | Q(pk__in=word_variants)
        )
    )


def _search_words(queryset, key):
    """Names containing every word of the query, ranked: exact name, then starting with it, then the rest."""
    exact_variants = _names_of(queryset).filter(normalized=key).values("institution_id")
    word_variants = (
        _names_of(queryset).filter(_contains_every_word("normalized", key)).values("institution_id")
    )
    return queryset.filter(_contains_every_word("normalized_name", key) | Q(pk__in=word_variants)).annotate(
        search_rank=Case(
            When(Q(normalized_name=key) | Q(pk__in=exact_variants), then=Value(1.0)),
            When(normalized_name__startswith=key, then=Value(0.8)),
            default=Value(0.6),
            output_field=FloatField(),
        )
    )


def distinctive_words(key):
    """The words of `key` that are not generic (nor a generic word misspelt); all of them if none is."""
    words = key.split()[:MAX_QUERY_WORDS]
    distinctive = [
        word
        for word in words
        if not process.extractOne(word, GENERIC_WORDS, scorer=fuzz.ratio, score_cutoff=GENERIC_LIKENESS)
    ]
    return distinctive or words


def _shares_a_word_start(field, key):
    """Q: `field` contains the first three letters of a distinctive word of `key` (typos keep most words)."""
    condition = Q()
    for word in distinctive_words(key):
        condition |= Q(**{f"{field}__contains": word[:3]})
    return condition


def _search_misspellings(queryset, key):
    """RapidFuzz over a bounded set of canonical names and variants that share a word start with the query."""
    candidates = [
        # Unsorted: which names, not their order, matters, and sorting every match costs a full read.
        *queryset.filter(_shares_a_word_start("normalized_name", key))
        .order_by()
        .values_list("pk", "normalized_name")[:MAX_FUZZY_CANDIDATES],
        *_names_of(queryset)
        .filter(institution__in=queryset.values("pk"))
        .filter(_shares_a_word_start("normalized", key))
        .order_by()
        .values_list("institution_id", "normalized")[:MAX_FUZZY_CANDIDATES],
    ]
    scores = {}
    for _name, score, index in process.extract(
        key,
        [name for _institution_id, name in candidates],
        scorer=fuzz.token_sort_ratio,
        score_cutoff=FUZZY_CUTOFF,
        limit=MAX_FUZZY_MATCHES,
    ):
        institution_id = candidates[index][0]
        scores[institution_id] = max(scores.get(institution_id, 0.0), score / 100)
    return queryset.filter(pk__in=scores).annotate(
        search_rank=Case(
            *(When(pk=pk, then=Value(score)) for pk, score in scores.items()),
            default=Value(0.0),
            output_field=FloatField(),
        )
    )


#: Stands in for "no date" inside GREATEST(), which SQLite makes NULL as soon as one argument is NULL.
_NO_DATE = datetime.date(1, 1, 1)


def _per_institution(queryset, aggregate, output_field):
    """A correlated subquery: `aggregate` over one institution's related rows.

    Aggregating in a subquery, not in the outer query, keeps several to-many relations from
    multiplying one another's rows (and so every count from being wrong).
    """
    return Subquery(
        queryset.model.objects.filter(pk=OuterRef("pk")).annotate(value=aggregate).values("value"),
        output_field=output_field,
    )


def with_activity(queryset, today=None):
    """Annotate each institution with what its history adds up to.

    `latest_activity`: the first day of its latest agreement signed, delegation or meeting (None: none dated);
    `agreement_count`, `delegation_count`, `meeting_count`; `has_active_agreement`: one is in force `today`.
    """
    today = today or datetime.date.today()
    dates = [
        _per_institution(queryset, Max(field), DateField())
        for field in (
            "agreements__signed_on",
            "visits_made__start_on",
            "visits_hosted__start_on",
            "meetings__held_on",
        )
    ]
    latest = Greatest(*(Coalesce(date, Value(_NO_DATE)) for date in dates), output_field=DateField())
    return queryset.annotate(
        latest_activity=NullIf(latest, Value(_NO_DATE), output_field=DateField()),
        agreement_count=_per_institution(queryset, Count("agreements", distinct=True), IntegerField()),
        delegation_count=_per_institution(queryset, Count("visits_made", distinct=True), IntegerField())
        + _per_institution(queryset, Count("visits_hosted", distinct=True), IntegerField()),
        meeting_count=_per_institution(queryset, Count("meetings", distinct=True), IntegerField()),
        # "Is there one?" as the first in-force agreement's id (LIMIT 1), looked up per row through the
        # party index. PostgreSQL plans the same question as EXISTS by hashing every in-force agreement's
        # parties first (0.4 s at full size), whatever the page's size.
        has_active_agreement=IsNull(
            Subquery(
                _agreements_of(queryset)
                .in_force_on(today)
                .filter(parties=OuterRef("pk"))
                .order_by()
                .values("pk")[:1]
            ),
            False,
        ),
    )
