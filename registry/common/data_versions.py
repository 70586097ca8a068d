"""Data versions: a number per kind of data that changes on every write to it, by any path.

What the pages cache (a list's rows, the role of an account, the home institution) is keyed by the
version of the data it was made from, so a write makes it unreachable at once: nothing is ever
served stale, and nothing has to know which cached pieces a write touches.

The versions are bumped by database triggers, not by model code, because the registry is written
by many paths that skip model methods and signals: `QuerySet.update()`, bulk COPY in
`generate_synthetic`, raw SQL, `loaddata`, merges, migrations. Each scope covers the tables of some
apps (SCOPES). PostgreSQL: a statement-level trigger (once per INSERT, UPDATE, DELETE, TRUNCATE
or COPY, however many rows) notes the scope as pending, and the version is set at commit (so
writers do not queue behind one another's long transactions). SQLite has only row triggers.

A version is set to a fresh value (a sequence on PostgreSQL, a random 64-bit number on SQLite),
never to "old + 1": a transaction that bumped and was rolled back must not leave a number that a
later write reuses, or what was cached under it inside that transaction would come back.

The bump is transactional: a reader sees the new version exactly when it can see the new rows,
and reads the version before the rows, so whatever it caches under a version is at least that new.
A transaction that reads the versions after writing is given versions of its own (read_versions),
so what it caches from rows no one else sees yet is never found by anyone else.

Each table of the records (PER_TABLE) also has a version of its own, named as the table, bumped
by the same triggers: a page records the tables it read while it was built (reads_recorded) and
is kept under their versions alone, so an edit to a delegation leaves the agreement pages kept.
"""

import contextlib
import contextvars
import functools
import re

from django.apps import apps
from django.core.cache import cache
from django.db import connections

TABLE = "registry_dataversion"
#: The scope of what is kept per row (see SCOPES).
ROWS = "rows"
SEQUENCE = "registry_dataversion_seq"

#: Scope -> the apps (every table, auto-created many-to-many and history tables too) or models whose
#: writes bump it.
SCOPES = {
    "records": ("agreements", "delegations"),  # what the staff pages show
    "accounts": ("auth",),  # users, roles (groups) and their permissions
    # Articles waiting for review; not the registry's tokens, which an API request may write.
    "intake": ("registry.Proposal",),
    # Logins and logouts: a session read from the cache is one no process has ended since.
    "sessions": ("sessions",),
    # What is kept under the versions of its rows (registry.common.row_versions) is kept under this
    # too. No write bumps it (a write changes the rows' versions themselves); bump_versions() does,
    # for every scope or for the records: what is kept per row is then found no more, as what is kept
    # per table (after a migration; the benchmark's write to every table; the tests' query counts).
    ROWS: (),
}

#: The scope each of whose tables has a version of its own too, named as the table.
PER_TABLE = "records"

PENDING = "registry_dataversion_pending"

