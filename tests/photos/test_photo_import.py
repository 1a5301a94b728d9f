"""Importing photos: a camera JPEG stored upright without EXIF, renditions, bad files refused."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from PIL import Image
from sqlalchemy import func, select

from db.models import AuditEvent, PhotoBlob, TreatmentPhoto
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.photos import images
from desktop.services.photos.importing import import_photo
from desktop.services.photos.reading import list_photos, photo_rendition, verify_photo
from tests.photos.photo_support import (
    CAMERA,
    SERIAL,
    bomb_png,
    camera_jpeg,
    png_bytes,
    treated_patient,
)


@pytest.fixture(scope="module")
def twelve_megapixels() -> bytes:
    return camera_jpeg(4000, 3000, orientation=6)


def _stored(ctx: ServiceContext) -> tuple[int, int]:
    with ctx.database.read() as session:
        photos = session.scalar(select(func.count()).select_from(TreatmentPhoto)) or 0
        blobs = session.scalar(select(func.count()).select_from(PhotoBlob)) or 0
    return photos, blobs


def test_a_camera_jpeg_is_stored_upright_without_exif(
    ctx: ServiceContext, twelve_megapixels: bytes
) -> None:
    treated = treated_patient(ctx)
    doctor = treated.physician
    photo = import_photo(
        doctor, treated.session_area_ids[0], "before", "front", twelve_megapixels, "IMG_0001.JPG"
    )
    # Orientation 6: the camera was turned; the photo stands upright (portrait).
    assert (photo.width, photo.height) == (3000, 4000)
    # The time taken is the camera's (local time in the clinic's zone: Istanbul, UTC+3).
    assert photo.taken_at == datetime(2026, 11, 20, 6, 30, tzinfo=UTC)
    stored = {
        size: photo_rendition(doctor, photo.id, size) for size in ("original", "screen", "thumb")
    }
    for rendition in stored.values():
        data = rendition.data
        assert SERIAL.encode() not in data and CAMERA.encode() not in data
        exif = Image.open(io.BytesIO(data)).getexif()
        assert not exif.get_ifd(0x8825), "a GPS position was stored"
        assert 0x8825 not in exif and 0x8769 not in exif
    # The original keeps the camera's compressed image exactly, with only the orientation.
    original = stored["original"]
    assert original.media_type == "image/jpeg"
    assert len(original.data) < len(twelve_megapixels)
    assert dict(Image.open(io.BytesIO(original.data)).getexif()) == {0x0112: 6}
    assert twelve_megapixels.split(b"\xff\xda", 1)[1] == original.data.split(b"\xff\xda", 1)[1]
    # Renditions are upright: the camera's left half (red) is now the top.
    screen = Image.open(io.BytesIO(stored["screen"].data))
    assert screen.size == (1536, 2048)
    top, bottom = screen.getpixel((768, 200)), screen.getpixel((768, 1850))
    assert isinstance(top, tuple) and isinstance(bottom, tuple)
    assert top[0] > 150 > top[2] and bottom[2] > 150 > bottom[0]
    assert max(Image.open(io.BytesIO(stored["thumb"].data)).size) == 256
    assert verify_photo(doctor, photo.id)
    rows = list_photos(doctor, treated.patient_id)
    assert [(r.id, r.kind, r.angle) for r in rows] == [(photo.id, "before", "front")]
    assert rows[0].thumbnail_jpeg == stored["thumb"].data
    with ctx.database.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "photo.import")).one()
    assert event.patient_id == treated.patient_id
    assert "IMG_0001" not in str(event.details)


def test_a_phone_mpo_keeps_only_its_primary_image_without_metadata(ctx: ServiceContext) -> None:
    primary, preview = Image.new("RGB", (300, 200), "red"), Image.new("RGB", (60, 40), "blue")
    exif = Image.Exif()
    exif[0x010F] = CAMERA
    exif.get_ifd(0x8825).update({1: "N", 2: (41.0, 2.0, 30.5)})
    out = io.BytesIO()
    primary.save(out, "MPO", save_all=True, append_images=[preview], exif=exif.tobytes())
    assert out.getvalue().count(CAMERA.encode()) == 2  # in both images
    treated = treated_patient(ctx)
    photo = import_photo(
        treated.physician, treated.session_area_ids[0], "before", "front", out.getvalue(), "m"
    )
    original = photo_rendition(treated.physician, photo.id, "original")
    assert original.media_type == "image/jpeg" and CAMERA.encode() not in original.data
    stored = Image.open(io.BytesIO(original.data))
    assert stored.format == "JPEG" and stored.size == (300, 200)
    assert not stored.getexif()


def test_a_png_with_exif_is_stored_without_it(ctx: ServiceContext) -> None:
    exif = Image.Exif()
    exif[0x010F] = CAMERA
    exif.get_ifd(0x8825).update({1: "N", 2: (41.0, 2.0, 30.5)})
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(out, "PNG", exif=exif.tobytes())
    assert CAMERA.encode() in out.getvalue()
    treated = treated_patient(ctx)
    photo = import_photo(
        treated.physician, treated.session_area_ids[0], "before", "front", out.getvalue(), "p"
    )
    for size in ("original", "screen", "thumb"):
        data = photo_rendition(treated.physician, photo.id, size).data
        assert CAMERA.encode() not in data
        assert not Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825)


def test_a_png_is_kept_losslessly(ctx: ServiceContext) -> None:
    treated = treated_patient(ctx)
    photo = import_photo(
        treated.physician, treated.session_area_ids[1], "after", "left_45", png_bytes(), "x.png"
    )
    original = photo_rendition(treated.physician, photo.id, "original")
    assert original.media_type == "image/png"
    image = Image.open(io.BytesIO(original.data))
    assert image.size == (64, 48) and image.getpixel((5, 5)) == (10, 200, 10, 255)
    assert photo.taken_at == ctx.now()  # no EXIF: the import time


@pytest.mark.parametrize("rendition", ["original", "screen", "thumb"])
def test_a_changed_stored_file_is_detected(ctx: ServiceContext, rendition: str) -> None:
    treated = treated_patient(ctx)
    photo = import_photo(
        treated.physician, treated.session_area_ids[0], "after", "front", png_bytes(), "a.png"
    )
    assert verify_photo(treated.physician, photo.id)
    with ctx.database.write() as session:
        blob = session.get(PhotoBlob, (photo.id, rendition))
        assert blob is not None
        blob.data = bytes(blob.data[:-1]) + b"\x00"
    assert not verify_photo(treated.physician, photo.id)


def _truncated() -> bytes:
    whole = camera_jpeg(800, 600, orientation=1)
    return whole[: len(whole) // 2]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        pytest.param(b"", "empty", id="zero-bytes"),
        pytest.param(b"%PDF-1.7 not a photo at all" * 20, "not a photo", id="not-an-image"),
        pytest.param(_truncated(), "damaged or incomplete", id="truncated"),
        pytest.param(bomb_png(), "far more than any camera", id="decompression-bomb"),
        pytest.param(
            bomb_png(11_000, 10_000),
            "far more than any camera",
            id="110-megapixels",
            marks=pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning"),
        ),
        pytest.param(
            b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64,
            "HEIC",
            id="heic-without-pillow-heif",
        ),
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(
    ctx: ServiceContext, data: bytes, words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if words == "HEIC":  # an installation whose pillow-heif is missing or broken
        monkeypatch.setattr(images, "_heif_available", lambda: False)
    treated = treated_patient(ctx)
    with pytest.raises(ValidationError) as refused:
        import_photo(treated.physician, treated.session_area_ids[0], "before", "front", data, "f")
    assert words in str(refused.value)
    assert _stored(ctx) == (0, 0)


def test_unknown_kind_or_angle_is_refused(ctx: ServiceContext) -> None:
    treated = treated_patient(ctx)
    area = treated.session_area_ids[0]
    with pytest.raises(ValidationError) as refused:
        import_photo(treated.physician, area, "during", "front", png_bytes(), "a.png")
    assert "kind" in refused.value.field_errors
    with pytest.raises(ValidationError) as refused:
        import_photo(treated.physician, area, "before", "top", png_bytes(), "a.png")
    assert "angle" in refused.value.field_errors
    assert _stored(ctx) == (0, 0)


def _heic_with_a_position() -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    exif = Image.Exif()
    exif[0x010F] = CAMERA
    exif.get_ifd(0x8825).update({1: "N", 2: (41.0, 2.0, 30.5)})
    out = io.BytesIO()
    image = Image.new("RGB", (64, 48), (10, 200, 10))
    image.save(out, format="HEIF", exif=exif.tobytes(), quality=95)
    return out.getvalue()


def test_an_iphone_heic_is_stored_as_png_without_its_metadata(ctx: ServiceContext) -> None:
    """pillow-heif is a dependency: a phone's HEIC is read, kept as PNG of its pixels, and its
    camera make and GPS position are not stored."""
    data = _heic_with_a_position()
    assert images.is_heif(data) and CAMERA.encode() in data
    treated = treated_patient(ctx)
    photo = import_photo(
        treated.physician, treated.session_area_ids[0], "before", "front", data, "IMG_0001.HEIC"
    )
    original = photo_rendition(treated.physician, photo.id, "original")
    assert original.media_type == "image/png"
    stored = Image.open(io.BytesIO(original.data))
    assert stored.size == (64, 48)
    pixel = stored.convert("RGB").getpixel((30, 20))
    assert isinstance(pixel, tuple)
    red, green, blue = pixel[:3]
    assert green > 150 and red < 60 and blue < 60  # the photo's own colour (lossy, close)
    for size in ("original", "screen", "thumb"):
        rendition = photo_rendition(treated.physician, photo.id, size).data
        assert CAMERA.encode() not in rendition
        assert not Image.open(io.BytesIO(rendition)).getexif().get_ifd(0x8825)


def test_a_truncated_heic_is_refused_and_nothing_is_stored(ctx: ServiceContext) -> None:
    data = _heic_with_a_position()
    treated = treated_patient(ctx)
    with pytest.raises(ValidationError) as refused:
        import_photo(
            treated.physician, treated.session_area_ids[0], "before", "front", data[:300], "x"
        )
    assert "nothing was imported" in str(refused.value)
    assert _stored(ctx) == (0, 0)
