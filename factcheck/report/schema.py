"""A JSON Schema (draft 2020-12) of what ``--format json`` prints; ``factcheck schema`` shows it."""

from __future__ import annotations

from typing import Any

from ..model import CLAIM_TYPES, VERDICTS, Frame
from .json_out import VERSION

_NUM = {"type": ["number", "null"]}
_STR = {"type": ["string", "null"]}
_COUNT = {
    "type": "object",
    "required": ["nominal", "low", "high", "qualifier", "unit"],
    "properties": {
        "nominal": _NUM,
        "low": _NUM,
        "high": _NUM,
        "qualifier": {"type": "string"},
        "unit": {"type": "string"},
    },
    "additionalProperties": False,
}
_DATE = {
    "type": "object",
    "required": ["date", "event"],
    "properties": {
        "date": {"type": "string", "pattern": r"^\d{4}(-\d\d(-\d\d)?)?$"},
        "event": {"type": "string"},
        "precision": {"enum": ["day", "month", "year"]},
        "relative": {"type": "boolean"},
    },
    "additionalProperties": False,
}
_PARTICIPANTS = {
    "type": "object",
    "required": ["countries"],
    "properties": {"countries": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}}},
    "additionalProperties": False,
}
_PERSON = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "role": _STR},
    "additionalProperties": False,
}
_TYPES = list(CLAIM_TYPES)
_FRAME = {
    "type": "object",
    "description": "What the claim is about; claims join one finding only when their frames agree.",
    "required": list(Frame.__slots__),
    "properties": {name: _STR for name in Frame.__slots__},
    "additionalProperties": False,
}


def schema(*, claims_only: bool = False) -> dict[str, Any]:
    """The schema of ``compare --format json`` (or, with ``claims_only``, of ``extract --format json``)."""
    value = {
        "oneOf": [
            {"$ref": "#/$defs/count"},
            {"$ref": "#/$defs/date"},
            {"$ref": "#/$defs/participants"},
            {"$ref": "#/$defs/person"},
        ]
    }
    document = {
        "type": "object",
        "required": ["id", "published"],
        "properties": {
            "id": {"type": "string"},
            "path": {"type": "string"},
            "title": _STR,
            "published": {"type": ["string", "null"], "format": "date"},
            "outlet": _STR,
            "url": _STR,
            "characters": {"type": "integer"},
        },
    }
    claim = {
        "type": "object",
        "required": ["id", "document", "type", "value", "text", "start", "end", "sentence"],
        "properties": {
            "id": {"type": "string"},
            "document": {"type": "string"},
            "type": {"enum": _TYPES},
            "value": {"$ref": "#/$defs/value"},
            "text": {"type": "string"},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "sentence": {"type": "string"},
            "key": {"type": "string"},
            "subject": _STR,
            "scope": {"enum": ["story", "background"]},
            "attribution": _STR,
            "frame": _FRAME,
        },
    }
    finding = {
        "type": "object",
        "required": ["id", "type", "verdict", "values"],
        "properties": {
            "id": {"type": "string"},
            "type": {"enum": _TYPES},
            "key": {"type": "string"},
            "verdict": {"enum": list(VERDICTS)},
            "values": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "required": ["value", "documents"],
                    "properties": {
                        "value": {"$ref": "#/$defs/value"},
                        "documents": {"type": "array", "items": {"type": "string"}},
                        "claims": {"type": "array", "items": {"type": "string"}},
                        "outlets": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
            "documents": {"type": "array", "items": {"type": "string"}},
            "outlets": {"type": "array", "items": {"type": "string"}},
            "note": {"type": "string"},
            "consensus": {"oneOf": [{"$ref": "#/$defs/value"}, {"type": "null"}]},
            "latest": {"oneOf": [{"$ref": "#/$defs/value"}, {"type": "null"}]},
            "trend": {"enum": ["rising", "falling", None]},
            "sequence": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["date", "document", "value"],
                    "properties": {
                        "date": {"type": "string", "format": "date"},
                        "document": {"type": "string"},
                        "value": {"$ref": "#/$defs/value"},
                    },
                },
            },
            "story": {"type": ["string", "null"], "description": "the id of the finding's story"},
        },
    }
    story = {
        "type": "object",
        "required": ["id", "label", "documents", "first_published", "last_published"],
        "properties": {
            "id": {"type": "string"},
            "label": {"type": "string"},
            "documents": {"type": "array", "items": {"type": "string"}},
            "first_published": {"type": ["string", "null"], "format": "date"},
            "last_published": {"type": ["string", "null"], "format": "date"},
        },
    }
    source = {
        "type": "object",
        "required": ["document", "outlet", "published", "agree", "contradict", "only"],
        "properties": {
            "document": {"type": "string"},
            "outlet": _STR,
            "published": {"type": ["string", "null"], "format": "date"},
            "agree": {"type": "integer", "minimum": 0},
            "contradict": {"type": "integer", "minimum": 0},
            "only": {"type": "integer", "minimum": 0},
        },
    }
    error = {
        "type": "object",
        "required": ["path", "reason"],
        "properties": {"path": {"type": "string"}, "reason": {"type": "string"}},
    }
    required = ["version", "documents", "claims", "errors"] + ([] if claims_only else ["findings"])
    props: dict[str, Any] = {
        "version": {"const": VERSION},
        "documents": {"type": "array", "items": document},
        "claims": {"type": "array", "items": claim},
        "errors": {"type": "array", "items": error},
    }
    if not claims_only:
        props["findings"] = {"type": "array", "items": finding}
        props["sources"] = {"type": "array", "items": source}
        props["stories"] = {"type": "array", "items": story}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "factcheck " + ("extract" if claims_only else "compare") + " output, contract v1",
        "type": "object",
        "required": required,
        "properties": props,
        "$defs": {"value": value, "count": _COUNT, "date": _DATE, "participants": _PARTICIPANTS, "person": _PERSON},
    }
