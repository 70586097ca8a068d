"""Merging duplicate institutions (and, within them, people of the same name), and undoing a merge.

A merge walks the relations Django knows (`_meta.related_objects` and the model's own many-to-many
fields), so a foreign key to Institution added later, in this app or another, is merged and undone
with no code here. A row that cannot move because the kept record already has its twin (the same
person's name, the same agreement, the same meeting) is merged into that twin the same way, so its
own links move too. What a merge did is kept as a log of plain data that `undo_rows` reads back:

    {"format": 2, "model": "agreements.institution", "kept": pk, "removed": <the row, serialised>,
     "moved": [{"model": label, "field": attname, "pks": [...]}],   # rows repointed at the kept one
     "merged": [<a log like this one, for each twin>],
     "filled": {attname: [value before, value after]},             # the kept row's blanks filled
     "created": [{"model": label, "pk": pk}]}                       # rows the merge added
"""

import json

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone

from agreements.models.institutions import Institution, NameKind
from registry.common.names import normalize_name

LOG_FORMAT = 2
#: A chain of parents is followed at most this far (a guard against a hand-made cycle).
MAX_HIERARCHY_DEPTH = 100


def relation_paths(model):
    """(model holding the reference, its foreign key's name) for every kind of row pointing at `model`."""
    paths = []
    for relation in model._meta.related_objects:
        if not relation.many_to_many:
            paths.append((relation.related_model, relation.field.name))
        elif relation.through._meta.auto_created:  # an explicit through model is reached by its own key
            paths.append((relation.through, relation.field.m2m_reverse_field_name()))
    for field in model._meta.local_many_to_many:
        if field.remote_field.through._meta.auto_created:
            paths.append((field.remote_field.through, field.m2m_field_name()))
    return paths


def unique_partners(model, field_name):
    """For each uniqueness rule of `model` that includes `field_name`: the attnames of its other fields."""
    opts = model._meta
    rules = [tuple(names) for names in opts.unique_together]
    rules += [tuple(constraint.fields) for constraint in opts.total_unique_constraints]
    rules += [(field.name,) for field in opts.local_fields if field.unique and not field.primary_key]
    return [
        tuple(opts.get_field(name).attname for name in rule if name != field_name)
        for rule in rules
        if field_name in rule
    ]


def ancestors(row, field):
    """The pks up the chain of `row`'s self-referencing `field` (its parent, the parent's parent, ...)."""
    found, value = [], getattr(row, field.attname)
    while value is not None and value not in found and len(found) < MAX_HIERARCHY_DEPTH:
        found.append(value)
        value = type(row)._base_manager.filter(pk=value).values_list(field.attname, flat=True).first()
    return found


def as_json(value):
    """`value` as the JSON the log keeps (dates as ISO strings, UUIDs as text)."""
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def blanks_filled(keep, duplicate, carry_true):
    """{attname: new value} for the kept row: its blanks filled from the duplicate's values.

    A self-referencing key (an institution's parent) never makes a cycle: a kept row that sat below
    the duplicate takes the duplicate's place, and it never takes as parent one of its own units.
    Booleans are left alone, except those in `carry_true`, which the duplicate passes on when set.
    """
    model, filled = type(keep), {}
    for field in model._meta.concrete_fields:
        if field.primary_key or not field.editable:
            continue
        mine, theirs = getattr(keep, field.attname), getattr(duplicate, field.attname)
        if isinstance(field, models.BooleanField):
            if field.name in carry_true and theirs and not mine:
                filled[field.attname] = True
        elif field.is_relation and field.related_model is model:
            if duplicate.pk in ancestors(keep, field):
                filled[field.attname] = theirs if theirs != keep.pk else None
            elif mine is None and theirs is not None and keep.pk not in ancestors(duplicate, field):
                filled[field.attname] = theirs
        elif isinstance(mine, list) and isinstance(theirs, list):
            combined = mine + [value for value in theirs if value not in mine]
            if combined != mine:
                filled[field.attname] = combined
        elif mine in field.empty_values and theirs not in field.empty_values:
            filled[field.attname] = theirs
    return filled


