"""The pipeline the commands wrap: read article files, parse them, load the records, all or nothing.

`parse_articles` reads and parses (in one process per core for many files); `load_all` writes what
they report through one LoadSession; `load_all_atomically` does it in one transaction that starts
again when a concurrent load wrote the same new rows first.
"""

import multiprocessing
import os
import random
import signal
import threading
import time
from collections import Counter
from contextlib import contextmanager

from django.db import IntegrityError, OperationalError, connection, transaction

from registry.ingest.articles import ArticleFileError, read_article
from registry.ingest.loading import (
    REPLACED_REASON,
    LoadError,
    LoadSession,
    load_extraction,
    loader_change_reason,
)
from registry.ingest.revisions import Contribution, changed_articles, text_digest


class IngestError(Exception):
    """A run that stopped with nothing written; str() says which files and why, in lines to print."""


def progress(stream, done, total, verb):
    """Report progress on stderr about twenty times a run (every file when there are few)."""
    step = max(1, total // 20)
    if done == total or done % step == 0:
        stream.write(f"{verb} {done}/{total} files")


#: From this many files, parsing is shared by one process per core (forked with the gazetteer loaded).
PARALLEL_FROM = 40


#: Seconds one article may take to parse (--time-limit): a file over it is a bad file like any other.
DEFAULT_TIME_LIMIT = 10.0


def add_time_limit_argument(parser):
    """The commands' --time-limit option."""
    parser.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_TIME_LIMIT,
        metavar="SECONDS",
        help=f"A file that takes longer to parse is a bad file (default {DEFAULT_TIME_LIMIT:g}, 0: none).",
    )


class ParseTimeout(Exception):
    """Raised by the alarm when parsing one article outlasts the time limit."""


@contextmanager
def alarm_after(seconds):
    """Raise ParseTimeout in this block after `seconds` (none: no limit).

    SIGALRM, so only in a process's main thread (the commands' and each forked worker's); elsewhere
    the block runs unlimited rather than not at all.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not seconds or not usable:
        yield
        return

    def expire(signum, frame):
        raise ParseTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_WARM_UP = "Warm-up\n\nHarbin Institute of Technology and the University of Tokyo signed an MoU.\n"
_warmed_up = False


def warm_up_parser():
    """Have the parser load its gazetteer (seconds when its cache is built) outside any time limit.

    Its first parse loads it: that parse is of a one-line article here, so a limit measures each
    article alone. Forked workers inherit the loaded gazetteer.
    """
    global _warmed_up
    from registry.ingest.extraction import parse_article

    if not _warmed_up:
        parse_article(_WARM_UP, file="warm-up.txt")
        _warmed_up = True


def parse_within(text, *, file, home_name=None, limit=DEFAULT_TIME_LIMIT):
    """parse_article(text), or ParseTimeout when it takes longer than `limit` seconds."""
    from registry.ingest.extraction import parse_article  # the parser loads its gazetteer on first use

    if limit:
        warm_up_parser()
    with alarm_after(limit):
        return parse_article(text, file=file, home_institution=home_name)


def parse_one(path, home_name, limit=DEFAULT_TIME_LIMIT):
    """(extraction, None) for a good article file, (None, problem) for a bad one."""
    try:
        text = read_article(path)
        extraction = parse_within(text, file=path.name, home_name=home_name, limit=limit)
        if not extraction["institutions"]:
            raise ArticleFileError(f"{path}: names no institution; nothing to load")
        extraction["article"]["sha256"] = text_digest(text)  # tells a changed file from the one loaded
        return extraction, None
    except ArticleFileError as error:
        return None, str(error)
    except ParseTimeout:
        return None, f"{path}: took longer than {limit:g} s to parse"


def _parse_one(job):
    return parse_one(*job)


def parsed(paths, home_name, limit=DEFAULT_TIME_LIMIT):
    """parse_one of every path, in order: in this process, or in one process per core for many files."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if len(paths) < PARALLEL_FROM or cores < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from (parse_one(path, home_name, limit) for path in paths)
        return
    yield parse_one(paths[0], home_name, limit)  # loads the gazetteer here; the forked workers share it
    with multiprocessing.get_context("fork").Pool(cores) as pool:
        yield from pool.imap(_parse_one, [(path, home_name, limit) for path in paths[1:]], chunksize=8)


