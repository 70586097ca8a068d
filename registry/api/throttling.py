"""Throttling: each API token has its own budget of requests; a browser session has its user's."""

from rest_framework.throttling import SimpleRateThrottle

from registry.models import ApiToken


class PerTokenThrottle(SimpleRateThrottle):
    """REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["api"] requests per token (per user for a session).

    Per token rather than per user: one runaway program does not lock its owner's other programs out.
    """

    scope = "api"

    def get_cache_key(self, request, view):
        if isinstance(request.auth, ApiToken):
            ident = f"token-{request.auth.pk}"
        elif request.user and request.user.is_authenticated:
            ident = f"user-{request.user.pk}"
        else:
            ident = f"address-{self.get_ident(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}
