"""Helpers for the photo tests: camera-like JPEGs made with Pillow, a patient with a session."""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass
from datetime import date

from PIL import Image
from sqlalchemy import select

from db.codes import ConsentKind
from db.models import SessionArea
from desktop.services.common.context import Actor, ServiceContext
from tests.consent_support import sign
from tests.sessions_support import add_staff, book, screened_patient

SERIAL = "SN-PEEL-0042"
CAMERA = "PeelCam"
TAKEN = "2026:11:20 09:30:00"


def camera_jpeg(width: int = 4000, height: int = 3000, orientation: int = 6) -> bytes:
    """A JPEG as a camera writes it: left half red, right half blue, with EXIF orientation,
    GPS position, camera make and body serial number, and the time taken."""
    image = Image.new("RGB", (width, height), (220, 30, 30))
    image.paste((30, 30, 220), (width // 2, 0, width, height))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = CAMERA
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (41.0, 2.0, 30.5), 3: "E", 4: (28.0, 58.0, 12.0)})
    details = exif.get_ifd(0x8769)
    details.update({0x9003: TAKEN, 0xA431: SERIAL})
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def png_bytes(width: int = 64, height: int = 48, mode: str = "RGBA") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), (10, 200, 10, 255)[: len(mode)]).save(out, format="PNG")
    return out.getvalue()


def bomb_png(width: int = 20_000, height: int = 20_000) -> bytes:
    """A PNG header claiming width × height pixels with a little data: a decompression bomb."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * 4)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


@dataclass(frozen=True)
class TreatedPatient:
    patient_id: int
    session_id: int
    session_area_ids: tuple[int, ...]
    physician: ServiceContext
    reception: ServiceContext


def treated_patient(ctx: ServiceContext, *, photo_consent: bool = True) -> TreatedPatient:
    """A patient with a booked session on two areas, and physician/reception contexts."""
    physician_id = add_staff(ctx, "dr_photo", "Dr Foto")
    reception_id = add_staff(ctx, "desk_photo", "Desk", role="reception")
    patient_id = screened_patient(ctx)
    detail = book(ctx, patient_id, physician_id, date(2026, 11, 27), codes=("forehead", "cheeks"))
    with ctx.database.read() as session:
        area_ids = tuple(
            session.scalars(
                select(SessionArea.id)
                .where(SessionArea.session_id == detail.id)
                .order_by(SessionArea.id)
            )
        )
    physician = ServiceContext(
        database=ctx.database,
        actor=Actor(physician_id, "Dr Foto", "physician"),
        clock=ctx.clock,
        zone=ctx.zone,
    )
    reception = ServiceContext(
        database=ctx.database,
        actor=Actor(reception_id, "Desk", "reception"),
        clock=ctx.clock,
        zone=ctx.zone,
    )
    if photo_consent:
        sign(physician, patient_id, ConsentKind.PHOTOGRAPHY)
    return TreatedPatient(patient_id, detail.id, area_ids, physician, reception)
