"""eventfacts: many news articles about one event in, one reconciled, source-grounded event record out.

The package is a library first: every stage is a plain function over frozen records, and the
command line in `eventfacts.cli` is a thin layer over `eventfacts.pipeline`.
"""

from __future__ import annotations

__version__ = "0.1.0"
SCHEMA_VERSION = "1"
