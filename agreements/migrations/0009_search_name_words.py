"""The search's dictionary of name words, kept in step by the database, and the indexes that serve it.

Search corrects each query word against the distinct words of all names, then finds the names
containing the corrections (agreements/search.py). This migration makes:

- `NameWord` (word, how many names contain it), filled here from the names already recorded.
- Triggers on both name tables that keep it in step, in the same transaction as the write,
  whatever writes: `save()`, `bulk_create`, `QuerySet.update`/`delete`, merges, `loaddata` (which
  saves raw), the bulk loader's COPY. Triggers rather than model code because several of those
  paths never call `save()`; a word's row goes when the last name containing it does.
- PostgreSQL: a trigram GIN index on the words (correcting a word) and GIN indexes on the arrays
  of a name's words (finding the names containing one of the corrections). The whole-name trigram
  indexes of migration 0002 are dropped: comparing whole names is what search no longer does.
- SQLite: FTS5 tables with the trigram tokenizer (SQLite 3.34+) over the words and over both name
  tables, their rowids the rows' ids, kept by the same triggers.

RunPython with raw SQL: triggers, FTS5 tables and expression indexes are beyond the ORM's schema
operations, and they differ per database. Unapplying removes all of it, and restores 0002's indexes.
"""

from django.db import migrations, models

#: (table, column holding the normalised name) of the two tables whose names have words.
NAME_TABLES = [
    ("agreements_institution", "normalized_name"),
    ("agreements_institutionname", "normalized"),
]
#: A word's first letter and its third and fourth: the spellings of a word whose second letter was
#: dropped or changed, looked up in one index read (agreements.search._candidate_words). The same SQL
#: on both databases, and the same expressions as the search's query, so that the index serves it.
LETTERS_INDEX = (
    "CREATE INDEX agreements_nameword_letters ON agreements_nameword (SUBSTR(word, 1, 1), SUBSTR(word, 3, 2))"
)
OLD_TRIGRAM_INDEXES = {
    "agreements_institution_normalized_trgm": ("agreements_institution", "normalized_name"),
    "agreements_institutionname_normalized_trgm": ("agreements_institutionname", "normalized"),
}

POSTGRESQL_FUNCTIONS = """
-- Add `delta` (1 or -1) to the count of every word of each name in `changed` (a name counts a word once).
CREATE FUNCTION agreements_count_name_words(changed text[], delta integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO agreements_nameword AS known (word, names)
    SELECT per_name.word, count(*) * delta
      FROM (SELECT DISTINCT name.position, part.word
              FROM unnest(changed) WITH ORDINALITY AS name(value, position)
             CROSS JOIN unnest(string_to_array(name.value, ' ')) AS part(word)
             WHERE part.word <> '') AS per_name
     GROUP BY per_name.word
     ORDER BY per_name.word  -- rows locked in one order: two loads at once cannot deadlock here
        ON CONFLICT (word) DO UPDATE SET names = known.names + excluded.names;
    IF delta < 0 THEN
        DELETE FROM agreements_nameword
         WHERE names <= 0
           AND word IN (SELECT unnest(string_to_array(value, ' ')) FROM unnest(changed) AS value);
    END IF;
END $$;

-- Statement-level triggers (one call per INSERT, UPDATE, DELETE or COPY, however many rows), given
-- the name column as their argument; the rows come in the transition tables.
CREATE FUNCTION agreements_name_words_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE added text[];
BEGIN
    EXECUTE format('SELECT array_agg(%I) FROM new_rows', TG_ARGV[0]) INTO added;
    PERFORM agreements_count_name_words(added, 1);
    RETURN NULL;
END $$;

CREATE FUNCTION agreements_name_words_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE removed text[];
BEGIN
    EXECUTE format('SELECT array_agg(%I) FROM old_rows', TG_ARGV[0]) INTO removed;
    PERFORM agreements_count_name_words(removed, -1);
    RETURN NULL;
END $$;

CREATE FUNCTION agreements_name_words_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE removed text[]; added text[];
BEGIN
    -- Only the rows whose name changed (a review mark or a merge moving variants changes no word).
    EXECUTE format(
        'SELECT array_agg(old_rows.%1$I), array_agg(new_rows.%1$I) FROM old_rows JOIN new_rows USING (id)'
        ' WHERE old_rows.%1$I IS DISTINCT FROM new_rows.%1$I', TG_ARGV[0]) INTO removed, added;
    IF removed IS NOT NULL THEN
        PERFORM agreements_count_name_words(removed, -1);
        PERFORM agreements_count_name_words(added, 1);
    END IF;
    RETURN NULL;
END $$;
"""


def postgresql_triggers(table, column):
    return f"""
CREATE TRIGGER {table}_words_inserted AFTER INSERT ON {table}
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION agreements_name_words_inserted('{column}');
CREATE TRIGGER {table}_words_updated AFTER UPDATE ON {table}
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION agreements_name_words_updated('{column}');
CREATE TRIGGER {table}_words_deleted AFTER DELETE ON {table}
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION agreements_name_words_deleted('{column}');
CREATE INDEX {table}_words ON {table} USING gin (string_to_array({column}, ' '));
"""


def sqlite_words(value):
    """SQL: a JSON array of the words of the name `value` (SQLite allows no recursive query in a trigger)."""
    escaped = f"replace(replace({value}, '\\', '\\\\'), '\"', '\\\"')"
    return f"""json_each('["' || replace({escaped}, ' ', '","') || '"]')"""


