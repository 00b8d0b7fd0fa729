"""The promissory command line (filled in by the CLI modules)."""


def main() -> None:  # pragma: no cover - replaced when the CLI lands
    raise SystemExit("promissory CLI not built yet")
