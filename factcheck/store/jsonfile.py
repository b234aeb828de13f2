"""JSON files that editors may change by hand (claim ledgers, the reviews file): read one into its
record, or say exactly where and how it is broken.

Every failure is a LedgerInvalid naming the file, the line and column (1-based, as editors count),
what is wrong there and how to fix it, so the caller can refuse to overwrite the file.
"""
from __future__ import annotations

import json
import re
import types
from collections.abc import Callable
from json.decoder import scanstring
from pathlib import Path
from typing import Annotated, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from ..errors import LedgerInvalid
from ..text import text_position

R = TypeVar("R", bound=BaseModel)
_DECODER = json.JSONDecoder()
_SPACE = " \t\n\r"


class _NotFinite:
    """NaN or Infinity, which Python's json accepts but JSON does not; kept as this (not a float,
    not a string pydantic would read as one) so validation fails at its place: a NaN in a ledger
    would reach the report, and the report could not be read back."""

    def __init__(self, token: str) -> None:
        self.token = token


# What a record can hold that its model accepts but the rest of factcheck cannot use: the
# location (as pydantic writes locations) and what is wrong there, or None.
Check = Callable[[R], "tuple[tuple[object, ...], str] | None"]


def read_record(path: Path, model: type[R], invalid: type[LedgerInvalid] = LedgerInvalid,
                check: Check | None = None) -> R | None:
    """The record in the file at path, None when there is no file; ``invalid`` is raised when it is
    broken, or when ``check`` finds something wrong in it."""
    record = _read(path, model, invalid)
    problem = check(record) if check is not None and record is not None else None
    if problem is None:
        return record
    text = path.read_bytes().decode("utf-8-sig")
    position, found = locate(text, problem[0])
    line, column = text_position(text, position)
    raise invalid(path=path, line=line, column=column, detail=f"{_dotted(found)}: {problem[1]}")


def _read(path: Path, model: type[R], invalid: type[LedgerInvalid]) -> R | None:
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):  # no such file; whether it can be written is the writer's say
        return None
    except OSError as error:
        raise invalid(path=path, line=1, column=1, detail=f"cannot be read: {error.strerror or error}") from error
    try:
        text = data.decode("utf-8-sig")  # Notepad and friends save UTF-8 with a byte order mark
    except UnicodeDecodeError as error:
        line, column = _byte_position(data, error.start)
        raise invalid(path=path, line=line, column=column, detail=(
            f"byte 0x{data[error.start]:02x} is not UTF-8; save the file as UTF-8")) from error
    _refuse_duplicate_keys(path, text, invalid)
    if "NaN" not in text and "Infinity" not in text:
        try:  # pydantic's own parser is several times faster; the slow path only says where
            return model.model_validate_json(text)
        except ValidationError:
            pass
    too_deep = _nesting_beyond(text, MAX_DEPTH)
    if too_deep is not None:  # Python's parser and pydantic recurse: a deep file would crash them
        line, column = text_position(text, too_deep)
        raise invalid(path=path, line=line, column=column, detail=(
            f"arrays and objects nested more than {MAX_DEPTH} levels deep here (a ledger or reviews file "
            "nests about eight)"))
    try:
        document = json.loads(text, parse_constant=_NotFinite)
    except json.JSONDecodeError as error:
        raise invalid(path=path, line=error.lineno, column=error.colno,
                            detail=f"not valid JSON: {error.msg}") from error
    try:
        return model.model_validate(document)
    except ValidationError as error:
        raise _invalid(invalid, path, text, model, error) from error


class _DuplicateKey(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, object]]) -> None:
    # Returns None, not the object: only the check is wanted, and building nothing is fast.
    if len(pairs) > 1 and len({key for key, _ in pairs}) != len(pairs):
        raise _DuplicateKey


_DUPLICATE_CHECKER = json.JSONDecoder(object_pairs_hook=_no_duplicates)


def _refuse_duplicate_keys(path: Path, text: str, invalid: type[LedgerInvalid]) -> None:
    """A key twice in one object: JSON readers keep the last and silently drop the first (another
    editor's review, an edit), and a rewrite would lose it for good. So it is an error naming both."""
    try:
        _DUPLICATE_CHECKER.decode(text)
        return
    except _DuplicateKey:
        pass
    except (ValueError, RecursionError):
        return  # not JSON: the parse that follows says where
    key, first, second = _first_duplicate(text)
    first_line, _ = text_position(text, first)
    line, column = text_position(text, second)
    raise invalid(path=path, line=line, column=column, detail=(
        f"key {json.dumps(key)} appears twice in one object (lines {first_line} and {line}); a JSON reader keeps "
        "only the last, so the other would be lost: merge the two or remove one"))


def _first_duplicate(text: str) -> tuple[str, int, int]:
    """(key, where it first appears, where it appears again) in the first object naming a key twice.
    A loop over the text, not a recursion, so that no depth of nesting can stop it."""
    frames: list[list] = []  # per open object: [{key: position}, whether a key comes next]; per array: [None, False]
    position = 0
    while position < len(text):
        character = text[position]
        if character == '"':
            value, end = scanstring(text, position + 1)
            if frames and frames[-1][0] is not None and frames[-1][1]:
                keys = frames[-1][0]
                if value in keys:
                    return value, keys[value], position
                keys[value] = position
                frames[-1][1] = False
            position = end
            continue
        if character == "{":
            frames.append([{}, True])
        elif character == "[":
            frames.append([None, False])
        elif character in "}]" and frames:
            frames.pop()
        elif character == "," and frames and frames[-1][0] is not None:
            frames[-1][1] = True
        position += 1
    return "", 0, 0  # not reached: the parser met a duplicate, so this walk meets it too


