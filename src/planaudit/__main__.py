"""`python -m planaudit`: the same as the planaudit command."""

from planaudit.entry import main

if __name__ == "__main__":
    main()
