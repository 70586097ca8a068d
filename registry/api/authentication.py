"""Programs authenticate with a user's API token: `Authorization: Bearer <token>`."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from registry.models import ApiToken

KEYWORD = "Bearer"


class ApiTokenAuthentication(authentication.BaseAuthentication):
    """The user whose current API token the request carries; no header leaves the request to the session.

    A wrong, revoked, malformed or inactive user's token is refused the same way (401), so nothing is
    learnt from the answer.
    """

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].decode("latin-1").lower() != KEYWORD.lower():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Give the token after 'Bearer ', and nothing else.")
        try:
            token = header[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed("Invalid or revoked token.") from None
        api_token = ApiToken.objects.for_token(token)
        if api_token is None:
            raise exceptions.AuthenticationFailed("Invalid or revoked token.")
        api_token.mark_used()
        return api_token.user, api_token

    def authenticate_header(self, request):
        """Makes an unauthenticated request a 401 that says how to authenticate, not a 403."""
        return f'{KEYWORD} realm="api"'


class ApiTokenScheme(OpenApiAuthenticationExtension):
    """How the OpenAPI schema (and Swagger UI's Authorize button) describes the token."""

    target_class = ApiTokenAuthentication
    name = "apiToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "A token made at /api/tokens/ (shown once): `Authorization: Bearer <token>`.",
        }
