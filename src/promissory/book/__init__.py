"""See README.md in this package."""
