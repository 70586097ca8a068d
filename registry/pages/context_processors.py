"""What every staff page may show: whether the registry knows which institution is its own."""

from django.utils.functional import SimpleLazyObject

from agreements.models import Institution
from registry.common.data_versions import fact, note_read, version_of_table

#: The fact (registry.common.data_versions.read_with_versions) every page's header asks.
HOME_INSTITUTION = "home-institution"


def home_institution_sql():
    """The home institution's id, or NULL: a lookup in the partial unique index of the one home."""
    table = Institution._meta.db_table
    return f"SELECT id FROM {table} WHERE is_home LIMIT 1"


def home_institution(request):
    """`home_institution`: the home institution's id, false when none is marked; asked only by a page that
    shows it.

    Without one, delegations cannot be told apart as visiting us or sent by us, and the registry's
    own university counts as one of its partners: base.html says so on every page. It is read with
    the request's data versions, in the same statement: after a write to the institutions it costs
    no query of its own (it was one on every page, with a model built for a yes or no).
    """
    return {"home_institution": SimpleLazyObject(home_or_none)}


def home_or_none():
    note_read([version_of_table(Institution)])  # a page built from it depends on the institutions
    return fact(HOME_INSTITUTION, home_id) or NoHome()


def home_id():
    """The home institution's id or None, asked of the database (outside a request)."""
    return Institution.objects.home().values_list("pk", flat=True).first()


class NoHome:
    """Stands for no home institution in the lazy object, which cannot hold None: false in `{% if %}`."""

    def __bool__(self):
        return False
