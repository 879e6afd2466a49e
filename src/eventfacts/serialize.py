"""The one serializer: records to JSON and back, and the JSON Schema generated from the records.

Everything is driven by the dataclass type hints in `eventfacts.records`, so the JSON, the
parser for `eventfacts merge` and the published schema cannot drift apart.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any, TypeVar, Union

import msgspec
import orjson

T = TypeVar("T")

_NONE = type(None)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


#: Field metadata: leave the field out of the JSON when it holds its default, so that a field
#: only some records need (`Evidence.part`) does not repeat `null` on every other one.
OMIT_DEFAULT = "omit_default"


@cache
def _omitted(cls: type) -> dict[str, Any]:
    """The fields of `cls` left out when they hold their default, with that default."""
    return {f.name: f.default for f in dataclasses.fields(cls) if f.metadata.get(OMIT_DEFAULT)}


def to_plain(obj: Any) -> Any:
    """A record as plain JSON values, with keys in field order. Floats that are whole become ints."""
    # The exact types of nearly every value first: a DocFacts line holds thousands of them.
    kind: type = type(obj)
    if kind is str or kind is int or obj is None:
        return obj
    if kind is tuple or kind is list:
        return [x if type(x) is str else to_plain(x) for x in obj]
    if kind is float:
        return int(obj) if obj.is_integer() else obj
    fields = _plain_fields(kind)
    if fields is not None:
        plain = {}
        for name, default in fields:
            value = getattr(obj, name)
            if default is _KEEP or value != default:
                plain[name] = value if type(value) is str or value is None else to_plain(value)
        return plain
    return _other_plain(obj)


#: `_plain_fields`' mark of a field written whatever it holds.
_KEEP = object()


@cache
def _plain_fields(cls: type) -> tuple[tuple[str, Any], ...] | None:
    """A dataclass's fields in order, each with the default it is left out at (`_KEEP`: never);
    None for any other type."""
    if not dataclasses.is_dataclass(cls):
        return None
    omitted = _omitted(cls)
    return tuple((name, omitted.get(name, _KEEP)) for name in _field_names(cls))


def _other_plain(obj: Any) -> Any:
    """`to_plain` of a value of any other type: subclasses of the plain types (a bool, an enum)."""
    if isinstance(obj, (tuple, list)):
        return [to_plain(x) for x in obj]
    if isinstance(obj, float):
        return int(obj) if obj.is_integer() else obj
    return obj


def dumps(obj: Any, *, compact: bool = False) -> str:
    """Stable JSON text for a record: same record, same bytes. orjson writes it, because at a
    few thousand articles the pretty-printing of the standard library took most of `merge`."""
    option = 0 if compact else orjson.OPT_INDENT_2
    return orjson.dumps(to_plain(obj), option=option).decode("utf-8")


def loads(text: str | bytes) -> Any:
    return orjson.loads(text)


def from_json(cls: type[T], text: str | bytes) -> T:
    """Rebuild a record of type `cls` from its JSON text; raises ValueError on a mismatch,
    naming where: "DocFacts.source.id: Expected `str`, got `int`". msgspec decodes straight
    into the dataclasses, checking every field against its type hint: `merge` reads a few
    thousand DocFacts lines, and building them field by field in Python was a third of it."""
    try:
        result: T = _decoder(typing.cast(Any, cls)).decode(text)
    except msgspec.ValidationError as exc:
        raise ValueError(_where(cls, exc)) from None
    except msgspec.DecodeError as exc:
        raise ValueError(f"not JSON: {exc}") from None
    return result


def from_plain(cls: type[T], data: Any) -> T:
    """Rebuild a record of type `cls` from plain JSON values (as `loads` gives them), with
    `from_json`'s checks and errors."""
    try:
        result: T = msgspec.convert(data, cls)
    except msgspec.ValidationError as exc:
        raise ValueError(_where(cls, exc)) from None
    return result


@cache
def _decoder(cls: type) -> msgspec.json.Decoder[Any]:
    return msgspec.json.Decoder(cls)


def _where(cls: type, exc: msgspec.ValidationError) -> str:
    """msgspec's "Expected `str`, got `int` - at `$.source.id`" as "DocFacts.source.id:
    Expected `str`, got `int`"."""
    what, _, path = str(exc).partition(" - at `$")
    return f"{cls.__name__}{path.rstrip('`')}: {what}"


# ---------------------------------------------------------------------------------------------
# JSON Schema


def json_schema(root: type) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a record type, with one definition per dataclass."""
    defs: dict[str, Any] = {}
    top = _schema_of(root, defs)
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": root.__name__,
    }
    schema.update(defs.pop(root.__name__))
    del top
    schema["$defs"] = dict(sorted(defs.items()))
    return schema


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        return {"anyOf": [_schema_of(option, defs) for option in typing.get_args(tp)]}
    if origin is tuple:
        return {"type": "array", "items": _schema_of(typing.get_args(tp)[0], defs)}
    if origin is typing.Literal:
        return {"type": "string", "enum": list(typing.get_args(tp))}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # reserve, for recursive types
            hints = _hints(tp)
            fields = dataclasses.fields(tp)
            doc = (tp.__doc__ or "").strip()
            defs[name] = {"type": "object"}
            if doc and not doc.startswith(f"{name}("):  # dataclasses invent a signature otherwise
                defs[name]["description"] = doc.splitlines()[0]
            defs[name]["properties"] = {f.name: _schema_of(hints[f.name], defs) for f in fields}
            defs[name]["required"] = [f.name for f in fields if not f.metadata.get(OMIT_DEFAULT)]
        return {"$ref": f"#/$defs/{name}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean", _NONE: "null"}
    if tp in simple:
        return {"type": simple[tp]}
    raise TypeError(f"unsupported type {tp!r}")