# A ledger nests about eight levels deep; the parsers recurse once a level.
MAX_DEPTH = 100
_NESTING = re.compile(r'"(?:[^"\\]|\\.)*+"|[\[\]{}]')


def _nesting_beyond(text: str, limit: int) -> int | None:
    """Where text's arrays and objects first nest deeper than limit (strings skipped), or None."""
    depth = 0
    for token in _NESTING.finditer(text):
        mark = token.group()
        if mark in ("[", "{"):
            depth += 1
            if depth > limit:
                return token.start()
        elif mark in ("]", "}"):
            depth -= 1
    return None


def _invalid(invalid: type[LedgerInvalid], path: Path, text: str, model: type[BaseModel],
             error: ValidationError) -> LedgerInvalid:
    first = error.errors()[0]
    location = tuple(first["loc"])
    position, found = locate(text, location)
    where = _dotted(found)
    if first["type"] == "extra_forbidden":
        known = ", ".join(fields_at(model, location[:-1]))
        detail = f"unknown field '{location[-1]}' in {where.rpartition('.')[0] or 'the top level'}; " \
                 f"remove it or correct its name (known fields: {known})"
    elif first["type"] == "missing":
        detail = f"{where}: field '{location[-1]}' is missing; add it"
    elif isinstance(first.get("input"), _NotFinite):
        detail = f"{where}: {first['input'].token} is not a number JSON allows; write a finite number"
    else:
        detail = f"{where}: {first['msg']}"
    line, column = text_position(text, position)
    return invalid(path=path, line=line, column=column, detail=detail)


def _dotted(location: list[object]) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in location).lstrip(".") or "the file"


def locate(text: str, location: tuple[object, ...]) -> tuple[int, list[object]]:
    """Where in text the value at a pydantic error location is (the member's name, for an object
    member), and the parts of the location found there. Parts the text does not hold are skipped:
    pydantic puts a union's tag (the claim kind) in locations, and a missing field is not there."""
    position = _skip_space(text, 0)
    target, found = position, []
    for part in location:
        member = _member(text, position, part)
        if member is None:
            continue
        target, position = member
        found.append(part)
    return target, found


def _member(text: str, position: int, part: object) -> tuple[int, int] | None:
    """(where the member's name or the element starts, where its value starts), or None."""
    opening = text[position:position + 1]
    if opening not in ("{", "[") or (opening == "{") != isinstance(part, str):
        return None
    index, position = 0, _skip_space(text, position + 1)
    while position < len(text) and text[position] not in "}]":
        start = position
        if opening == "{":
            key, position = scanstring(text, position + 1)
            position = _skip_space(text, _skip_space(text, position) + 1)  # past the ':'
            if key == part:
                return start, position
        elif index == part:
            return start, position
        _, position = _DECODER.raw_decode(text, position)
        position = _skip_space(text, position)
        position = _skip_space(text, position + 1) if text[position:position + 1] == "," else position
        index += 1
    return None


def fields_at(model: type[BaseModel], location: tuple[object, ...]) -> list[str]:
    """The field names of the record at a location of model, [] when it is not a record."""
    current: object = model
    for part in location:
        current = _step(_unwrap(current), part)
        if current is None:
            return []
    current = _unwrap(current)
    return list(current.model_fields) if isinstance(current, type) and issubclass(current, BaseModel) else []


def _step(annotation: object, part: object) -> object:
    origin, arguments = get_origin(annotation), get_args(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        field = annotation.model_fields.get(part) if isinstance(part, str) else None
        return field.annotation if field else None
    if origin is list and isinstance(part, int):
        return arguments[0]
    if origin is dict and isinstance(part, str):
        return arguments[1]
    if origin in (Union, types.UnionType):  # a tagged union: the part is the tag (the claim kind)
        return next((member for member in arguments if isinstance(member, type) and issubclass(member, BaseModel)
                     and "kind" in member.model_fields and member.model_fields["kind"].default == part), None)
    return None


def _unwrap(annotation: object) -> object:
    """Annotated[X, ...] -> X and X | None -> X: neither shows in a location."""
    while True:
        origin, arguments = get_origin(annotation), get_args(annotation)
        members = [member for member in arguments if member is not type(None)]
        if origin is Annotated:
            annotation = arguments[0]
        elif origin in (Union, types.UnionType) and len(members) == 1:
            annotation = members[0]
        else:
            return annotation


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in _SPACE:
        position += 1
    return position


def _byte_position(data: bytes, position: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, position) + 1
    if line_start == 0 and data.startswith(b"\xef\xbb\xbf"):
        line_start = 3  # editors do not count the byte order mark as a column
    column = len(data[line_start:position].decode("utf-8", "replace")) + 1
    return data.count(b"\n", 0, position) + 1, column
