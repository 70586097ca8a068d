"""The intake forms: a new article, and (review) the records of an extraction, one formset per record type."""

from pathlib import Path

from django import forms
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe

from agreements.models import AgreementKind, Institution, InstitutionKind
from delegations.models import MeetingKind, Mode
from registry.common.forms import FormRenderer, html_attributes
from registry.common.names import normalize_name
from registry.common.partial_dates import PartialDate
from registry.ingest.articles import MAX_ARTICLE_BYTES, ArticleFileError
from registry.ingest.review import adopt_existing, corrections, read_upload, rename_references, split_names


class PartialDateField(forms.CharField):
    """A date as the news gives it: 2024-05-08, 2024-05 or 2024; blank for unknown."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 10)
        kwargs.setdefault("help_text", "YYYY-MM-DD, YYYY-MM or YYYY; blank: not known.")
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value).strip()
        if not value:
            return None
        try:
            return PartialDate.parse(value)
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None


class NewArticleForm(forms.Form):
    """Paste the headline and text, or upload a text file or a saved news page."""

    title = forms.CharField(label="Headline", max_length=500, required=False)
    body = forms.CharField(label="Article text", widget=forms.Textarea(attrs={"rows": 14}), required=False)
    upload = forms.FileField(
        allow_empty_file=True,  # refused by the article reader, with the same message as everywhere
        label="…or a file",
        required=False,
        help_text="Plain text (UTF-8) or a news page saved as HTML: its main text, title and date are read.",
    )
    url = forms.URLField(label="Page address", max_length=500, required=False, assume_scheme="https")
    published = PartialDateField(label="Published", help_text="Overrides the date found in the article.")

    def clean(self):
        data = super().clean()
        upload, body = data.get("upload"), (data.get("body") or "").strip()
        if upload and body:
            raise forms.ValidationError("Paste the article or upload a file, not both.")
        if not upload and not body:
            raise forms.ValidationError("Paste the article's text or choose a file.")
        if upload:
            data.update(self.read(upload))
        else:
            data["origin"], data["file_name"] = "pasted", ""
        return data

    def read(self, upload):
        name = Path(upload.name).name  # never a path the browser sent
        if upload.size > MAX_ARTICLE_BYTES:
            raise forms.ValidationError(
                f"{name}: too large for a news article (limit {MAX_ARTICLE_BYTES // 2**20} MB)."
            )
        try:
            title, body, published = read_upload(upload.read(), name)
        except ArticleFileError as error:
            raise forms.ValidationError(str(error)) from None
        stem = Path(name).stem or "article"
        return {
            "title": self.cleaned_data.get("title") or title,
            "body": body,
            "published": self.cleaned_data.get("published") or published,
            "origin": "uploaded page" if title or published else "uploaded text",
            "file_name": f"{stem[:200]}.txt",
        }


INPUT_TEMPLATES = {
    f"django/forms/widgets/{kind}.html" for kind in ("text", "number", "hidden", "url", "checkbox")
}
TEXTAREA_TEMPLATE = "django/forms/widgets/textarea.html"


class ReviewRenderer(FormRenderer):
    """The registry's renderer, with inputs and text areas also written in Python, as Django's templates
    write them: a review page has some 250 fields, and a template per field took most of its time."""

    def render(self, template_name, context, request=None):
        widget = context.get("widget")
        if template_name in INPUT_TEMPLATES:
            value = "" if widget["value"] is None else f' value="{escape(str(widget["value"]))}"'
            return mark_safe(
                f'<input type="{widget["type"]}" name="{conditional_escape(widget["name"])}"{value}'
                f"{html_attributes(widget['attrs'])}>"
            )
        if template_name == TEXTAREA_TEMPLATE:
            return mark_safe(
                f'<textarea name="{conditional_escape(widget["name"])}"{html_attributes(widget["attrs"])}>\n'
                f"{conditional_escape(widget['value'] or '')}</textarea>"
            )
        return super().render(template_name, context, request)


# Review: one form per record, one formset per record type. `origin` is the record's index in the
# parser's extraction (blank for a record the reviewer added): it tells corrections from additions.

NAMES_HELP = "One a line, or separated by ';'."


def names_field(label, **kwargs):
    return forms.CharField(
        label=label, required=False, widget=forms.Textarea(attrs={"rows": 2}), help_text=NAMES_HELP, **kwargs
    )


class RecordForm(forms.Form):
    """A record of the extraction; subclasses' record() gives it in the extraction format."""

    origin = forms.IntegerField(required=False, widget=forms.HiddenInput)
    default_renderer = ReviewRenderer()

    def as_review_html(self):
        """The record's fields as the review page shows them, written in Python: the page has some 250
        fields, and a template loop per record took most of its time. Same markup as a template would."""
        parts = [str(field) for field in self.hidden_fields()]
        parts += [
            f'<p class="intake-error" role="alert">{conditional_escape(e)}</p>'
            for e in self.non_field_errors()
        ]
        parts.append('<div class="intake-fields">')
        for field in self.visible_fields():
            wide = " intake-field--wide" if field.name == "evidence" else ""
            label = conditional_escape(field.label) + (" (remove)" if field.name == "DELETE" else "")
            errors = "".join(
                f'<span class="intake-error">{conditional_escape(e)}</span>' for e in field.errors
            )
            parts.append(f'<label class="intake-field{wide}">{label} {field}{errors}</label>')
        parts.append("</div>")
        return mark_safe("\n".join(parts))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A select starts blank: an untouched row for a missed record stays unchanged, and is left out.
        for name, field in self.fields.items():
            if isinstance(field, forms.ChoiceField) and name != "match" and field.required:
                field.choices = [("", "—"), *field.choices]


