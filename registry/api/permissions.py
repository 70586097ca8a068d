"""Who may do what through the API: the registry's roles (registry/roles.py), as model permissions.

A viewer's group has the `view_` permissions of the record apps, an editor's also `add_`, `change_`
and `delete_`: the same permissions the staff pages and the admin check.
"""

from rest_framework import permissions


class RegistryRolePermission(permissions.DjangoModelPermissions):
    """Reading needs `view` on the model (viewer and up); writing add/change/delete (editor)."""

    perms_map = {
        **permissions.DjangoModelPermissions.perms_map,
        "GET": ["%(app_label)s.view_%(model_name)s"],
        "HEAD": ["%(app_label)s.view_%(model_name)s"],
        "OPTIONS": ["%(app_label)s.view_%(model_name)s"],
    }
