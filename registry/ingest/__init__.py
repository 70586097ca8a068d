"""Article text -> records: reading files (articles), the parser (extraction/, plain Python), loading
the parser's output into the registry (loading), and the pipeline the management commands wrap."""
