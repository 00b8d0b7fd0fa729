"""``python -m promissory`` runs the command line."""

from promissory.cli import main

main()
