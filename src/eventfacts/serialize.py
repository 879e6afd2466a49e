"""The one serializer: records to JSON and back, and the JSON Schema generated from the records.

Everything is driven by the dataclass type hints in `eventfacts.records`, so the JSON, the
parser for `eventfacts merge` and the published schema cannot drift apart.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar, Union

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
    writer = _writer(kind)
    if writer is not None:
        return writer(obj)
    return _other_plain(obj)


@cache
def _writer(cls: type) -> Callable[[Any], dict[str, Any]] | None:
    """`to_plain` of a dataclass, written as Python source for it and compiled once (as
    `_record` reads one back): a record of a few thousand sources holds a million fields, and
    a loop over a table of them took most of rendering it. None for any other type."""
    if not dataclasses.is_dataclass(cls):
        return None
    omitted = _omitted(cls)
    namespace: dict[str, Any] = {"to_plain": to_plain}
    lines = ["def write(obj):", "    plain = {}"]
    for n, name in enumerate(_field_names(cls)):
        v = f"v{n}"
        write = f"plain[{name!r}] = {v} if type({v}) is str or {v} is None else to_plain({v})"
        lines.append(f"    {v} = obj.{name}")
        if name in omitted:
            namespace[f"d{n}"] = omitted[name]
            lines += [f"    if {v} != d{n}:", f"        {write}"]
        else:
            lines.append(f"    {write}")
    lines.append("    return plain")
    exec(compile("\n".join(lines), f"<to_plain {cls.__name__}>", "exec"), namespace)
    writer: Callable[[Any], dict[str, Any]] = namespace["write"]
    return writer


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


def from_plain(cls: type[T], data: Any) -> T:
    """Rebuild a record of type `cls` from plain JSON values; raises ValueError on a mismatch,
    naming where: "DocFacts.source.id: expected str"."""
    try:
        result: T = _converter(typing.cast(Any, cls))(data)
    except _Mismatch as exc:
        raise ValueError(f"{cls.__name__}{exc.where}: {exc.what}") from None
    return result


class _Mismatch(ValueError):
    def __init__(self, what: str, where: str = "") -> None:
        super().__init__(what)
        self.what, self.where = what, where


Converter = Callable[[Any], Any]


@cache
def _converter(tp: Any) -> Converter:
    """A function that converts plain data to `tp`, built once per type: `merge` reads thousands
    of DocFacts lines, and walking the type hints for every value was most of its time."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        options = typing.get_args(tp)
        converters = [_converter(o) for o in options if o is not _NONE]
        union = _union(converters, _NONE in options)
        if len(converters) == 1 and _NONE in options:
            if converters[0] in _EXACT:
                _EXACT[union] = (*_EXACT[converters[0]], _NONE)
            elif converters[0] in _ALLOWED:
                _EXACT[union], _ALLOWED[union] = (_NONE,), _ALLOWED[converters[0]]
        return union
    if origin is tuple:
        return _tuple(_converter(typing.get_args(tp)[0]))
    if origin is typing.Literal:
        return _one_of(typing.get_args(tp))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _BUILDING.get(tp) or _record(tp)
    if tp is float:
        return _number
    if tp in (int, str, bool):
        return _exact(tp)
    raise TypeError(f"unsupported type {tp!r}")


def _union(options: list[Converter], nullable: bool) -> Converter:
    def convert(data: Any) -> Any:
        if data is None and nullable:
            return None
        errors = []
        for option in options:
            try:
                return option(data)
            except _Mismatch as exc:
                errors.append(exc)
        raise errors[0] if errors else _Mismatch("expected a value")

    return convert


def _tuple(item: Converter) -> Converter:
    exact = frozenset(_EXACT.get(item, ()))

    def convert(data: Any) -> Any:
        if not isinstance(data, list):
            raise _Mismatch("expected a list")
        if not data:
            return ()
        if exact and exact.issuperset(map(type, data)):
            return tuple(data)  # the common case of `_exact` items, without a call per item
        try:
            return tuple([item(x) for x in data])
        except _Mismatch as exc:
            raise _Mismatch(exc.what, f"[]{exc.where}") from None

    return convert


#: `_record`'s converters still being built, so that a record that holds itself (through a
#: tuple or a union) finds its own converter.
_BUILDING: dict[type, Converter] = {}

_MISSING = object()


