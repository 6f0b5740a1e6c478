"""JSON for requests in Redis (scrapy-redis ``SCHEDULER_SERIALIZER``), instead of scrapy-redis' pickle.

A pickled request runs code when it is loaded, so anyone who can write to the shared Redis could run
code on every worker. A request is stored as ``Request.to_dict()`` in JSON: bytes (body, headers) as
``{"__b64__": …}``, everything else must already be JSON (callbacks travel by name, spiders keep
cb_kwargs and meta plain: newscrawl/spiders/base.py). A value that is not JSON fails at enqueue with
the request's URL, never silently; a stored ``_class`` is honoured only for Scrapy's request classes.
"""
from __future__ import annotations

import base64
import json
from typing import Any

from scrapy import Request
from scrapy.utils.misc import load_object

# Request classes a stored request may name (request_from_dict imports and calls what `_class` names).
ALLOWED_CLASS_PREFIXES = ("scrapy.http.", "scrapy.Request", "scrapy.FormRequest")


class UnsafeRequest(ValueError):
    """A stored request names a class outside Scrapy's request classes."""


def _default(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        return {"__b64__": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, (tuple, set, frozenset)):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON: keep cb_kwargs and meta plain data")


def _hook(obj: dict[str, Any]) -> Any:
    if len(obj) == 1 and "__b64__" in obj:
        return base64.b64decode(obj["__b64__"])
    return obj


def dumps(obj: dict[str, Any]) -> bytes:
    if isinstance(obj.get("headers"), dict):  # bytes keys: stored as [name, values] pairs
        obj = {**obj, "headers": [[name, values] for name, values in obj["headers"].items()]}
    try:
        return json.dumps(obj, default=_default, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except TypeError as error:
        raise TypeError(f"request {obj.get('url')} cannot be queued in Redis: {error}") from None


def loads(data: bytes | str) -> dict[str, Any]:
    obj = json.loads(data, object_hook=_hook)
    if isinstance(obj.get("headers"), list):
        obj["headers"] = [(name, values) for name, values in obj["headers"]]
    name = obj.get("_class")
    if name is not None:
        if not isinstance(name, str) or not name.startswith(ALLOWED_CLASS_PREFIXES):
            raise UnsafeRequest(f"stored request names class {name!r}: not a Scrapy request class")
        if not (isinstance(cls := load_object(name), type) and issubclass(cls, Request)):
            raise UnsafeRequest(f"stored request names {name!r}, which is not a Request class")
    return obj
