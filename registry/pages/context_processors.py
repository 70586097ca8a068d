"""What every staff page may show: whether the registry knows which institution is its own."""

from django.utils.functional import SimpleLazyObject

from agreements.models import Institution
from registry.common.data_versions import cached, version_of_table


def home_institution(request):
    """`home_institution`: the institution marked "home", or None; asked only by a page that shows it.

    Without one, delegations cannot be told apart as visiting us or sent by us, and the registry's
    own university counts as one of its partners: base.html says so on every page.
    """
    return {
        "home_institution": SimpleLazyObject(
            lambda: cached(version_of_table(Institution), "home-institution", home) or NoHome()
        )
    }


def home():
    """The home institution or None; kept in the cache until an institution changes (data versions)."""
    return Institution.objects.home().first()


class NoHome:
    """Stands for no home institution in the lazy object, which cannot hold None: false in `{% if %}`."""

    def __bool__(self):
        return False
