"""Headless subcommands of the CLI, one module each."""
