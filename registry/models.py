"""What the registry keeps for its users: each one's calendar feed token."""

import hashlib
import hmac
import re
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from registry.roles import readers

#: Bytes of randomness in a token; secrets.token_urlsafe writes them as 43 URL-safe characters.
TOKEN_BYTES = 32
#: What a token looks like. Anything else (empty, too long, other characters) is refused unlooked-up.
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{43}")


def token_digest(token):
    """The SHA-256 of a token, in hex: what is stored. A salt or a slow hash is not needed for
    256 random bits, which no one can guess or search for."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class CalendarFeedQuerySet(models.QuerySet):
    def for_token(self, token):
        """The feed whose secret token `token` is, if its user may read the registry (roles), or None.

        The row is found by the token's digest, and the digests are then compared in constant time,
        so the time taken says nothing about how close a guess came.
        """
        if not isinstance(token, str) or not TOKEN_PATTERN.fullmatch(token):
            return None
        digest = token_digest(token)
        feed = self.select_related("user").filter(readers("user__"), token_hash=digest).first()
        if feed is None or not hmac.compare_digest(feed.token_hash, digest):
            return None
        return feed


class CalendarFeed(models.Model):
    """A user's calendar feed: the digest of the secret token in its address, never the token itself."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token_hash = models.CharField(
        max_length=64,
        unique=True,
        editable=False,
        help_text="SHA-256 (hex) of the secret token in the feed address; the token is shown once, not kept.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    last_used_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When a calendar last fetched it. Blank: never.",
    )

    objects = CalendarFeedQuerySet.as_manager()

    def __str__(self):
        return f"Calendar feed of {self.user}"

    @classmethod
    def issue(cls, user):
        """Give `user` a new secret token, which replaces (and so revokes) any earlier one; return it.

        Only its digest is kept: the caller shows the token once.
        """
        token = secrets.token_urlsafe(TOKEN_BYTES)
        cls.objects.update_or_create(
            user=user,
            defaults={"token_hash": token_digest(token), "created_at": timezone.now(), "last_used_at": None},
        )
        return token

    def mark_used(self):
        self.last_used_at = timezone.now()
        self.save(update_fields=["last_used_at"])
