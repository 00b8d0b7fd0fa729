"""``python -m promissory``: the command line."""

from promissory.cli import main

main()
