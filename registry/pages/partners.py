"""The public partner page: the institutions that chose to be listed and have an agreement in force.

The one page besides the login that anyone may open. It reads only what it shows (name, city,
country, website) as plain values, so nothing else about an institution can reach its template:
no people, no evidence, no notes, no agreement in preparation. It is cached for everyone alike
(REGISTRY_PUBLIC_PAGE_SECONDS), which is safe because it shows no one anything personal.
"""

import datetime
from itertools import groupby

from django.contrib.auth.decorators import login_not_required
from django.utils.decorators import method_decorator
from django.views.generic import TemplateView

from agreements.filters import country_name
from agreements.models import Agreement, Institution, Party
from registry.common.charts import world_map

#: The only columns of an institution the public page reads.
PUBLIC_FIELDS = ("name", "city", "country", "website")


def public_partners(today=None):
    """[{name, city, country, website}] of partners listed publicly with an agreement in force on `today`."""
    in_force = Agreement.objects.in_force_on(today or datetime.date.today()).values("pk")
    listed = Party.objects.filter(agreement__in=in_force).values("institution_id")
    return list(
        Institution.objects.filter(is_public_partner=True, is_home=False, pk__in=listed)
        .order_by("country", "name")
        .values(*PUBLIC_FIELDS)
    )


def by_country(partners):
    """[(country name, [partners])], countries by name, unknown countries last as "Elsewhere"."""
    groups = [
        (country_name(code) if code else "", list(members))
        for code, members in groupby(partners, key=lambda partner: partner["country"])
    ]
    return sorted(groups, key=lambda group: (not group[0], group[0])) if groups else []


@method_decorator(login_not_required, name="dispatch")
class PublicPartnersView(TemplateView):
    template_name = "registry/public_partners.html"

    def get_context_data(self, **kwargs):
        partners = public_partners()
        counts = {}
        for partner in partners:
            if partner["country"]:
                counts[partner["country"]] = counts.get(partner["country"], 0) + 1
        svg, not_drawn = world_map(
            "public-partners-map",
            counts,
            title="Our partner institutions by country",
            description="A world map, each country shaded by its number of partners: darker, more.",
            unit="partners",
            names=country_name,
        )
        return super().get_context_data(
            partners=partners,
            countries=by_country(partners),
            map_svg=svg,
            not_drawn=[f"{country_name(code)} ({counts[code]})" for code in not_drawn],
            **kwargs,
        )
