"""What the signature pad hands the services, checked and normalised before it is stored."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import msg

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_PNG_BYTES = 2_000_000
MAX_POINTS = 50_000


@dataclass(frozen=True)
class SignatureInput:
    """What the signature pad captured: strokes of [x, y, pressure, t_ms] points, and the
    image rendered from them (PNG bytes). Pressure is 1.0 where the device gives none."""

    strokes: Sequence[Sequence[Sequence[float]]]
    png: bytes


def checked_strokes(strokes: Sequence[Sequence[Sequence[float]]]) -> list[list[list[float]]]:
    """The strokes as stored: [x, y] to 0.1 px, pressure to 0.001, time in whole ms.

    Rounded once here so that what is hashed is exactly what the database gives back
    (JSON on SQLite, JSONB on PostgreSQL) on every engine.
    """
    empty = ValidationError(
        {"signature": msg("The signature is empty. Ask the patient to sign in the box.")}
    )
    cleaned: list[list[list[float]]] = []
    count = 0
    try:
        for stroke in strokes:
            points = []
            for point in stroke:
                x, y, pressure, t_ms = (float(v) for v in point)
                if not all(math.isfinite(v) for v in (x, y, pressure, t_ms)):
                    raise ValueError("not finite")
                pressure = min(max(pressure, 0.0), 1.0)
                points.append([round(x, 1), round(y, 1), round(pressure, 3), int(t_ms)])
            count += len(points)
            if points:
                cleaned.append(points)
    except (TypeError, ValueError) as error:
        raise ValidationError(
            {"signature": msg("The signature could not be read. Clear it and sign again.")}
        ) from error
    if count > MAX_POINTS:
        raise ValidationError(
            {"signature": msg("The signature is too long. Clear it and sign again.")}
        )
    places = {(p[0], p[1]) for s in cleaned for p in s}
    if len(places) < 2:
        raise empty
    return cleaned


def check_png(png: bytes) -> None:
    if not png or not bytes(png).startswith(PNG_MAGIC):
        raise ValidationError(
            {"signature": msg("The signature image is missing. Clear it and sign again.")}
        )
    if len(png) > MAX_PNG_BYTES:
        raise ValidationError(
            {"signature": msg("The signature image is too large. Clear it and sign again.")}
        )