POSTGRESQL_FUNCTION = f"""
CREATE SEQUENCE IF NOT EXISTS {SEQUENCE};

-- The scopes a transaction has written and not yet committed. Unlogged: its rows never outlive
-- their transaction, so they need no crash safety. Each row's deferred trigger sets the versions
-- at commit.
CREATE UNLOGGED TABLE IF NOT EXISTS {PENDING} (scope varchar(63) NOT NULL);
-- Scopes were at most 20 characters before each table had a version of its own.
ALTER TABLE {PENDING} ALTER COLUMN scope TYPE varchar(63);

CREATE OR REPLACE FUNCTION registry_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    written text;
BEGIN
    -- Each scope the trigger names (its scope, and its table's own): once per transaction and scope,
    -- until the versions are read again in it (read_versions clears the mark): a load of a thousand
    -- statements notes its scope once. The mark (a transaction-local setting) is undone with a
    -- rolled-back savepoint, as the pending row is. Nothing is locked: the version row is taken
    -- only at commit, so a writer never waits for another's open transaction.
    FOREACH written IN ARRAY TG_ARGV LOOP
        IF current_setting('registry.bumped_' || written, true) IS DISTINCT FROM '1' THEN
            INSERT INTO {PENDING} (scope) VALUES (written);
            PERFORM set_config('registry.bumped_' || written, '1', true);
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION registry_commit_data_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- At commit (the first pending row's event does the work, the others find nothing left): every
    -- scope this transaction wrote gets a fresh version, which others see together with its rows.
    -- The version rows are locked in scope order, so two committing transactions never deadlock on
    -- them, and only for the instant of the commit. Only this transaction's pending rows are visible.
    PERFORM 1 FROM {TABLE} WHERE scope IN (SELECT scope FROM {PENDING}) ORDER BY scope FOR UPDATE;
    UPDATE {TABLE} SET version = nextval('{SEQUENCE}') WHERE scope IN (SELECT scope FROM {PENDING});
    DELETE FROM {PENDING};
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS {PENDING}_at_commit ON {PENDING};
CREATE CONSTRAINT TRIGGER {PENDING}_at_commit AFTER INSERT ON {PENDING}
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_commit_data_versions();

CREATE OR REPLACE FUNCTION registry_read_data_versions()
RETURNS TABLE (read_scope varchar, read_version bigint) LANGUAGE plpgsql AS $$
DECLARE
    version_row record;
BEGIN
    FOR version_row IN SELECT scope, version FROM {TABLE} LOOP
        -- Written since this transaction last read: its rows are not committed, so neither is the
        -- version they will have. It gets a fresh version of its own, kept until it writes again:
        -- what it caches from its own rows is found by no one else, and not after its next write.
        -- Clearing the mark also makes its next write note the scope again (a second pending row).
        IF current_setting('registry.bumped_' || version_row.scope, true) = '1' THEN
            PERFORM set_config('registry.own_' || version_row.scope, nextval('{SEQUENCE}')::text, true);
            PERFORM set_config('registry.bumped_' || version_row.scope, '', true);
        END IF;
        read_scope := version_row.scope;
        read_version := coalesce(
            nullif(current_setting('registry.own_' || version_row.scope, true), '')::bigint,
            version_row.version
        );
        RETURN NEXT;
    END LOOP;
END $$;
"""


def scope_tables(scope):
    """The database tables whose writes bump `scope`, in a stable order."""
    models = []
    for label in SCOPES[scope]:
        if "." in label:
            models.append(apps.get_model(label))
        else:
            models.extend(apps.get_app_config(label).get_models(include_auto_created=True))
    return sorted({model._meta.db_table for model in models if model._meta.managed and not model._meta.proxy})


@functools.cache
def versions_written_by_table():
    """{table: the versions a write to it bumps}: its scope's, and for a table of PER_TABLE its own.

    Cached for the process: the models are those of the app registry, fixed once Django is set up.
    """
    written = {}
    for scope in SCOPES:
        for table in scope_tables(scope):
            written.setdefault(table, []).append(scope)
            if scope == PER_TABLE:
                written[table].append(table)
    return written


@functools.cache
def version_read_by_table():
    """{table: the version whose key a read of it names}: a records table's own, another table's scope."""
    return {table: written[-1] for table, written in versions_written_by_table().items()}


def version_of_table(model):
    """The name of the version a read of `model`'s table depends on (for `cached`): a records table's own."""
    return version_read_by_table()[model._meta.db_table]


def every_version_name():
    """The scopes and the tables of PER_TABLE: a row of the versions' table each."""
    return [*SCOPES, *scope_tables(PER_TABLE)]


def trigger_statements(vendor, table, scopes):
    """SQL that makes every write to `table` bump each of `scopes`, whether or not it was installed before."""
    named = ", ".join(f"'{scope}'" for scope in scopes)
    if vendor == "postgresql":
        return [
            f"CREATE OR REPLACE TRIGGER {table}_data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION registry_bump_data_version({named})"
        ]
    statements = []
    for event in ("INSERT", "UPDATE", "DELETE"):
        name = f"{table}_data_version_{event.lower()}"
        statements += [  # replaced, not kept: one installed before may bump fewer scopes
            f"DROP TRIGGER IF EXISTS {name}",
            f"CREATE TRIGGER {name} AFTER {event} ON {table} "
            f"BEGIN UPDATE {TABLE} SET version = random() WHERE scope IN ({named}); END",
        ]
    return statements