def move_rows(model, field_name, duplicate, keep, log):
    """Repoint `model` rows from `duplicate` to `keep`; a row whose twin `keep` already has merges into it."""
    attname = model._meta.get_field(field_name).attname
    rows = [
        row
        for row in model._base_manager.filter(**{attname: duplicate.pk})
        if not (model is type(keep) and row.pk == keep.pk)  # the kept row's own parent: blanks_filled
    ]
    twins = {}
    for others in unique_partners(model, field_name):
        kept_rows = model._base_manager.filter(**{attname: keep.pk}).values_list("pk", *others)
        taken = {tuple(values): pk for pk, *values in kept_rows}
        for row in rows:
            key = tuple(getattr(row, other) for other in others)
            if None not in key and key in taken:
                twins.setdefault(row.pk, taken[key])
    moving = [row.pk for row in rows if row.pk not in twins]
    if moving:
        model._base_manager.filter(pk__in=moving).update(**{attname: keep.pk})
        log["moved"].append({"model": model._meta.label_lower, "field": attname, "pks": moving})
    for row in rows:
        if row.pk in twins:
            log["merged"].append(merge_rows(model._base_manager.get(pk=twins[row.pk]), row))


def merge_rows(keep, duplicate, *, carry_true=()):
    """Merge the row `duplicate` into `keep` (same model): every reference moves, then it is deleted.

    Returns the log `undo_rows` reads.
    """
    model = type(keep)
    log = {
        "format": LOG_FORMAT,
        "model": model._meta.label_lower,
        "kept": keep.pk,
        "removed": serializers.serialize("json", [duplicate]),
        "moved": [],
        "merged": [],
        "filled": {},
        "created": [],
    }
    filled = blanks_filled(keep, duplicate, carry_true)
    for related_model, field_name in relation_paths(model):
        move_rows(related_model, field_name, duplicate, keep, log)
    duplicate.delete()  # first: the kept row may take over a value that must stay unique (a ROR id)
    for attname, value in filled.items():
        log["filled"][attname] = [as_json(getattr(keep, attname)), as_json(value)]
        setattr(keep, attname, value)
    if filled:
        keep.save()
    return log


def restore_row(document):
    """Save again the row serialised in `document`; None when a record it cannot be without is gone.

    A reference to a record deleted since is cleared where it may be blank. Raises ValueError, saying
    why, when the row would clash with one recorded since (an institution now bearing the same name).
    """
    (deserialized,) = serializers.deserialize("json", document)
    deserialized.m2m_data = {}  # its many-to-many rows were moved, and move back, one by one
    row = deserialized.object
    for field in row._meta.concrete_fields:
        value = getattr(row, field.attname)
        if not field.many_to_one or value is None:
            continue
        if not field.related_model._base_manager.filter(pk=value).exists():
            if not field.null:
                return None
            setattr(row, field.attname, None)
    try:
        row.validate_unique()
        row.validate_constraints()
    except ValidationError as error:
        raise ValueError(f"{row} cannot be restored: {' '.join(error.messages)}") from error
    deserialized.save()
    return row


def undo_rows(log):
    """Reverse what `merge_rows` logged: the removed row comes back with everything that moved from it.

    Rows added since the merge stay with the kept record; a filled field keeps a value edited since.
    When the kept row has been deleted since, the removed row still comes back, with nothing to move.
    """
    model = apps.get_model(log["model"])
    keep = model._base_manager.filter(pk=log["kept"]).first()
    if keep is not None:
        restore_kept_row(keep, log)
    restored = restore_row(log["removed"])
    if restored is None:
        return None
    for twin in reversed(log["merged"]):
        undo_rows(twin)
    for moved in log["moved"] if keep is not None else ():
        field = moved["field"]
        rows = apps.get_model(moved["model"])._base_manager.filter(pk__in=moved["pks"], **{field: keep.pk})
        rows.update(**{field: restored.pk})
    return restored


