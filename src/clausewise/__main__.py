"""`python -m clausewise` runs the command line."""

from clausewise.cli import main

main()
