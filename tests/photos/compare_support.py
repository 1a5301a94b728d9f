"""A patient with a series of photos of one area to compare (three from the front over two
weeks, one from the left), the session of 27.11.2026 recorded at 60 µm."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from PIL import Image, ImageDraw

from desktop.services.common.context import ServiceContext
from desktop.services.photos.importing import import_photo
from desktop.services.sessions import records as sessions
from tests.photos.photo_support import TreatedPatient, treated_patient
from tests.sessions_support import record_done

DAYS = (
    datetime(2026, 11, 27, 10, 0, tzinfo=UTC),  # the session's day, after it began
    datetime(2026, 12, 4, 9, 0, tzinfo=UTC),
    datetime(2026, 12, 11, 9, 0, tzinfo=UTC),
)


def plain_jpeg(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    """A JPEG without EXIF (so it is taken when imported): a coloured field with a white
    disc off-centre, to see that two photos line up."""
    image = Image.new("RGB", (width, height), colour)
    ImageDraw.Draw(image).ellipse((width // 4, height // 4, width // 2, height // 2), "white")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()


def _at(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


@dataclass(frozen=True)
class ComparedPatient:
    treated: TreatedPatient
    front: tuple[int, int, int]  # forehead, from the front, oldest first
    left: int  # forehead, from the left
    other_area: int  # cheeks, from the front


def compared_patient(ctx: ServiceContext) -> ComparedPatient:
    treated = treated_patient(ctx)
    forehead, cheeks = treated.session_area_ids
    front = []
    for n, (day, kind) in enumerate(zip(DAYS, ("before", "after", "follow_up"), strict=True)):
        doctor = replace(treated.physician, clock=_at(day))
        picture = plain_jpeg(640, 480, (200 - 60 * n, 80 + 40 * n, 90))
        front.append(import_photo(doctor, forehead, kind, "front", picture, f"{n}.jpg").id)
    doctor = replace(treated.physician, clock=lambda: DAYS[0])
    left = import_photo(doctor, forehead, "before", "left", plain_jpeg(320, 240, (9, 9, 9)), "l").id
    other = import_photo(doctor, cheeks, "before", "front", plain_jpeg(320, 240, (9, 9, 9)), "c").id
    record_done(doctor, sessions.get_session(doctor, treated.session_id), depth=60)
    return ComparedPatient(treated, (front[0], front[1], front[2]), left, other)
