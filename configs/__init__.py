"""Packaged default configuration (default.toml), overlaid by a user's file."""
