"""The registry's roles, as Django groups with their permissions.

- viewer: browses the staff pages and exports what they show (no admin access: not a staff account);
- editor: also changes records in the admin (a staff account in this group);
- admin: also manages user accounts and groups (a staff account in this group).

An account in none of them (and not a superuser) reads nothing: registry.middleware turns it away.
"""

from django.db.models import Q

RECORD_APPS = ("agreements", "delegations")
ROLES = {
    "viewer": {"actions": ("view",), "apps": RECORD_APPS},
    "editor": {"actions": ("view", "add", "change", "delete"), "apps": RECORD_APPS},
    "admin": {"actions": ("view", "add", "change", "delete"), "apps": (*RECORD_APPS, "auth")},
}


def sync_roles(apps, using="default"):
    """Create or update the three groups with exactly their permissions (`apps`: the migration's registry)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, role in ROLES.items():
        group, _ = Group.objects.using(using).get_or_create(name=name)
        codename_prefixes = tuple(f"{action}_" for action in role["actions"])
        permissions = [
            permission
            for permission in Permission.objects.using(using).filter(content_type__app_label__in=role["apps"])
            if permission.codename.startswith(codename_prefixes)
        ]
        group.permissions.set(permissions)


def may_read(user):
    """Whether `user` may browse and export the registry: a superuser, or an active member of a role.

    Asked on every request (one query), so removing someone from their role takes effect at once.
    """
    if not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=ROLES).exists()


def readers(prefix=""):
    """A Q object matching the users (through `prefix`, e.g. "user__") whom may_read lets in."""
    return Q(**{f"{prefix}is_active": True}) & (
        Q(**{f"{prefix}is_superuser": True}) | Q(**{f"{prefix}groups__name__in": list(ROLES)})
    )