def _record(tp: type) -> Converter:
    """A converter written as Python source for `tp` and compiled once: one `dict.get` and one
    type test per field, the record built positionally. `merge` builds millions of fields, and
    a generic loop over a field table (a tuple to unpack, a test, a dict of keyword arguments
    per field) took a third of reading a DocFacts line."""
    hints = _hints(tp)
    fields = dataclasses.fields(tp)
    namespace: dict[str, Any] = {"_Mismatch": _Mismatch, "_MISSING": _MISSING, "_tp": tp}
    # Each field's converter first: a record may hold a record that holds it.
    _BUILDING[tp] = _building_converter(namespace)
    try:
        converters = [_converter(hints[f.name]) for f in fields]
    finally:
        del _BUILDING[tp]
    lines = [
        "def convert(data):",
        "    if not isinstance(data, dict):",
        "        raise _Mismatch('expected an object')",
        "    get = data.get",
    ]
    for n, (f, field_converter) in enumerate(zip(fields, converters, strict=True)):
        if not f.init:
            raise TypeError(f"unsupported field {tp.__name__}.{f.name}: init=False")
        v = f"v{n}"
        lines += [f"    {v} = get({f.name!r}, _MISSING)", f"    if {v} is _MISSING:"]
        if f.default is not dataclasses.MISSING:
            namespace[f"d{n}"] = f.default
            lines.append(f"        {v} = d{n}")
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"d{n}"] = f.default_factory
            lines.append(f"        {v} = d{n}()")
        else:
            lines.append(f"        raise _Mismatch({f'missing field {f.name!r}'!r})")
        namespace[f"c{n}"] = field_converter
        unchanged = _passes(field_converter, v, n, namespace)
        lines += [
            f"    elif not ({unchanged}):" if unchanged else "    else:",
            "        try:",
            f"            {v} = c{n}({v})",
            "        except _Mismatch as exc:",
            f"            raise _Mismatch(exc.what, {'.' + f.name!r} + exc.where) from None",
        ]
    lines.append(f"    return _tp({', '.join(f'v{n}' for n in range(len(fields)))})")
    exec(compile("\n".join(lines), f"<from_plain {tp.__name__}>", "exec"), namespace)
    built: Converter = namespace["convert"]
    return built


def _building_converter(namespace: dict[str, Any]) -> Converter:
    """What a record calls for a record that holds it, whose converter is still being written."""

    def convert(data: Any) -> Any:
        return namespace["convert"](data)

    return convert


def _passes(converter: Converter, value: str, n: int, namespace: dict[str, Any]) -> str:
    """A Python test that `value` is what `converter` would return unchanged ("": none)."""
    tests = []
    for k, kind in enumerate(_EXACT.get(converter, ())):
        if kind is _NONE:
            tests.append(f"{value} is None")
        else:
            namespace[f"t{n}_{k}"] = kind
            tests.append(f"type({value}) is t{n}_{k}")
    allowed = _ALLOWED.get(converter)
    if allowed is not None:
        namespace[f"a{n}"] = allowed
        tests.append(f"(type({value}) is str and {value} in a{n})")
    return " or ".join(tests)


def _one_of(values: tuple[Any, ...]) -> Converter:
    allowed = frozenset(values)

    def convert(data: Any) -> Any:
        if not isinstance(data, str) or data not in allowed:
            raise _Mismatch(f"expected one of {', '.join(map(repr, values))}")
        return data

    if all(type(v) is str for v in values):
        _ALLOWED[convert] = allowed
    return convert


def _number(data: Any) -> float:
    if isinstance(data, bool) or not isinstance(data, (int, float)):
        raise _Mismatch("expected a number")
    return float(data)


def _exact(tp: type) -> Converter:
    def convert(data: Any) -> Any:
        if not isinstance(data, tp) or (tp is int and isinstance(data, bool)):
            raise _Mismatch(f"expected {tp.__name__}")
        return data

    _EXACT[convert] = (tp,)
    return convert


#: The types a converter of `_exact` (or of `_exact` or None) passes unchanged: a value of
#: exactly one of them (never a bool for int) is taken by records and tuples without calling
#: it; `merge` reads hundreds of thousands of strings and numbers from a few thousand lines.
_EXACT: dict[Converter, tuple[type, ...]] = {}

#: The strings a converter of `_one_of` (a Literal of strings) passes unchanged, for the same
#: shortcut.
_ALLOWED: dict[Converter, frozenset[str]] = {}

_EXACT[_number] = (float,)


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
