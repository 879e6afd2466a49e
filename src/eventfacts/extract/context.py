"""How a name is used where it stands: a fitted score per mention, read from the parse's token vectors.

A film, a prize, a ship or a software product is written like a person's or a company's name:
capitals, proper nouns, no ordinary words. What gives it away is the words around it ("starring
in", "won the", "aboard", "installed"), and the model that parses the article has already read
them: spaCy's tok2vec layer gives each token 96 numbers describing it within a window of four
tokens each side (`doc.tensor`). A linear read of the mean of a name's rows and of the row of the
word it hangs on, fitted per kind by eval/fit_types.py on hand-judged entries (weights in
`context_weights.json` beside this module), gives one number per mention: the log-odds that a
name used like this is a real person (or body). Only that number travels on the mention
(`EntityMention.context`), so `merge` needs neither spaCy nor the vectors;
`reconcile.entity_types` averages it over an entry.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from spacy.tokens import Span

#: The mention kinds the fit scores; a place gets no score.
KINDS = ("person", "organization")
#: Decimals kept of a score: enough for the entry's mean, few enough that the last bits of a
#: parse run in another batch (`--jobs`) do not show in the output.
DECIMALS = 2


def context_vector(span: Span) -> npt.NDArray[np.float64] | None:
    """The name's mean token vector beside its governing word's (zeros when the name is its
    sentence's root); None when the parse left no vectors."""
    tensor = span.doc.tensor
    if tensor is None or tensor.ndim != 2 or tensor.shape[0] != len(span.doc) or not tensor.shape[1]:
        return None
    own = tensor[span.start : span.end].mean(axis=0)
    head = span.root.head
    governor = tensor[head.i] if not span.start <= head.i < span.end else np.zeros_like(own)
    vector: npt.NDArray[np.float64] = np.concatenate([own, governor]).astype(np.float64)
    return vector


def context_score(span: Span, kind: str) -> float | None:
    """The fitted log-odds that a `kind` used as `span` is used is one (None: no fit, no vectors)."""
    fitted = _weights().get(kind)
    if fitted is None:
        return None
    vector = context_vector(span)
    intercept, coefficients = fitted
    if vector is None or vector.shape != coefficients.shape:
        return None
    return round(intercept + float(np.dot(vector, coefficients)), DECIMALS)


@cache
def _weights() -> dict[str, tuple[float, npt.NDArray[np.float64]]]:
    text = resources.files(__package__).joinpath("context_weights.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return {
        kind: (float(data[kind]["intercept"]), np.array(data[kind]["coefficients"], dtype=np.float64))
        for kind in KINDS
        if kind in data
    }