def install_triggers(using="default"):
    """Create the versions' rows and triggers for every table of SCOPES, then bump every version.

    Run after every migrate (registry.apps): tables a migration added get their triggers, SQLite's
    tables rebuilt by a migration (which drops their triggers) get them back, and the bump covers
    whatever the migration rewrote while they were missing.
    """
    connection = connections[using]
    existing = set(connection.introspection.table_names())
    if TABLE not in existing:
        return  # migrated back before the table existed
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRESQL_FUNCTION)
        for name in every_version_name():
            cursor.execute(
                f"INSERT INTO {TABLE} (scope, version) VALUES (%s, 0) ON CONFLICT (scope) DO NOTHING", [name]
            )
        for table, scopes in versions_written_by_table().items():
            if table in existing:
                for statement in trigger_statements(connection.vendor, table, scopes):
                    cursor.execute(statement)
    bump_versions(using)


def bump_versions(using="default", scopes=None):
    """Give every scope (or those of `scopes`) a new version: nothing kept under the old ones is found again.

    `scopes=["records"]` does to the cache what a write to every table of the records does (the
    benchmark's "after a record write" timing: each table's own version too): sessions and accounts
    stay kept.
    """
    connection = connections[using]
    fresh = f"nextval('{SEQUENCE}')" if connection.vendor == "postgresql" else "random()"
    chosen = every_version_name() if scopes is None else list(scopes)
    if PER_TABLE in chosen:
        chosen += [*scope_tables(PER_TABLE), ROWS]
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {TABLE} SET version = {fresh} WHERE scope IN ({', '.join(['%s'] * len(chosen))})", chosen
        )
        if connection.vendor == "postgresql":
            # This transaction reads the new versions, not those of its own it was given before.
            cursor.execute(
                f"SELECT set_config('registry.own_' || scope, '', true) FROM {TABLE} "
                f"WHERE scope IN ({', '.join(['%s'] * len(chosen))})",
                chosen,
            )


def uninstall_triggers(connection):
    """Drop every table's version trigger (the versions' table is going: migrating back past it)."""
    existing = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"DROP TABLE IF EXISTS {PENDING}")
        for scope in SCOPES:
            for table in set(scope_tables(scope)) & existing:
                if connection.vendor == "postgresql":
                    cursor.execute(f"DROP TRIGGER IF EXISTS {table}_data_version ON {table}")
                else:
                    for event in ("insert", "update", "delete"):
                        cursor.execute(f"DROP TRIGGER IF EXISTS {table}_data_version_{event}")


#: Small facts that nearly every page shows, read in the statement that reads the versions, once per
#: request (`read_with_versions`, `fact`): name -> SQL giving one integer or NULL (an id, say).
FACTS = {}
#: How a fact's row is told from a version's in that statement: no scope or table name has a colon.
FACT_PREFIX = "fact:"


def read_with_versions(name, sql):
    """Read `sql` (one integer or NULL) beside the versions in every request's one read of them.

    For what a page would otherwise ask in a query of its own each time the data it comes from is
    written (whether a home institution is set: base.html asks on every page): the same statement
    and snapshot, no round trip more. Called from an app's ready(); `sql` must be cheap (an index
    lookup), since every request runs it, and standard (SQLite and PostgreSQL).
    """
    FACTS[name] = sql


def read_versions(using="default", facts=None):
    """{scope: version} as the database holds them now: one small query.

    With a dict `facts`, the facts of FACTS are read in the same statement and put in it.
    Raw SQL, not the ORM: it runs on every request, and a cursor costs a tenth of building a
    QuerySet (the table's model belongs to the registry app, which this package may not import).
    """
    connection = connections[using]
    if connection.vendor == "postgresql":
        # A transaction that has written reads versions of its own (registry_read_data_versions),
        # new again after each further write: a reader inside a transaction (a test, a command)
        # never finds what it cached before that write, and no one else finds what it cached.
        statement, fact_row = (
            "SELECT read_scope, read_version FROM registry_read_data_versions()",
            "%s::varchar, ({})::bigint",
        )
    else:
        statement, fact_row = f"SELECT scope, version FROM {TABLE}", "%s, ({})"
    chosen = FACTS if facts is not None else {}
    statement += "".join(f" UNION ALL SELECT {fact_row.format(sql)}" for sql in chosen.values())
    with connection.cursor() as cursor:
        cursor.execute(statement, [FACT_PREFIX + name for name in chosen])
        rows = cursor.fetchall()
    versions = {}
    for name, value in rows:
        if name.startswith(FACT_PREFIX):
            facts[name.removeprefix(FACT_PREFIX)] = value
        else:
            versions[name] = value
    return versions