def text_or_none(value):
    return (value or "").strip() or None


def date_or_none(value):
    return value.isoformat() if value else None


class InstitutionForm(RecordForm):
    name = forms.CharField(max_length=300)
    aliases = names_field("Other spellings in the article")
    kind = forms.ChoiceField(choices=InstitutionKind.choices)
    country = forms.CharField(max_length=2, required=False, help_text="ISO code, e.g. DE; blank: not known.")
    ror = forms.CharField(required=False, widget=forms.HiddenInput)
    match = forms.ChoiceField(label="In the registry", required=False, choices=[("", "New institution")])
    existing = forms.CharField(
        label="…or this existing institution", required=False, help_text="Its name, or its number (e.g. 42)."
    )

    def __init__(self, *args, match_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["match"].choices = [("", "New institution"), *match_choices]

    def clean_country(self):
        country = self.cleaned_data["country"].strip().upper()
        if country and not (len(country) == 2 and country.isalpha()):
            raise forms.ValidationError("Two letters (ISO 3166), or blank.")
        return country

    def clean_existing(self):
        text = self.cleaned_data["existing"].strip()
        if not text:
            return None
        found = list(
            Institution.objects.filter(pk=int(text.lstrip("#")))
            if text.lstrip("#").isdigit()
            else Institution.objects.named(text)[:2]
        )
        if len(found) != 1:
            raise forms.ValidationError(
                f"No institution is called {text!r}."
                if not found
                else f"Several institutions are called {text!r}: give its number."
            )
        return found[0]

    def chosen(self):
        """The existing institution the reviewer picked (text box first, then the list), or None: new."""
        data = self.cleaned_data
        if data.get("existing"):
            return data["existing"]
        return int(data["match"]) if data.get("match") else None

    def record(self):
        data = self.cleaned_data
        return {
            "name": " ".join(data["name"].split()),
            "aliases": split_names(data["aliases"]),
            "country": data["country"] or None,
            "kind": data["kind"],
            "ror": text_or_none(data["ror"]),
        }


class PersonForm(RecordForm):
    name = forms.CharField(max_length=200)
    variants = names_field("Other spellings")
    institution = forms.CharField(
        max_length=300, required=False, help_text="One of the article's institutions."
    )
    title = forms.CharField(max_length=300, required=False)

    def record(self):
        data = self.cleaned_data
        return {
            "name": " ".join(data["name"].split()),
            "variants": split_names(data["variants"]),
            "institution": text_or_none(data["institution"]),
            "title": text_or_none(data["title"]),
        }


EVIDENCE = forms.CharField(
    required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Evidence sentence"
)
ACTIONS = [("signed", "Signed"), ("renewed", "Renewed"), ("discussed", "Discussed")]


class AgreementForm(RecordForm):
    kind = forms.ChoiceField(choices=AgreementKind.choices)
    action = forms.ChoiceField(choices=ACTIONS)
    title = forms.CharField(max_length=300, required=False)
    parties = names_field("Parties", max_length=3000)
    date = PartialDateField(label="Signed")
    evidence = EVIDENCE

    def clean_parties(self):
        parties = split_names(self.cleaned_data["parties"])
        if not parties:
            raise forms.ValidationError("An agreement needs at least one party.")
        return parties

    def record(self):
        data = self.cleaned_data
        return {
            "title": data["title"].strip() or None,
            "kind": data["kind"],
            "action": data["action"],
            "parties": data["parties"],
            "date": date_or_none(data["date"]),
            "evidence": data["evidence"].strip(),
        }


class DelegationForm(RecordForm):
    visitor = forms.CharField(max_length=300, required=False)
    host = forms.CharField(max_length=300, required=False, help_text="Blank: the home institution.")
    leader = forms.CharField(max_length=200, required=False)
    leader_title = forms.CharField(max_length=300, required=False)
    size = forms.IntegerField(min_value=1, required=False)
    start = PartialDateField()
    end = PartialDateField()
    mode = forms.ChoiceField(choices=Mode.choices)
    evidence = EVIDENCE

    def clean(self):
        data = super().clean()
        if not data.get("visitor") and not data.get("host"):
            raise forms.ValidationError("A delegation needs a visitor or a host.")
        start, end = data.get("start"), data.get("end")
        if start and end and end.last_day < start.first_day:
            raise forms.ValidationError("It ends before it starts.")
        return data

    def record(self):
        data = self.cleaned_data
        return {
            "visitor": text_or_none(data["visitor"]),
            "host": text_or_none(data["host"]),
            "leader": text_or_none(data["leader"]),
            "leader_title": text_or_none(data["leader_title"]),
            "size": data["size"],
            "start": date_or_none(data["start"]),
            "end": date_or_none(data["end"]),
            "mode": data["mode"],
            "evidence": data["evidence"].strip(),
        }


class MeetingForm(RecordForm):
    kind = forms.ChoiceField(choices=MeetingKind.choices)
    mode = forms.ChoiceField(choices=Mode.choices)
    date = PartialDateField(label="Held")
    location = forms.CharField(max_length=300, required=False)
    parties = names_field("Institutions", max_length=3000)
    evidence = EVIDENCE

    def record(self):
        data = self.cleaned_data
        return {
            "date": date_or_none(data["date"]),
            "mode": data["mode"],
            "kind": data["kind"],
            "location": text_or_none(data["location"]),
            "parties": split_names(data["parties"]),
            "evidence": data["evidence"].strip(),
        }


class RecordFormSet(forms.BaseFormSet):
    def __init__(self, *args, choices=(), **kwargs):
        self.choices = list(choices)
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        if self.form is InstitutionForm:
            kwargs["match_choices"] = (
                self.choices[index] if index is not None and index < len(self.choices) else []
            )
        return kwargs

    def kept(self):
        """The forms of the records to load: not removed, not an untouched empty row."""
        return [f for f in self.forms if (f.initial or f.has_changed()) and not self._should_delete_form(f)]


FORMS = {
    "institutions": InstitutionForm,
    "people": PersonForm,
    "agreements": AgreementForm,
    "delegations": DelegationForm,
    "meetings": MeetingForm,
}


def formsets(extraction, data=None, choices=()):
    """One formset per record type, filled with `extraction`'s records, and an empty row for a missed one."""
    built = {}
    for name, form in FORMS.items():
        formset = forms.formset_factory(
            form, formset=RecordFormSet, extra=1, can_delete=True, renderer=form.default_renderer
        )
        initial = [initial_of(name, index, record) for index, record in enumerate(extraction.get(name, []))]
        built[name] = formset(
            data, initial=initial, prefix=name, choices=choices if name == "institutions" else ()
        )
    return built


def initial_of(name, index, record):
    initial = {key: value for key, value in record.items() if value is not None}
    for key in ("aliases", "variants", "parties"):
        if key in initial:
            initial[key] = "\n".join(initial[key])
    return {**initial, "origin": index}


class ReviewForms:
    """The review page's formsets over a proposal, and the extraction they make once valid."""

    def __init__(self, proposal, data=None, choices=()):
        self.proposal = proposal
        self.sets = formsets(proposal.proposed, data, choices)
        self.errors = []

    def is_valid(self):
        valid = [formset.is_valid() for formset in self.sets.values()]  # every formset: all errors shown
        return all(valid) and self.names_are_known()

    def names_are_known(self):
        """Every party, visitor, host and person's institution is one of the article's institutions."""
        known = set()
        for form in self.sets["institutions"].kept():
            record = form.record()
            known.update(normalize_name(n) for n in [record["name"], *record["aliases"]])
        renamed = self.renamed()
        for name in self.referenced():
            if normalize_name(renamed.get(name, name)) not in known:
                self.errors.append(
                    f"“{name}” is not among the article's institutions: add it there, or correct it."
                )
        return not self.errors

    def referenced(self):
        names = []
        for kind, keys in (("people", ("institution",)), ("delegations", ("visitor", "host"))):
            names += [f.record()[k] for f in self.sets[kind].kept() for k in keys if f.record()[k]]
        for kind in ("agreements", "meetings"):
            names += [name for f in self.sets[kind].kept() for name in f.record()["parties"]]
        return names

    def renamed(self):
        """The parser's name of each institution the reviewer renamed -> its new name."""
        proposed = self.proposal.proposed.get("institutions", [])
        renamed = {}
        for form in self.sets["institutions"].kept():
            origin = form.cleaned_data.get("origin")
            if (
                origin is not None
                and origin < len(proposed)
                and proposed[origin]["name"] != form.record()["name"]
            ):
                renamed[proposed[origin]["name"]] = form.record()["name"]
        return renamed

    def extraction(self, institutions):
        """The accepted extraction (format v1) and the corrections made; `institutions` {pk: Institution}."""
        proposed = self.proposal.proposed
        extraction = {"format": proposed.get("format", 1), "article": dict(proposed["article"])}
        for kind, formset in self.sets.items():
            extraction[kind] = [form.record() for form in formset.kept()]
        extraction["warnings"] = []
        chosen = {}
        for index, form in enumerate(self.sets["institutions"].kept()):
            pick = form.chosen()
            pick = institutions.get(pick) if isinstance(pick, int) else pick
            if pick is not None:
                chosen[index] = pick
        # Corrections as typed, before the names follow the renames and the existing institutions chosen.
        origins = {kind: [f.cleaned_data.get("origin") for f in fs.kept()] for kind, fs in self.sets.items()}
        changes = corrections(proposed, extraction, origins, matched_by_hand=len(chosen))
        rename_references(extraction, self.renamed())
        return adopt_existing(extraction, chosen), changes, origins
