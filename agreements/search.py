"""Finding institutions: forgiving name search, and the activity annotations the institution list uses.

Plain functions that take and return an `InstitutionQuerySet`, whose methods they are
(`Institution.objects.search("Univeristy of Haifa")`, `.with_activity()`). The models import this
module; it imports no model (it reaches them through the queryset's model), so imports run one way.

Search matches what staff type: the canonical name, any recorded variant (label, acronym, alias,
misspelling), the words of a name in any order ("Haifa University"), the start of a word
("Technol"), and typos. It works on words, not whole names: each word of the query is corrected
against the dictionary of the distinct words of all names (`NameWord`, kept in step by the
database's triggers, migration 0009), then the names containing a correction of every word are
found through an index of name words, and ranked against the query. Comparing the whole query with
whole names cannot be fast: a misspelt three-word query shares trigrams with thousands of names.

The indexes differ per database: on PostgreSQL a trigram GIN index on the words and GIN indexes on
each name's array of words; on SQLite FTS5 tables with the trigram tokenizer over the words and the
names. The rest (which words count as corrections, the ranking) is the same Python on both.
"""

import datetime
import os
from dataclasses import dataclass

from django.db import connections
from django.db.models import (
    Count,
    DateField,
    F,
    FloatField,
    Func,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Concat, Greatest, NullIf
from django.db.models.lookups import IsNull
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from registry.common.names import normalize_name

#: Longer input is cut here: no institution name is longer, and it keeps every query small.
MAX_QUERY_LENGTH = 200
#: At most this many words of the query count.
MAX_QUERY_WORDS = 8
#: Trigram similarity (0..1) a dictionary word needs, on PostgreSQL, to be a candidate correction
#: found by the trigram index (the settings set pg_trgm.similarity_threshold to it). Typos that keep
#: a word's first letter are found by that letter whatever their trigrams (see `_candidate_words`).
MIN_SIMILARITY = 0.45
#: Each query word stands for at most this many dictionary words: itself, the closest spellings,
#: the most common words starting with it.
MAX_CORRECTIONS = 10
#: Words this long or longer may be typos of a dictionary word, one edit away (a letter dropped,
#: added, changed, or two swapped); from `TWO_EDITS_FROM` letters on, two edits away.
ONE_EDIT_FROM = 4
TWO_EDITS_FROM = 8
#: Words this long or longer also stand for the other forms of their stem: the dictionary words
#: sharing their first `WORD_FORM_SHARED` of their letters and at least `WORD_STEM_LETTERS`
#: ("technology": "technological", "technologies"; not "international": "internal"), as names of one
#: institution are written in news, lists and registries alike.
WORD_FORMS_FROM = 8
WORD_STEM_LETTERS = 7
WORD_FORM_SHARED = 0.65
#: Score of a word form, below any spelling within the edits allowed (those score 0.75 and up).
WORD_FORM_SCORE = 0.5
#: The SQLite trigram index gives at most this many candidate corrections per word, the best first.
MAX_TRIGRAM_CANDIDATES = 200
#: At most this many (institution, name) rows are read and ranked per search. A query of common
#: words only ("university") matches tens of thousands of names: those shown are then the best of
#: the first rows read, not of all.
MAX_CANDIDATE_NAMES = 2000
#: A search keeps at most this many matches, the best ones (20 pages of the list).
MAX_MATCHES = 500
#: Words a name may lack even when the query has them ("university at haifa" finds "university of
#: haifa"), unless the query has nothing else.
OPTIONAL_WORDS = frozenset(
    ["of", "the", "and", "for", "in", "at", "on", "a", "an", "de", "del", "des", "du", "la", "le", "di", "da"]
)


def _names_of(queryset):
    """All recorded variants (InstitutionName), reached from the institutions' model: the models import
    this module, so it imports none of them."""
    return queryset.model._meta.get_field("names").related_model._default_manager


def _words_of(queryset):
    """The dictionary of name words (NameWord), reached through the app's models as `_names_of`."""
    return queryset.model._meta.apps.get_model("agreements", "NameWord")._default_manager


def _agreements_of(queryset):
    """All agreements, reached from the institutions' model (as `_names_of`)."""
    return queryset.model._meta.get_field("agreements").related_model._default_manager


def search_key(text):
    """The normalised, length-bounded form of a query ("" when nothing searchable is left)."""
    return normalize_name((text or "")[:MAX_QUERY_LENGTH])


def search_names(queryset, text):
    """Institutions whose canonical name or any variant matches `text`, annotated with `search_rank` (0..1).

    A match has, for every word of the query (but the optional ones), a correction of it among its
    words. An empty query returns `queryset` unchanged, without `search_rank`.
    """
    key = search_key(text)
    if not key:
        return queryset
    words = list(dict.fromkeys(key.split()))[:MAX_QUERY_WORDS]
    required = [word for word in words if word not in OPTIONAL_WORDS] or words
    corrections = list(corrected_words(queryset, required).values())
    if not all(correction.words for correction in corrections):
        return queryset.none().annotate(search_rank=Value(0.0, output_field=FloatField()))
    # A word starting more dictionary words than are kept ("shang" as it is typed) is checked by its
    # start, in Python, when other words narrow the names read: its ten commonest completions might
    # not include the one meant.
    narrowing = [c.words for c in corrections if not c.more_completions] or [c.words for c in corrections]
    ranks = _ranked_matches(key, corrections, _candidate_names(queryset, narrowing))
    return _with_ranks(queryset, ranks)


@dataclass
class Corrections:
    """What a word of the query may stand for."""

    word: str
    #: {dictionary word: names containing it}, best first: the word itself, completions, near spellings.
    words: dict
    #: The word starts more dictionary words than `words` keeps: any name word starting with it counts.
    more_completions: bool = False

    def found_in(self, name_words):
        if not self.words.keys().isdisjoint(name_words):
            return True
        return self.more_completions and any(word.startswith(self.word) for word in name_words)


# Correcting the query's words against the dictionary -------------------------------------------


def edits_allowed(word):
    """How many edits a word of this length may be from the dictionary word it misspells."""
    if len(word) >= TWO_EDITS_FROM:
        return 2
    return 1 if len(word) >= ONE_EDIT_FROM else 0


def corrected_words(queryset, words):
    """{query word: its `Corrections`} (no words in them: nothing close).

    One query reads the candidates of all the words; Python keeps, per word, the word itself, the
    words it starts and the words one or two edits away (Damerau: a swap is one edit), best first:
    the word itself, then completions, then fewer edits; among equals, the word in more names.
    """
    found = [{} for _word in words]
    # SQLite's trigram index ranks every word sharing a trigram (17 ms for a long word at full size,
    # where the rest takes 1 ms): there it is asked, in a second query, only about the words that
    # nothing else corrected.
    on_postgresql = connections[queryset.db].vendor == "postgresql"
    _score(found, words, _candidate_words(queryset, words, range(len(words)), by_trigrams=on_postgresql))
    uncorrected = [at for at, word in enumerate(words) if not found[at] and edits_allowed(word)]
    if uncorrected and not on_postgresql:
        _score(
            found, words, _candidate_words(queryset, words, uncorrected, by_trigrams=True, by_spelling=False)
        )
    return {
        word: Corrections(
            word,
            _best_first(corrections),
            # The completions were read MAX_CORRECTIONS + 1 at most: one more says there are more.
            more_completions=sum(score == 2.0 for score, _names in corrections.values()) > MAX_CORRECTIONS,
        )
        for word, corrections in zip(words, found, strict=True)
    }


def _score(found, words, candidates):
    """Add to `found[position]` each candidate that is a correction of `words[position]`, with its score."""
    for position, candidate, names in candidates:
        word = words[position]
        if candidate == word:
            score = 3.0
        elif candidate.startswith(word):
            score = 2.0
        else:
            allowed = edits_allowed(word)
            distance = OSA.distance(word, candidate, score_cutoff=allowed)
            if distance <= allowed:
                score = 1.0 - distance / len(word)
            elif is_word_form(word, candidate):
                score = WORD_FORM_SCORE
            else:
                continue
        found[position][candidate] = (score, names)


def word_stem(word):
    """The start every other form of a long word shares ("technol" of "technology"); None for short words."""
    return word[:WORD_STEM_LETTERS] if len(word) >= WORD_FORMS_FROM else None


def is_word_form(word, candidate):
    """`candidate` is another form of `word`'s stem ("technological" of "technology")."""
    if word_stem(word) is None:
        return False
    shared = len(os.path.commonprefix([word, candidate]))
    return shared >= WORD_STEM_LETTERS and shared >= WORD_FORM_SHARED * max(len(word), len(candidate))


def _best_first(corrections):
    """{word: names} of the best MAX_CORRECTIONS of {word: (score, names)}."""
    ordered = sorted(corrections.items(), key=lambda item: (-item[1][0], -item[1][1], item[0]))
    return {word: names for word, (_score, names) in ordered[:MAX_CORRECTIONS]}


def _candidate_words(queryset, words, positions, *, by_trigrams, by_spelling=True):
    """(position of the query word, dictionary word, names) of the words that may correct one of
    the `words` at `positions`, in one query: a UNION of small index reads, each with its own
    condition (one condition ORed over all the words makes the database test every row read
    against all of them).

    Per query word, by spelling: the word itself and its most common completions; words of about
    its length starting with its first letter and either its second or its third (typos keep the
    first letter far more often than not, and the nearest spellings found so are unlike by
    trigrams, "hiafa" for "haifa"); for a long word, the commonest other forms of its stem
    ("technological" for "technology"). By trigrams: words sharing enough of them (a typo in the
    first two letters).

    Raw SQL, written for SQLite and PostgreSQL alike but for the prefix and trigram conditions:
    the ORM takes longer to compile a UNION of twenty parts (about 10 ms) than the database to run it.
    """
    connection = connections[queryset.db]
    vendor = connection.vendor
    table = connection.ops.quote_name(_words_of(queryset).model._meta.db_table)
    select = f"SELECT %s AS position, word, names FROM {table} WHERE"
    parts, params = [], []
    for position in positions:
        word = words[position]
        if not by_spelling:
            alike, alike_params = _trigram_alike(vendor, word)
            parts.append(f"{select} {alike}")
            params += [position, *alike_params]
            continue
        starting, starting_params = _starting_with(vendor, word)
        parts += [
            f"{select} word = %s",
            f"SELECT * FROM ({select} {starting} ORDER BY names DESC LIMIT %s) AS completions",
        ]
        params += [position, word, position, *starting_params, MAX_CORRECTIONS + 1]  # +1: are there more?
        stem = word_stem(word)
        if stem is not None:
            starting, starting_params = _starting_with(vendor, stem)
            parts.append(f"SELECT * FROM ({select} {starting} ORDER BY names DESC LIMIT %s) AS word_forms")
            params += [position, *starting_params, MAX_CORRECTIONS]
        if edits_allowed(word):
            lengths = [len(word) - 1, len(word) + 1]
            for start in dict.fromkeys([word[:2], word[0] + word[2]]):  # typos after, or swaps at, letter 2
                starting, starting_params = _starting_with(vendor, start)
                parts.append(f"{select} {starting} AND LENGTH(word) BETWEEN %s AND %s")
                params += [position, *starting_params, *lengths]
            # The second letter dropped ("botech": then "biotech"'s third and fourth are its second and
            # third) or changed (the third and fourth the same).
            # (One read of the index agreements_nameword_letters, migration 0009: the same expressions.)
            parts.append(
                f"{select} SUBSTR(word, 1, 1) = %s AND SUBSTR(word, 3, 2) IN (%s, %s) "
                "AND LENGTH(word) BETWEEN %s AND %s"
            )
            params += [position, word[0], word[1:3], word[2:4], *lengths]
            if by_trigrams:
                alike, alike_params = _trigram_alike(vendor, word)
                parts.append(f"{select} {alike}")
                params += [position, *alike_params]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return cursor.fetchall()


def _starting_with(vendor, prefix):
    """(SQL, params): the dictionary word starts with `prefix`, read off the b-tree index of the words."""
    if vendor == "postgresql":  # LIKE 'prefix%', served by the varchar_pattern_ops index
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return "word LIKE %s", [escaped + "%"]
    # SQLite's LIKE is case-insensitive and so reads every row; a range of the binary order does not.
    return "word >= %s AND word < %s", [prefix, prefix + "\U0010ffff"]


def _trigram_alike(vendor, word):
    """(SQL, params): the dictionary word shares trigrams with `word` (each database's trigram index)."""
    if vendor == "postgresql":
        return "word %% %s", [word]
    # SQLite: the FTS5 trigram table's best matches of any of the word's trigrams (bm25: the more and
    # the rarer the trigrams shared, the better).
    trigrams = " OR ".join(_fts_phrase(word[start : start + 3]) for start in range(len(word) - 2))
    return (
        "id IN (SELECT rowid FROM agreements_nameword_trigrams WHERE agreements_nameword_trigrams MATCH %s "
        "ORDER BY rank LIMIT %s)",
        [trigrams, MAX_TRIGRAM_CANDIDATES],
    )


def _fts_phrase(text):
    """`text` as an FTS5 phrase (quoted: never read as an operator)."""
    return '"' + text.replace('"', '""') + '"'


# Finding the names that contain the corrections ------------------------------------------------


def _candidate_names(queryset, corrections):
    """(institution id, normalised name) of names and variants containing a word of each of
    `corrections` (dictionaries of words).

    At most MAX_CANDIDATE_NAMES rows, among the institutions of `queryset` (the list's other filters).
    """
    if queryset.query.is_empty():
        return []
    if connections[queryset.db].vendor == "postgresql":
        return _names_with_words_postgresql(queryset, corrections)
    by_name, by_variant = _names_with_words_sqlite(queryset, corrections)
    rows = (
        by_name.order_by()
        .values_list("pk", "normalized_name")
        .union(
            by_variant.filter(institution__in=queryset.order_by().values("pk"))
            .order_by()
            .values_list("institution_id", "normalized"),
            all=True,
        )
    )
    return list(rows[:MAX_CANDIDATE_NAMES])


def narrowing_words(corrections):
    """The dictionaries of `corrections` the database must check for the names read to be the right ones.

    The rarest word's alone when its names fit in MAX_CANDIDATE_NAMES: then every name containing it
    is read, and Python checks the other words (`Corrections.found_in`) on these few names faster
    than the database intersects the other words' index entries (tens of thousands for
    "university"). Otherwise all of them, so that the names read are the ones having every word.
    """
    rarest = min(corrections, key=lambda words: sum(words.values()))
    return [rarest] if sum(rarest.values()) <= MAX_CANDIDATE_NAMES else corrections


def _names_with_words_postgresql(queryset, corrections):
    """The names whose words overlap every narrowing word's corrections: GIN array indexes, one scan
    per word (the expressions of migration 0009's indexes).

    Raw SQL: the ORM spent longer building and compiling this UNION (about 5 ms, cProfile) than the
    database running it (under 1 ms at full size).
    """
    connection = connections[queryset.db]
    institutions = connection.ops.quote_name(queryset.model._meta.db_table)
    variants = connection.ops.quote_name(_names_of(queryset).model._meta.db_table)
    narrowing = narrowing_words(corrections)
    ids_sql, ids_params = None, []
    if queryset.query.has_filters():  # the list's other filters: the names read are of those institutions
        ids_sql, ids_params = queryset.order_by().values("pk").query.get_compiler(queryset.db).as_sql()
    parts, params = [], []
    for table, id_column, name_column in (
        (institutions, "id", "normalized_name"),
        (variants, "institution_id", "normalized"),
    ):
        having_words = " AND ".join([f"string_to_array({name_column}, ' ') && %s::text[]"] * len(narrowing))
        in_queryset = "" if ids_sql is None else f" AND {id_column} IN ({ids_sql})"
        parts.append(f"SELECT {id_column}, {name_column} FROM {table} WHERE {having_words}{in_queryset}")
        params += [*(list(words) for words in narrowing), *ids_params]
    with connection.cursor() as cursor:
        cursor.execute(f"{' UNION ALL '.join(parts)} LIMIT %s", [*params, MAX_CANDIDATE_NAMES])
        return cursor.fetchall()


#: On SQLite, corrections this short are looked for in the trigram tables with the space beside them.
SPACED_UP_TO = 4


def _names_with_words_sqlite(queryset, corrections):
    """The names the FTS5 trigram tables find for the rarest word's corrections, kept if one is a
    whole word of theirs. Words under three letters, which trigrams cannot find, are looked for
    with LIKE alone.

    A trigram match is a substring: a short correction is in many longer words ("hia" in 1,919
    names at full size: "zhiang" and the like), so it is looked for with the space that parts it
    from the next or the previous word (" hia ", "hia ", " hia": 150 names), and a name that is the
    word alone by its indexed value. A longer one is looked for alone (three phrases cost more than
    the few longer words holding it).
    """
    names = _names_of(queryset).using(queryset.db)
    indexed = [words for words in corrections if all(len(word) >= 3 for word in words)]
    rarest = min(indexed or corrections, key=lambda words: sum(words.values()))  # the fewest names to read
    by_name = _with_a_word_of(queryset, "normalized_name", rarest)
    by_variant = _with_a_word_of(names, "normalized", rarest)
    if indexed:
        short = [word for word in rarest if len(word) <= SPACED_UP_TO]
        phrases = [word for word in rarest if len(word) > SPACED_UP_TO]
        phrases += [spaced for word in short for spaced in (f" {word} ", f"{word} ", f" {word}")]
        match = " OR ".join(_fts_phrase(phrase) for phrase in phrases)
        by_name = by_name.filter(
            pk__in=_fts_rowids("agreements_institution", "normalized_name", match, short)
        )
        by_variant = by_variant.filter(
            pk__in=_fts_rowids("agreements_institutionname", "normalized", match, short)
        )
    return by_name, by_variant


def _fts_rowids(table, column, match, alone):
    """The rows of `table` its trigram table matches, and those whose `column` is one of the words `alone`."""
    sql = f"SELECT rowid FROM {table}_trigrams WHERE {table}_trigrams MATCH %s"
    if not alone:
        return RawSQL(sql, [match])
    placeholders = ", ".join(["%s"] * len(alone))
    return RawSQL(
        f"{sql} UNION ALL SELECT id FROM {table} WHERE {column} IN ({placeholders})", [match, *alone]
    )


def _with_a_word_of(queryset, field, words):
    """`queryset` narrowed to rows whose `field` has one of `words` as a whole word."""
    condition = Q()
    for word in words:
        condition |= Q(spaced_name__contains=f" {word} ")
    return queryset.alias(spaced_name=Concat(Value(" "), F(field), Value(" "))).filter(condition)


# Ranking ---------------------------------------------------------------------------------------


def _ranked_matches(key, corrections, rows):
    """{institution id: rank}, the best MAX_MATCHES: 1 for a name spelt as the query, else how alike
    the name is to the query in any word order (RapidFuzz token_sort_ratio, below 1), best of the
    institution's names. A row counts only if it has a correction of every word among its words."""
    matching = [
        (institution_id, name)
        for institution_id, name, name_words in ((*row, set(row[1].split())) for row in rows)
        if all(correction.found_in(name_words) for correction in corrections)
    ]
    # One call scores them all (RapidFuzz's loop, not Python's: 2,000 names in 2 ms, not 20).
    scores = process.extract(key, [name for _id, name in matching], scorer=fuzz.token_sort_ratio, limit=None)
    ranks = {}
    for name, score, index in scores:
        institution_id = matching[index][0]
        rank = 1.0 if name == key else 0.99 * score / 100
        ranks[institution_id] = max(ranks.get(institution_id, 0.0), rank)
    best = sorted(ranks.items(), key=lambda item: -item[1])[:MAX_MATCHES]
    return dict(best)


def _with_ranks(queryset, ranks):
    """`queryset` narrowed to the ranked institutions, each annotated with its `search_rank`.

    The matches were read once, here: a list page filters by their ids (for its count and for its
    rows) rather than searching twice.
    """
    ranks = {pk: round(rank, 2) for pk, rank in ranks.items()}
    return queryset.filter(pk__in=list(ranks)).annotate(search_rank=RankById(ranks))


class RankById(Func):
    """`CASE id WHEN 1 THEN 0.93 WHEN 7 THEN 0.5 ... ELSE 0 END`: each institution's rank, by its id.

    One expression written in one go: Django's Case(When(...)) builds and compiles a condition per
    rank, 20 ms for a few dozen ranks on every list page.
    """

    output_field = FloatField()

    def __init__(self, ranks):
        super().__init__(F("pk"))
        self.ranks = ranks

    def as_sql(self, compiler, connection, **extra_context):
        column, params = compiler.compile(self.source_expressions[0])
        whens = " ".join(["WHEN %s THEN %s"] * len(self.ranks))
        values = [value for pk, rank in self.ranks.items() for value in (pk, rank)]
        float_type = connection.data_types["FloatField"]  # double precision, or SQLite's real
        return f"CAST(CASE {column} {whens} ELSE 0.0 END AS {float_type})", [*params, *values]


#: Stands in for "no date" inside GREATEST(), which SQLite makes NULL as soon as one argument is NULL.
_NO_DATE = datetime.date(1, 1, 1)


def _rows_of(queryset, relation, institution_field):
    """The rows that tie the outer institution to its `relation` (a reverse relation's name), from their
    own table: the link table of a many-to-many relation (agreements' parties, meetings'
    institutions), the related model's table otherwise (delegations, by `institution_field`)."""
    field = queryset.model._meta.get_field(relation)
    model = field.through if field.many_to_many else field.related_model
    return model._default_manager.filter(**{institution_field: OuterRef("pk")}).order_by()


def _per_institution(rows, institution_field, aggregate, output_field):
    """A correlated subquery: `aggregate` over `rows`, one institution's rows of one relation.

    Aggregating in a subquery, not in the outer query, keeps several to-many relations from
    multiplying one another's rows (and so every count from being wrong). The subquery starts from
    the rows themselves, not from the institution: one join fewer in each of the eight, planned on
    every request and run for every row shown (the one-word search's 25 busy partners at full size:
    planning 1.38 -> 1.03 ms, execution 20.9 -> 17.7 ms, medians of 15 interleaved EXPLAIN ANALYZE).
    """
    return Subquery(
        rows.values(institution_field).annotate(value=aggregate).values("value"), output_field=output_field
    )


#: What an institution's activity is read from: (its reverse relation, the field of the relation's
#: rows naming the institution, the one naming the record, the rows' path to the record's day). The
#: rows are the link tables' for many-to-many relations (a party, a meeting's institution), each
#: unique per record, so counting them counts distinct records; and each is read from an index
#: holding its institution and record (migrations agreements 0010, delegations 0004).
ACTIVITY_RELATIONS = [
    ("agreements", "institution", "agreement", "agreement__signed_on"),
    ("visits_made", "visitor", "pk", "start_on"),
    ("visits_hosted", "host", "pk", "start_on"),
    ("meetings", "institution", "meeting", "meeting__held_on"),
]


def with_activity(queryset, today=None):
    """Annotate each institution with what its history adds up to.

    `latest_activity`: the first day of its latest agreement signed, delegation or meeting (None: none dated);
    `agreement_count`, `delegation_count`, `meeting_count`; `has_active_agreement`: one is in force `today`.
    """
    today = today or datetime.date.today()
    latest, count = {}, {}
    for relation, institution_field, record_field, day in ACTIVITY_RELATIONS:
        rows = _rows_of(queryset, relation, institution_field)
        latest[relation] = _per_institution(rows, institution_field, Max(day), DateField())
        counted = _per_institution(rows, institution_field, Count(record_field), IntegerField())
        count[relation] = Coalesce(counted, 0)  # no rows: no group, so no count at all
    latest_day = Greatest(
        *(Coalesce(day, Value(_NO_DATE)) for day in latest.values()), output_field=DateField()
    )
    return queryset.annotate(
        latest_activity=NullIf(latest_day, Value(_NO_DATE), output_field=DateField()),
        agreement_count=count["agreements"],
        delegation_count=count["visits_made"] + count["visits_hosted"],
        meeting_count=count["meetings"],
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
