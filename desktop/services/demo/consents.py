"""Signed consents for the demo clinic: the patients with open bookings have signed what their
sessions need (plus, for many, the photo and contact consents), through the real signing code,
so the demo can record them and shows signatures, proofs and prints.

Only those patients, and at most MAX_SIGNING of them: each signature is an audit event chained
one after the other, and a huge benchmark database does not need them. Everybody else signs at
the desk when booking, as in a real clinic.
"""

from __future__ import annotations

import itertools
import random
import struct
import zlib
from collections.abc import Iterable, Mapping

from db.codes import ConsentKind, Language
from desktop.services.common.context import ServiceContext
from desktop.services.consent.signing import sign_in_session
from desktop.services.consent.templates import current_row

MAX_SIGNING = 1_000
_CHUNK = 200
_WIDTH, _HEIGHT = 240, 80


def sign_demo_consents(
    ctx: ServiceContext,
    needs: Mapping[int, set[ConsentKind]],
    languages: Mapping[int, str],
    witness_id: int,
    rng: random.Random,
) -> int:
    """Sign ``needs[patient]`` (and some optional consents) for up to MAX_SIGNING patients."""
    chosen = sorted(needs)[:MAX_SIGNING]
    signed = 0
    for start in range(0, len(chosen), _CHUNK):
        with ctx.database.write() as session:
            for patient_id in chosen[start : start + _CHUNK]:
                kinds = set(needs[patient_id]) | {ConsentKind.TREATMENT_STANDARD}
                if rng.random() < 0.7:
                    kinds.add(ConsentKind.PHOTOGRAPHY)
                if rng.random() < 0.4:
                    kinds.add(ConsentKind.MARKETING)
                language = Language(languages.get(patient_id, "tr"))
                for kind in [k for k in ConsentKind if k in kinds]:
                    template = current_row(session, kind, language)
                    if template is None:
                        continue
                    strokes = _strokes(rng)
                    png = render_png(strokes)
                    sign_in_session(session, ctx, patient_id, template.id, strokes, png, witness_id)
                    signed += 1
    return signed


def _strokes(rng: random.Random) -> list[list[list[float]]]:
    """A scribbled signature: two or three strokes of 20-40 points (x, y, pressure, ms)."""
    strokes = []
    t = 0
    x = 15.0
    for _ in range(rng.choice((2, 3))):
        points = []
        y = 40.0 + rng.uniform(-10, 10)
        for _ in range(rng.randrange(20, 40)):
            x = min(x + rng.uniform(1.5, 5.5), _WIDTH - 5)
            y = min(max(y + rng.uniform(-9, 9), 8), _HEIGHT - 8)
            points.append([round(x, 1), round(y, 1), round(rng.uniform(0.3, 0.9), 3), t])
            t += rng.randrange(6, 14)
        strokes.append(points)
        x += rng.uniform(4, 12)
        t += 150
    return strokes


def render_png(strokes: Iterable[Iterable[Iterable[float]]]) -> bytes:
    """The strokes drawn as black lines on white, as a greyscale PNG (no imaging library)."""
    pixels = bytearray(b"\xff" * (_WIDTH * _HEIGHT))
    for stroke in strokes:
        points = [(p[0], p[1]) for p in (list(q) for q in stroke)]
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            steps = int(max(abs(x1 - x0), abs(y1 - y0))) + 1
            for n in range(steps + 1):
                x = round(x0 + (x1 - x0) * n / steps)
                y = round(y0 + (y1 - y0) * n / steps)
                for dx, dy in ((0, 0), (1, 0), (0, 1)):
                    if 0 <= x + dx < _WIDTH and 0 <= y + dy < _HEIGHT:
                        pixels[(y + dy) * _WIDTH + x + dx] = 0
    raw = b"".join(
        b"\x00" + bytes(pixels[row * _WIDTH : (row + 1) * _WIDTH]) for row in range(_HEIGHT)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", _WIDTH, _HEIGHT, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )
