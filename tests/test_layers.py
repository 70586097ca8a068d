"""The code's layers, as a rule the suite keeps: imports run one way.

    registry.common <- agreements <- delegations <- registry.ingest, registry.pages <- registry (plumbing)

`registry.ingest.extraction` (the parser) imports no Django and nothing of the project but
`registry.common.names`; nothing in the product imports `registry.devtools`. Imports inside functions
count as much as those at the top of a module: they are how layers used to be crossed quietly.
"""

import ast

import pytest

from tests.paths import ROOT

PROJECT_PACKAGES = ("registry", "agreements", "delegations")

# What each layer may import from the project, most specific first; stdlib and third parties are free.
ALLOWED = [
    ("registry.ingest.extraction", ("registry.ingest.extraction", "registry.common.names")),
    ("registry.common", ("registry.common",)),
    ("agreements", ("registry.common", "agreements")),
    ("delegations", ("registry.common", "agreements", "delegations")),
    ("registry.ingest", ("registry.common", "agreements", "delegations", "registry.ingest")),
    (
        "registry.pages",
        (
            "registry.common",
            "agreements",
            "delegations",
            "registry.ingest",
            "registry.pages",
            "registry.models",
        ),
    ),
    ("registry.devtools", PROJECT_PACKAGES),
    (
        "registry.api",
        (
            "registry.common",
            "agreements",
            "delegations",
            "registry.ingest",
            "registry.api",
            "registry.models",
            "registry.roles",
        ),
    ),
    # The project package's own plumbing (settings, urls, admin site, roles, the calendar-feed model).
    (
        "registry",
        (
            "registry.common",
            "agreements",
            "delegations",
            "registry.ingest",
            "registry.pages",
            "registry.models",
            "registry.roles",
            "registry.sites",
            "registry.middleware",
            "registry.templatetags",
            "registry.settings",
            "registry.apps",
            "registry.admin",
            "registry.management",
            "registry.urls",
            "registry.wsgi",
            "registry.warm_up",
        ),
    ),
]


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_modules():
    for package in PROJECT_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield module_name(path), path


def imported_names(module, path):
    """Every module `module` imports, at any depth of its code, relative imports made absolute."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                yield f"{base}.{node.module}" if node.module else base
            else:
                yield node.module


def within(name, prefix):
    return name == prefix or name.startswith(prefix + ".")


def layer_of(module):
    return next(prefix for prefix, _ in ALLOWED if within(module, prefix))


def violations():
    for module, path in source_modules():
        allowed = dict(ALLOWED)[layer_of(module)]
        for name in imported_names(module, path):
            if name.split(".")[0] in PROJECT_PACKAGES and not any(within(name, a) for a in allowed):
                yield f"{module} imports {name}"
            if within(module, "registry.ingest.extraction") and within(name, "django"):
                yield f"{module} imports {name}: the parser is plain Python"


def test_every_import_runs_with_the_layers():
    assert list(violations()) == []


@pytest.mark.parametrize(
    "module, name, allowed",
    [
        ("agreements.models", "delegations.models", False),  # an app never imports the one above it
        ("agreements.models", "registry.ingest.loading", False),
        ("registry.common.exports", "agreements.models", False),  # the base imports no app
        ("delegations.models", "agreements.models", True),
        ("registry.ingest.loading", "delegations.models", True),
        ("registry.pages.views", "registry.devtools.synthetic", False),  # nothing shipped needs devtools
        ("registry.ingest.extraction.parser", "registry.ingest.loading", False),
    ],
)
def test_the_rules_tell_a_wrong_way_import(module, name, allowed):
    assert any(within(name, a) for a in dict(ALLOWED)[layer_of(module)]) is allowed


def test_relative_imports_are_read_as_absolute(tmp_path, monkeypatch):
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    package = tmp_path / "registry" / "ingest" / "extraction"
    package.mkdir(parents=True)
    (package / "parser.py").write_text("from .people import x\nfrom .. import loading\n")
    names = set(imported_names("registry.ingest.extraction.parser", package / "parser.py"))
    assert names == {"registry.ingest.extraction.people", "registry.ingest"}


def imports_inside_functions(path):
    """(function name, module) for each project module a function of `path` imports in its body."""
    for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = ["." * node.level + (node.module or "")]
            for name in names:
                if name.startswith(".") or name.split(".")[0] in PROJECT_PACKAGES:
                    yield function.name, name


def test_the_agreements_app_imports_its_own_modules_one_way_at_the_top():
    """An import inside a function is how two modules importing each other hid a cycle (the models
    and the search did); within the agreements app every import is at a module's top."""
    found = [
        f"{module}.{function} imports {name}"
        for module, path in source_modules()
        if within(module, "agreements")
        for function, name in imports_inside_functions(path)
    ]
    assert found == []
