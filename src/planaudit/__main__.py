"""`python -m planaudit`: the same as the planaudit command."""

from planaudit.cli import main

if __name__ == "__main__":
    main()
