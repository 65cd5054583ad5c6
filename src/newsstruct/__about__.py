"""The single place the newsstruct version is written."""

__version__ = "0.1.0"
