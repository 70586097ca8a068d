from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    """Only for its management commands (benchmark, generate_synthetic, loadtest, score_extraction...)."""

    name = "registry.devtools"
    label = "devtools"
    verbose_name = "Developer tools"