def restore_kept_row(keep, log):
    """Take back from the kept row what the merge added to it: rows it created and blanks it filled."""
    for created in log["created"]:
        apps.get_model(created["model"])._base_manager.filter(pk=created["pk"]).delete()
    changed = False
    for attname, (before, after) in log["filled"].items():
        if as_json(getattr(keep, attname)) == after:
            setattr(keep, attname, keep._meta.get_field(attname).to_python(before))
            changed = True
    if changed:
        keep.save()


def missing_kept_rows(log):
    """(model label, pk) of every row this log's undo would move things back from that no longer exists."""
    model = apps.get_model(log["model"])
    if log["kept"] is not None and not model._base_manager.filter(pk=log["kept"]).exists():
        yield (log["model"], log["kept"])
    for twin in log["merged"]:
        yield from missing_kept_rows(twin)


def removed_rows(log):
    """(model label, pk) of every row the merge logged in `log` deleted."""
    (removed,) = serializers.deserialize("json", log["removed"])
    yield (log["model"], removed.object.pk)
    for twin in log["merged"]:
        yield from removed_rows(twin)


def restore_only(model, fields):
    """A log that, undone, saves one row again: `fields` ({name: value}) of a new `model` row."""
    document = json.dumps([{"model": model._meta.label_lower, "fields": fields}])
    return {**empty_log(model, None), "removed": document}


def empty_log(model, kept):
    """A log of a merge into the `model` row `kept` that did nothing yet."""
    label = model if isinstance(model, str) else model._meta.label_lower
    return {
        "format": LOG_FORMAT,
        "model": label,
        "kept": kept,
        "removed": "[]",
        "moved": [],
        "merged": [],
        "filled": {},
        "created": [],
    }


def from_first_format(moved, kept):
    """The log of a merge recorded before merges were logged generically, in today's form.

    That format named what moved field by field; its relations are found here from Institution's
    own (`visits_made`, `meetings`, ...), so this app still imports no other.
    """
    (removed,) = serializers.deserialize("json", moved["institution"])
    removed_pk = removed.object.pk
    relation = Institution._meta.get_field
    log = {**empty_log(Institution, kept.pk), "removed": moved["institution"]}
    for model, field, key in (
        (relation("party").related_model, "institution_id", "parties_moved"),
        (relation("visits_made").related_model, "visitor_id", "visits_made"),
        (relation("visits_hosted").related_model, "host_id", "visits_hosted"),
        (relation("people").related_model, "institution_id", "people"),
        (relation("signatory").related_model, "institution_id", "signatories"),
        (Institution, "parent_id", "units"),
    ):
        log["moved"].append({"model": model._meta.label_lower, "field": field, "pks": moved[key]})
    meetings = relation("meetings").through
    joined = meetings.objects.filter(meeting_id__in=moved["meetings_joined"], institution_id=kept.pk)
    log["moved"].append(
        {"model": meetings._meta.label_lower, "field": "institution_id", "pks": [row.pk for row in joined]}
    )
    stayed = set(moved["meetings"]) - set(moved["meetings_joined"])
    log["merged"] += [restore_only(meetings, {"meeting": m, "institution": removed_pk}) for m in stayed]
    party = relation("party").related_model
    log["merged"] += [
        restore_only(party, {"agreement": a, "institution": removed_pk}) for a in moved["parties_dropped"]
    ]
    for document in ("names", "citations"):
        for row in json.loads(moved[document]):
            log["merged"].append({**empty_log(row["model"], None), "removed": json.dumps([row])})
    name, citation = relation("names").related_model, relation("citations").related_model
    log["created"] += [{"model": name._meta.label_lower, "pk": pk} for pk in moved["names_added"]]
    log["created"] += [{"model": citation._meta.label_lower, "pk": pk} for pk in moved["citations_added"]]
    for field, value in moved["kept_fields"].items():
        log["filled"][field] = [as_json(value), as_json(getattr(kept, field))]
    return log


