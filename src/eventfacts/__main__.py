"""`python -m eventfacts`: the same command line as the `eventfacts` script (handy with `-X importtime`)."""

from .cli import main

if __name__ == "__main__":
    main()