def parse_articles(paths, *, home, stderr, skip_bad, time_limit=DEFAULT_TIME_LIMIT):
    """Read and parse every file; return (extractions, problems). Problems are one line per bad file.

    A file that takes longer than `time_limit` seconds to parse is a bad file (none: no limit).
    """
    extractions, problems, seen = [], [], {}
    for number, path in enumerate(paths):
        seen.setdefault(path.name, number)
    results = parsed(
        [path for number, path in enumerate(paths) if seen[path.name] == number],
        home and home.name,
        time_limit,
    )
    for done, path in enumerate(paths, start=1):
        if seen[path.name] != done - 1:
            problems.append(
                f"{path}: same file name as {paths[seen[path.name]]}; file names identify sources"
            )
        else:
            extraction, problem = next(results)
            if problem:
                problems.append(problem)
            else:
                extractions.append(extraction)
        progress(stderr, done, len(paths), "parsed")
    if problems and not skip_bad:
        raise IngestError(
            "\n".join(problems) + f"\nNothing was loaded: {len(problems)} bad file(s). "
            "Fix them, or pass --skip-bad to load the other files."
        )
    return extractions, problems


#: Articles prefetched together: a few set-based queries per table for the whole chunk.
CHUNK = 100


def load_all(extractions, *, home, stderr):
    """Load every extraction; the caller's transaction makes it all or nothing.

    One LoadSession for the run: what an article reads or writes is remembered for the next ones,
    and each chunk of articles is looked up and written with a few queries per table.
    """
    session = LoadSession(home)
    for first in range(0, len(extractions), CHUNK):
        chunk = extractions[first : first + CHUNK]
        session.prefetch(chunk)
        for done, extraction in enumerate(chunk, start=first + 1):
            try:
                load_extraction(extraction, session=session)
            except LoadError as error:
                raise IngestError(f"{error}\nNothing was loaded.") from None
            progress(stderr, done, len(extractions), "loaded")
        session.flush()
    return session.result


#: How often a load that lost a race with a concurrent load (the same new institution, say) starts again.
CONFLICT_RETRIES = 5
#: PostgreSQL's codes for "try the transaction again": serialization failure, deadlock detected.
RETRYABLE_SQLSTATES = {"40001", "40P01"}


#: Any fixed number: the PostgreSQL advisory lock that lets one load write at a time.
LOAD_LOCK = 7_262_019


def wait_for_other_loads():
    """Hold the registry's load lock until this transaction ends.

    A record reported by two articles is found by its content (same parties, same date...), which
    two transactions cannot see of each other: so loads take turns. PostgreSQL needs an advisory
    lock for that; SQLite's writers already take turns (settings: transaction_mode IMMEDIATE).
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOAD_LOCK])


def lost_a_race(error):
    """A unique constraint hit by a row another load committed first, or a deadlock between two loads."""
    if isinstance(error, IntegrityError):
        return True
    return getattr(error.__cause__, "sqlstate", None) in RETRYABLE_SQLSTATES


def replace_changed_articles(extractions, *, replace, stderr):
    """Refuse articles whose text changed since they were loaded, or (`replace`) take their old version out.

    Refusing names each changed file with what replacing it would delete; replacing deletes what
    only the old version reported (see registry.ingest.revisions) so that the new version loads
    as if for the first time. Returns the counts of what was deleted. Call inside the load's transaction.
    """
    changed = [(e, Contribution(source, e)) for e, source in changed_articles(extractions)]
    if changed and not replace:
        raise IngestError(
            "\n".join(contribution.refusal() for _, contribution in changed)
            + f"\nNothing was loaded: {len(changed)} changed article(s)."
        )
    changes = Counter()
    for _, contribution in changed:
        file = contribution.source.file_name
        stderr.write(f"{file}: changed since it was loaded: {contribution.describe(would=False)}")
        changes.update(contribution.withdraw(reason=loader_change_reason(file, REPLACED_REASON)))
        changes["source replaced"] += 1
    return changes


def load_all_atomically(extractions, *, home, stderr, dry_run=False, replace_changed=False):
    """Load in one transaction; start again when a concurrent load committed the same new rows first.

    Two loads of overlapping articles both try to create the same institution (or source, or
    record: their uids come from the article): the database's unique constraints let one win and
    make the other fail; on a fresh attempt the loser finds the winner's rows and reuses them.
    An article changed since it was loaded stops the run, unless `replace_changed`.
    """
    attempt = 1
    while True:
        try:
            with transaction.atomic():
                wait_for_other_loads()
                replaced = replace_changed_articles(extractions, replace=replace_changed, stderr=stderr)
                result = load_all(extractions, home=home, stderr=stderr)
                result.changes.update(replaced)
                if dry_run:
                    transaction.set_rollback(True)
                return result
        except (IntegrityError, OperationalError) as error:
            if not lost_a_race(error):
                raise
            if attempt == CONFLICT_RETRIES:
                raise IngestError(
                    f"gave up after {attempt} conflicting concurrent loads: {error}\nNothing was loaded."
                ) from None
            stderr.write(f"a concurrent load wrote the same records first; starting again ({attempt})")
            time.sleep(random.uniform(0.05, 0.5) * attempt)  # let the other load finish, not collide again
            attempt += 1