def sqlite_count_words(value, delta):
    """SQL statements adding `delta` to the count of each word of `value` (dropping words left in no name)."""
    add = f"""
    INSERT INTO agreements_nameword (word, names)
    SELECT DISTINCT value, {delta} FROM {sqlite_words(value)} WHERE value <> ''
        ON CONFLICT (word) DO UPDATE SET names = names + {delta};"""
    if delta > 0:
        return add
    return (
        add
        + f"""
    DELETE FROM agreements_nameword
     WHERE names <= 0 AND word IN (SELECT value FROM {sqlite_words(value)});"""
    )


def sqlite_triggers(table, column):
    search = f"{table}_trigrams"
    return [
        f"CREATE VIRTUAL TABLE {search} USING fts5({column}, tokenize='trigram')",
        f"""CREATE TRIGGER {table}_words_inserted AFTER INSERT ON {table} BEGIN
    INSERT INTO {search} (rowid, {column}) VALUES (new.id, new.{column});{sqlite_count_words(f"new.{column}", 1)}
END""",
        f"""CREATE TRIGGER {table}_words_updated AFTER UPDATE OF {column} ON {table}
WHEN old.{column} IS NOT new.{column} BEGIN
    UPDATE {search} SET {column} = new.{column} WHERE rowid = old.id;{sqlite_count_words(f"old.{column}", -1)}{sqlite_count_words(f"new.{column}", 1)}
END""",
        f"""CREATE TRIGGER {table}_words_deleted AFTER DELETE ON {table} BEGIN
    DELETE FROM {search} WHERE rowid = old.id;{sqlite_count_words(f"old.{column}", -1)}
END""",
        f"INSERT INTO {search} (rowid, {column}) SELECT id, {column} FROM {table}",
    ]


SQLITE_WORD_TRIGRAMS = [
    "CREATE VIRTUAL TABLE agreements_nameword_trigrams USING fts5(word, tokenize='trigram')",
    """CREATE TRIGGER agreements_nameword_inserted AFTER INSERT ON agreements_nameword BEGIN
    INSERT INTO agreements_nameword_trigrams (rowid, word) VALUES (new.id, new.word);
END""",
    """CREATE TRIGGER agreements_nameword_deleted AFTER DELETE ON agreements_nameword BEGIN
    DELETE FROM agreements_nameword_trigrams WHERE rowid = old.id;
END""",
]


def create_search_tables(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor in ("postgresql", "sqlite"):
        schema_editor.execute(LETTERS_INDEX)
    if vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute(
            "CREATE INDEX agreements_nameword_word_trgm ON agreements_nameword USING gin (word gin_trgm_ops)"
        )
        schema_editor.execute(POSTGRESQL_FUNCTIONS, None)  # None: its format() patterns are not parameters
        for table, column in NAME_TABLES:
            schema_editor.execute(postgresql_triggers(table, column), None)
            schema_editor.execute(
                f"SELECT agreements_count_name_words(ARRAY(SELECT {column} FROM {table}), 1)"
            )
        for index in OLD_TRIGRAM_INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {index}")
    elif vendor == "sqlite":
        for statement in SQLITE_WORD_TRIGRAMS:
            schema_editor.execute(statement)
        for table, column in NAME_TABLES:
            for statement in sqlite_triggers(table, column):
                schema_editor.execute(statement)
        parts = " UNION ALL ".join(
            f"SELECT DISTINCT '{table}', {table}.id, part.value FROM {table}, {sqlite_words(f'{table}.{column}')} AS part"
            f" WHERE part.value <> ''"
            for table, column in NAME_TABLES
        )
        schema_editor.execute(
            f"INSERT INTO agreements_nameword (word, names) SELECT value, count(*) FROM ({parts}) GROUP BY value"
        )


def drop_search_tables(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor in ("postgresql", "sqlite"):
        schema_editor.execute("DROP INDEX IF EXISTS agreements_nameword_letters")
    if vendor == "postgresql":
        for table, _column in NAME_TABLES:
            for event in ("inserted", "updated", "deleted"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_words_{event} ON {table}")
            schema_editor.execute(f"DROP INDEX IF EXISTS {table}_words")
        for function in ("inserted", "updated", "deleted"):
            schema_editor.execute(f"DROP FUNCTION IF EXISTS agreements_name_words_{function}()")
        schema_editor.execute("DROP FUNCTION IF EXISTS agreements_count_name_words(text[], integer)")
        for index, (table, column) in OLD_TRIGRAM_INDEXES.items():
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {index} ON {table} USING gin ({column} gin_trgm_ops)"
            )
    elif vendor == "sqlite":
        for table, _column in NAME_TABLES:
            for event in ("inserted", "updated", "deleted"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_words_{event}")
            schema_editor.execute(f"DROP TABLE IF EXISTS {table}_trigrams")
        for event in ("inserted", "deleted"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS agreements_nameword_{event}")
        schema_editor.execute("DROP TABLE IF EXISTS agreements_nameword_trigrams")


class Migration(migrations.Migration):
    dependencies = [("agreements", "0008_intake_reviewed_marks")]

    operations = [
        migrations.CreateModel(
            name="NameWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("word", models.CharField(max_length=300, unique=True)),
                (
                    "names",
                    models.IntegerField(
                        help_text="How many names (canonical names and variants) contain the word."
                    ),
                ),
            ],
        ),
        migrations.RunPython(create_search_tables, drop_search_tables),
    ]
