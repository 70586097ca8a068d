"""The admin's institution forms (a name that is taken is an error, a name close to another a warning), and
the agreement document form whose chosen file survives a failed submit."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from agreements.models import AgreementDocument, Institution, InstitutionName
from registry.common.names import normalize_name
from registry.common.uploads import KeepsUploadsMixin, kept_upload_field

#: The warning about close names lists at most this many, the closest first.
MAX_CLOSE_NAMES = 5


def https_urls(db_field, **kwargs):
    """Form fields as the admin makes them: links typed without a scheme read as https (see admin.py)."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


def admin_link(institution):
    """The institution's name, linked to its admin page (opened beside the form being filled in)."""
    url = reverse("admin:agreements_institution_change", args=[institution.pk])
    return format_html('<a href="{}" target="_blank">{}</a>', url, institution.name)


class InstitutionAdminForm(forms.ModelForm):
    """An institution's canonical name must be new; one close to an existing name asks for confirmation.

    Two names that normalise alike ("The University of Haifa", "University of Haifa") are the same
    name: the database refuses the second, and the form says which institution has it. A name the
    forgiving search finds close to others (other word order, a variant, a typo) is most often a
    duplicate about to be made: the form lists them and saves only once "save anyway" is ticked.
    """

    save_anyway = forms.BooleanField(
        required=False,
        label="Save anyway",
        help_text="It is a different institution from those listed as close.",
    )

    class Meta:
        model = Institution
        formfield_callback = https_urls
        fields = [
            "name",
            "kind",
            "country",
            "city",
            "website",
            "ror",
            "parent",
            "is_home",
            "is_public_partner",
            "notes",
        ]

    close_matches = ()

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        others = Institution.objects.exclude(pk=self.instance.pk)
        taken = others.filter(normalized_name=normalize_name(name)).first()
        if taken is not None:
            raise ValidationError(
                format_html(
                    "{} already has this name (or one that differs only in case, accents or “the”).",
                    admin_link(taken),
                ),
                code="taken",
            )
        if self.instance.pk is None or "name" in self.changed_data:
            self.close_matches = list(others.search(name).order_by("-search_rank", "name")[:MAX_CLOSE_NAMES])
        if self.close_matches and not self.data.get(self.add_prefix("save_anyway")):
            raise ValidationError(
                format_html(
                    "Possibly a duplicate of {}. Check them; if this is a different institution, tick "
                    "“Save anyway” and save again.",
                    format_html_join(", ", "{}", ((admin_link(match),) for match in self.close_matches)),
                ),
                code="close",
            )
        return name


class InstitutionNameForm(forms.ModelForm):
    """A variant must differ from the institution's canonical name (they would be the same name)."""

    class Meta:
        model = InstitutionName
        fields = ["value", "kind", "language"]

    def clean_value(self):
        value = " ".join(self.cleaned_data["value"].split())
        if not normalize_name(value):
            raise ValidationError("A name needs at least one letter or digit.", code="empty")
        return value


class InstitutionNameFormSet(BaseInlineFormSet):
    """No two names of one institution may normalise alike, in the form or already recorded."""

    def clean(self):
        super().clean()
        canonical = normalize_name(self.data.get("name", "")) or self.instance.normalized_name
        seen = {}
        for form in sorted(self.forms, key=lambda form: form.has_changed()):  # recorded ones first
            value = form.cleaned_data.get("value") if form.is_valid() else None
            if not value or form.cleaned_data.get("DELETE"):
                continue
            key = normalize_name(value)
            if form.has_changed() and key == canonical:
                form.add_error("value", "This is the institution's canonical name; a variant must differ.")
            elif form.has_changed() and key in seen:
                form.add_error("value", f"The institution already has this name as “{seen[key]}”.")
            seen.setdefault(key, value)


class InstitutionNameAdminForm(InstitutionNameForm):
    """A name edited on its own page: the same rule as in the institution's names inline."""

    class Meta(InstitutionNameForm.Meta):
        fields = ["institution", "value", "kind", "language"]

    def clean(self):
        cleaned = super().clean()
        institution, value = cleaned.get("institution"), cleaned.get("value")
        if institution is None or not value:
            return cleaned
        key = normalize_name(value)
        if key == institution.normalized_name:
            self.add_error("value", "This is the institution's canonical name; a variant must differ.")
        else:
            taken = institution.names.filter(normalized=key).exclude(pk=self.instance.pk).first()
            if taken is not None:
                self.add_error("value", f"The institution already has this name as “{taken.value}”.")
        return cleaned


class AgreementDocumentForm(KeepsUploadsMixin, forms.ModelForm):
    """A document of an agreement: on the agreement page and in the admin. The chosen file is kept when
    the submit fails for another reason (a missing label, a date error in the agreement's own form)."""

    file_kept = kept_upload_field()

    class Meta:
        model = AgreementDocument
        fields = ["file", "kind", "label", "dated_on"]
        widgets = {"dated_on": forms.DateInput(attrs={"type": "date"})}
        help_texts = {"file": "PDF, Word (.docx), OpenDocument (.odt), PNG or JPEG; checked by its content."}
