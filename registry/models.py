"""What the registry keeps beside the records: calendar feed and API tokens, and articles waiting for
review."""

import datetime
import hashlib
import hmac
import re
import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
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


class SecretTokenQuerySet(models.QuerySet):
    def for_token(self, token):
        """The row whose secret token `token` is, if its user may read the registry (roles), or None.

        The row is found by the token's digest, and the digests are then compared in constant time,
        so the time taken says nothing about how close a guess came.
        """
        if not isinstance(token, str) or not TOKEN_PATTERN.fullmatch(token):
            return None
        digest = token_digest(token)
        row = self.select_related("user").filter(readers("user__"), token_hash=digest).first()
        if row is None or not hmac.compare_digest(row.token_hash, digest):
            return None
        return row


class SecretToken(models.Model):
    """A secret a user's program presents instead of a password: only its digest is kept.

    Concrete models add the `user` they belong to. `new_token()` makes a token and its digest; the
    caller stores the digest and shows the token once.
    """

    token_hash = models.CharField(
        max_length=64,
        unique=True,
        editable=False,
        help_text="SHA-256 (hex) of the secret token; the token is shown once, not kept.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    last_used_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When it was last used. Blank: never."
    )

    objects = SecretTokenQuerySet.as_manager()

    class Meta:
        abstract = True

    @staticmethod
    def new_token():
        """A fresh secret token and the digest to store: (token, digest)."""
        token = secrets.token_urlsafe(TOKEN_BYTES)
        return token, token_digest(token)

    def mark_used(self):
        self.last_used_at = timezone.now()
        self.save(update_fields=["last_used_at"])


class CalendarFeed(SecretToken):
    """A user's calendar feed: the digest of the secret token in its address, never the token itself."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )

    def __str__(self):
        return f"Calendar feed of {self.user}"

    @classmethod
    def issue(cls, user):
        """Give `user` a new secret token, which replaces (and so revokes) any earlier one; return it.

        Only its digest is kept: the caller shows the token once.
        """
        token, digest = cls.new_token()
        cls.objects.update_or_create(
            user=user, defaults={"token_hash": digest, "created_at": timezone.now(), "last_used_at": None}
        )
        return token


#: An API token's last use is written at most this often: not one UPDATE per request of a busy program.
API_TOKEN_USE_RESOLUTION = datetime.timedelta(minutes=1)


class ApiToken(SecretToken):
    """One of a user's tokens for programs using the API (`Authorization: Bearer <token>`).

    A user may hold several (one per program), each named, and revokes each by deleting it.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, help_text="What the token is for, e.g. the program using it.")

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"API token {self.name!r} of {self.user}"

    @classmethod
    def issue(cls, user, name):
        """A new token for `user`: (the ApiToken, the secret token to show once)."""
        token, digest = cls.new_token()
        return cls.objects.create(user=user, name=name, token_hash=digest), token

    def mark_used(self):
        now = timezone.now()
        if self.last_used_at is None or now - self.last_used_at >= API_TOKEN_USE_RESOLUTION:
            super().mark_used()


class ProposalState(models.TextChoices):
    PENDING = "pending", "Waiting for review"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


#: The record lists of an extraction, in the order the review page shows them.
RECORD_LISTS = ("institutions", "people", "agreements", "delegations", "meetings")


class ProposalQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=ProposalState.PENDING)

    def reviewed(self):
        """Accepted proposals: the parser's extraction beside what a person made of it."""
        return self.filter(state=ProposalState.ACCEPTED)

    def of_same_article(self, text_hash, file_name):
        """Proposals of this article still standing (pending or accepted): a rejected one may come again."""
        same = models.Q(text_hash=text_hash) | models.Q(file_name=file_name)
        return self.filter(same).exclude(state=ProposalState.REJECTED)


class Proposal(models.Model):
    """An article and what the parser read in it, waiting for a person to check it before it is loaded.

    `proposed` is the extraction exactly as the parser made it and never changes; `accepted` is what
    the reviewer accepted (the records as loaded). Both are kept: their difference is how well the
    parser reads real articles, and the accepted one is a gold answer for measuring it.
    """

    file_name = models.CharField(max_length=255, help_text="The name its Source will get.")
    title = models.CharField(max_length=500, blank=True)
    url = models.URLField(max_length=500, blank=True, help_text="Blank: not known.")
    text = models.TextField(help_text="The article as the parser read it (shown escaped, never served raw).")
    text_hash = models.CharField(max_length=64, db_index=True, editable=False)
    origin = models.CharField(max_length=20, help_text="pasted, uploaded page, uploaded text or command.")
    proposed = models.JSONField(help_text="The parser's extraction (format v1), as it made it.")
    accepted = models.JSONField(null=True, blank=True, help_text="The extraction the reviewer accepted.")
    candidates = models.JSONField(
        default=dict, help_text="Close existing institutions per name when the parser ran: {name: [pk]}."
    )
    scores = models.JSONField(
        default=dict, help_text="The parser against what was accepted: {record type: [tp, fp, fn]}."
    )
    corrections = models.JSONField(
        default=dict, help_text="What the reviewer changed: {kind of correction: count}."
    )
    state = models.CharField(max_length=10, choices=ProposalState, default=ProposalState.PENDING)
    reason = models.TextField(blank=True, help_text="Why it was rejected.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(state__in=ProposalState.values), name="proposal_state_known"
            )
        ]

    def __str__(self):
        return self.title or self.file_name

    def get_absolute_url(self):
        return reverse("intake:review", args=[self.pk])

    @property
    def stem(self):
        """The article's name without its extension: how the scorer pairs a gold file with a prediction."""
        return self.file_name.rsplit(".", 1)[0]

    def record_counts(self):
        """{record list: how many the parser proposed}, e.g. {"agreements": 2, ...}."""
        return {name: len(self.proposed.get(name) or []) for name in RECORD_LISTS}

    @property
    def is_pending(self):
        return self.state == ProposalState.PENDING


class DataVersion(models.Model):
    """The version of one kind of data (registry.common.data_versions.SCOPES): set anew by database
    triggers on every write to its tables, and part of the key of whatever is cached from it."""

    scope = models.CharField(max_length=63, primary_key=True)  # a scope, or a records table (its own)
    version = models.BigIntegerField()

    def __str__(self):
        return f"{self.scope} {self.version}"


class RowCount(models.Model):
    """A part of the count of a table's rows (registry.common.row_counts): database triggers add what
    each insert or delete changed; the table's count is the sum of its rows here."""

    table_name = models.CharField(max_length=63, db_index=True)
    delta = models.BigIntegerField()

    def __str__(self):
        return f"{self.table_name} {self.delta:+}"
