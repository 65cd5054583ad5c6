"""The test run collects the Markdown pages' doctests here, not the Sphinx configuration."""

collect_ignore = ["conf.py"]