#: The versions of the request being served (registry.middleware.DataVersionsMiddleware): empty until
#: something asks, then read once for the whole request.
_request_versions = contextvars.ContextVar("data_versions", default=None)
#: The facts (FACTS) read with them.
_request_facts = contextvars.ContextVar("data_facts", default=None)


def versions_for_request():
    """A context manager that gives the code it wraps (one request) one read of the versions, on first use."""
    return _VersionsOfOneRequest()


class _VersionsOfOneRequest:
    def __enter__(self):
        self.token = _request_versions.set({})
        self.facts_token = _request_facts.set({})

    def __exit__(self, *exc_info):
        _request_versions.reset(self.token)
        _request_facts.reset(self.facts_token)


def current_versions():
    """{scope: version}: as this request first read them, or read now outside a request.

    One read per request: the session, the account, its role and the page's fragments are all
    looked up under the versions of one moment, in one query.
    """
    versions = _request_versions.get()
    if versions is None:
        return read_versions()
    if not versions:
        versions.update(read_versions(facts=_request_facts.get()))
    return versions


def fact(name, read):
    """The fact `name` (read_with_versions) as this request read it with its versions; `read()` outside
    a request. Whoever builds from it notes the version it depends on (`note_read`), as with `cached`."""
    facts = _request_facts.get()
    if facts is None:
        return read()
    current_versions()
    return facts[name] if name in facts else read()


#: How long a cached value is kept at most. A write makes it unreachable at once (its key names
#: the old version); this only bounds the memory that old versions' values hold in the meantime.
CACHED_SECONDS = 24 * 60 * 60


def cached(scope, name, compute, *key):
    """`compute()`, kept in Django's cache under `name`, `key` and the current version of `scope`.

    None and False are kept too (the value is stored in a one-element tuple).
    """
    note_read([scope])  # what is built from this value depends on its scope's data
    version = current_versions().get(scope)
    if version is None:  # a database not migrated since the scope was added: nothing is kept
        return compute()
    cache_key = ":".join(map(str, ("v", scope, version, name, *key)))
    found = cache.get(cache_key)
    if found is not None:
        return found[0]
    value = compute()
    cache.set(cache_key, (value,), CACHED_SECONDS)
    return value


#: The sets of the reads_recorded() blocks running (one inside another too), each filling with the
#: versions' names of what is read.
_recorded_reads = contextvars.ContextVar("recorded_reads", default=())
#: A word of SQL: table names are among them, quoted or not.
SQL_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=1024)
def versions_read_by_sql(sql):
    """The versions' names of the tables `sql` names (a page sends the same few dozen statements,
    with their parameters apart, on every build: each is looked at once per process)."""
    tables = version_read_by_table()
    return frozenset(tables[word] for word in set(SQL_WORD.findall(sql)) if word in tables)


def note_read(names):
    """Add the versions' `names` to what every running reads_recorded() block has read.

    For a value taken from the cache rather than the database (`cached`, registry.common.fragments'
    kept pieces): what is built from it depends on the data it was made from, so the page building
    around it must be kept under those versions too, or a write to a table that only the kept piece
    read would leave the page kept as it was.
    """
    for recorded in _recorded_reads.get():
        recorded.update(names)


@contextlib.contextmanager
def reads_recorded(using="default"):
    """Yields a set that fills, while the block runs, with the versions' names of what it reads.

    Every query is looked at (the database connection's execute wrapper, so raw SQL too): each
    table it names adds its version's name (a records table's own, another table's scope), and
    each value taken by `cached()` adds its scope. What the block builds from the database can then
    be kept under those versions alone: as long as none of them changes, the same queries read the
    same rows, so the block would build the same thing again. A table named in a query but not read
    only makes the key stricter; tables in no scope (sessions' bookkeeping, content types) are left
    out, as the pages' keys have always left them.
    """
    read = set()

    def note(execute, sql, params, many, context):
        read.update(versions_read_by_sql(sql if isinstance(sql, str) else str(sql)))
        return execute(sql, params, many, context)

    token = _recorded_reads.set((*_recorded_reads.get(), read))
    try:
        with connections[using].execute_wrapper(note):
            yield read
    finally:
        _recorded_reads.reset(token)