class InstitutionMergeManager(models.Manager):
    def record(self, kept, duplicate, merged_by):
        """Move everything from `duplicate` to `kept`, delete `duplicate`, and return the merge made."""
        log = merge_rows(kept, duplicate, carry_true=("is_home",))
        if not kept.names.filter(normalized=normalize_name(duplicate.name)).exists():
            alias = kept.add_name(duplicate.name, NameKind.ALIAS)
            if alias is not None:
                log["created"].append({"model": alias._meta.label_lower, "pk": alias.pk})
        return self.create(kept=kept, removed_name=duplicate.name, moved=log, merged_by=merged_by)


class InstitutionMerge(models.Model):
    """A merge of one institution into another, with everything needed to undo it."""

    kept = models.ForeignKey(
        Institution,
        null=True,
        on_delete=models.SET_NULL,
        related_name="merges",
        help_text="Blank: the kept institution was itself merged away or deleted later.",
    )
    removed_name = models.CharField(max_length=300)
    moved = models.JSONField(editable=False, help_text="The removed institution and what moved from it.")
    merged_at = models.DateTimeField(default=timezone.now, editable=False)
    merged_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    undone_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = InstitutionMergeManager()

    class Meta:
        ordering = ["-merged_at", "-pk"]

    def __str__(self):
        return f"{self.removed_name} → {self.kept or 'a deleted institution'}"

    @transaction.atomic
    def undo(self):
        """Bring the removed institution back as it was, and move back everything that moved from it.

        Records added since the merge stay with the kept institution. When what it was merged into
        has itself been merged away since, that later merge must be undone first, and the error says which.
        """
        self.refresh_from_db()  # an undo just before may have moved this record back to its first institution
        if self.undone_at is not None:
            raise ValueError(f"The merge of {self.removed_name} was already undone.")
        log = self.moved
        if log.get("format") != LOG_FORMAT:
            if self.kept is None:
                raise ValueError(
                    f"{self.removed_name} was merged into an institution that no longer exists: "
                    "undo the later merge first."
                )
            log = from_first_format(log, self.kept)
        blocking = self.later_merge_removing(set(missing_kept_rows(log)))
        if blocking is not None:
            raise ValueError(
                f"Undo the merge of {blocking.removed_name} into {blocking.kept or 'a deleted institution'} "
                f"first: {self.removed_name} was merged into records that merge removed."
            )
        removed = undo_rows(log)
        self.undone_at = timezone.now()
        self.save(update_fields=["undone_at"])
        return removed

    def summary(self):
        """What the merge did, in words: "Moved: 2 parties, 1 person. Merged into the kept one's own: ..."."""
        log = self.moved
        if log.get("format") != LOG_FORMAT:
            return "Recorded before merges were logged in detail."

        def counted(pairs):
            totals = {}
            for label, count in pairs:
                totals[label] = totals.get(label, 0) + count
            parts = []
            for label, count in totals.items():
                options = apps.get_model(label)._meta
                parts.append(f"{count} {options.verbose_name if count == 1 else options.verbose_name_plural}")
            return ", ".join(parts)

        moved = counted((entry["model"], len(entry["pks"])) for entry in log["moved"])
        twins = counted((twin["model"], 1) for twin in log["merged"])
        sentences = [f"Moved: {moved}." if moved else "Nothing moved."]
        if twins:
            sentences.append(f"Merged into the kept institution's own (the same row there): {twins}.")
        if log["filled"]:
            fields = apps.get_model(log["model"])._meta
            filled = ", ".join(str(fields.get_field(attname).verbose_name) for attname in log["filled"])
            sentences.append(f"Filled in from it: {filled}.")
        return " ".join(sentences)

    def later_merge_removing(self, rows):
        """The merge, still in force and made after this one, that deleted any of `rows` (label, pk)."""
        if not rows:
            return None
        later = InstitutionMerge.objects.filter(undone_at__isnull=True, merged_at__gte=self.merged_at)
        for merge in later.exclude(pk=self.pk).order_by("-merged_at", "-pk"):
            if merge.moved.get("format") == LOG_FORMAT and rows & set(removed_rows(merge.moved)):
                return merge
        return None
