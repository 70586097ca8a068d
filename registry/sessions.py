"""The session engine: sessions in the database, read from the cache while no session has changed.

Django's `cached_db` engine keeps each process's copy until it expires: with a cache per process
(LocMem), a session ended in one process (a logout) would live on in the others. Here the cached
copy is keyed by the sessions' data version (registry.common.data_versions), which every write
to the session table changes: a login or logout anywhere sends every process back to the
database once. Pages read a session on every request and write one at a login; this saves the
query of every other request.
"""

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.utils import timezone

from registry.common.data_versions import cached


class SessionStore(DatabaseSessionStore):
    def _get_session_from_db(self):
        if not self.session_key:
            return None
        found = cached("sessions", "session", super()._get_session_from_db, self.session_key)
        if found is None or found.expire_date <= timezone.now():
            self._session_key = None  # as the database store does for a missing or expired session
            return None
        return found
