"""Turning an imported file into what PeelDesk stores: checked, turned upright, without EXIF.

Pure image work (Pillow, no database), so it can be measured and tested on its own.

- Refused with a sentence for the user, nothing stored: a 0-byte file, not an image, a
  truncated file, more than ``MAX_PIXELS`` pixels (a "decompression bomb" such as
  20,000 × 20,000 is refused from its header, before any pixel is decoded), HEIC without
  pillow-heif.
- The original is kept losslessly. A JPEG keeps its compressed bytes exactly (no re-encoding):
  only its metadata segments are dropped (EXIF, XMP, IPTC, comments, maker segments and
  anything after the end of the image, where phones append previews that carry their own
  EXIF), and a minimal EXIF holding only the orientation is written back, so every viewer
  shows it upright. Other formats (PNG, HEIC) are stored as PNG of the upright pixels.
- A screen rendition (≤ 2048 px, JPEG q85) and a thumbnail (≤ 256 px, JPEG q80) are made
  once, from the upright pixels, without metadata.
"""

from __future__ import annotations

import hashlib
import io
import struct
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo

from PIL import Image, ImageOps, UnidentifiedImageError

from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import msg

# 50-MP cameras are the largest the clinics use; twice that is refused as a bomb.
MAX_PIXELS = 100_000_000
# Pillow refuses (DecompressionBombError) from twice this, before decoding; between, it warns
# and prepare_photo() refuses from the header's size.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
SCREEN_EDGE = 2048
THUMB_EDGE = 256
SCREEN_QUALITY = 85
THUMB_QUALITY = 80
_ORIENTATION = 0x0112
_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 0x9003
_OFFSET_TIME_ORIGINAL = 0x9011
# JPEG segments kept as they are: JFIF/JFXX (APP0), the colour profile (APP2 ICC_PROFILE),
# Adobe's colour transform (APP14), and the coding tables and frame header.
_KEPT_APP = {0xE0, 0xEE}
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")


@dataclass(frozen=True)
class Rendition:
    media_type: str
    width: int
    height: int
    data: bytes


@dataclass(frozen=True)
class PreparedPhoto:
    original: Rendition
    screen: Rendition
    thumb: Rendition
    sha256: str  # of original.data
    # The camera's DateTimeOriginal, if it had one that makes sense.
    taken_at: datetime | None


def _refuse(message: str) -> ValidationError:
    return ValidationError({"file": message})


def _too_large(file_name: str) -> ValidationError:
    return _refuse(
        msg(
            "The file {name} claims more than {limit} million pixels, far more than any camera "
            "photo: it was refused and nothing was imported.",
            name=file_name,
            limit=MAX_PIXELS // 1_000_000,
        )
    )


def is_heif(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS


def _heif_available() -> bool:
    try:
        import pillow_heif  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


def prepare_photo(data: bytes, file_name: str, zone: tzinfo) -> PreparedPhoto:
    """Check one imported file and make everything stored from it (raises ValidationError)."""
    if not data:
        raise _refuse(
            msg("The file {name} is empty (0 bytes): nothing was imported.", name=file_name)
        )
    if is_heif(data) and not _heif_available():
        raise _refuse(
            msg(
                "HEIC photos (iPhone) are not supported on this computer. Export the photo as "
                "JPEG (on the iPhone: Settings › Camera › Formats › Most Compatible) and import "
                "that."
            )
        )
    try:
        image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        raise _too_large(file_name) from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise _refuse(
            msg(
                "The file {name} is not a photo PeelDesk can read (JPEG, PNG or HEIC): nothing "
                "was imported.",
                name=file_name,
            )
        ) from None
    width, height = image.size
    if width * height > MAX_PIXELS or width <= 0 or height <= 0:
        raise _too_large(file_name)
    image_format = image.format or ""
    try:
        image.load()
    except Image.DecompressionBombError:
        raise _too_large(file_name) from None
    except (OSError, ValueError, SyntaxError, struct.error):
        raise _refuse(
            msg(
                "The file {name} is damaged or incomplete (perhaps not fully copied from the "
                "camera): nothing was imported. Copy it again and retry.",
                name=file_name,
            )
        ) from None
    exif = image.getexif()
    orientation = int(exif.get(_ORIENTATION, 1) or 1)
    taken_at = _taken_at(exif, zone)
    upright = ImageOps.exif_transpose(image)
    # Phones and cameras often write MPO: a JPEG whose APP2 indexes further images appended
    # after its end (depth maps, previews). Only the first, primary image is kept.
    if image_format in {"JPEG", "MPO"}:
        original = _jpeg_without_metadata(data, orientation if 2 <= orientation <= 8 else 1)
        original_rendition = Rendition("image/jpeg", upright.width, upright.height, original)
    else:
        original_rendition = _png(upright)
    screen = _smaller(upright, SCREEN_EDGE, SCREEN_QUALITY)
    thumb = _smaller(screen.image, THUMB_EDGE, THUMB_QUALITY)
    return PreparedPhoto(
        original=original_rendition,
        screen=screen.rendition,
        thumb=thumb.rendition,
        sha256=hashlib.sha256(original_rendition.data).hexdigest(),
        taken_at=taken_at,
    )


def _taken_at(exif: Image.Exif, zone: tzinfo) -> datetime | None:
    details = exif.get_ifd(_EXIF_IFD)
    text = details.get(_DATETIME_ORIGINAL)
    if not isinstance(text, str):
        return None
    try:
        when = datetime.strptime(text.strip().rstrip("\x00"), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    offset = details.get(_OFFSET_TIME_ORIGINAL)
    place: tzinfo = zone
    if isinstance(offset, str) and len(offset) >= 6 and offset[0] in "+-":
        try:
            minutes = int(offset[1:3]) * 60 + int(offset[4:6])
            place = timezone(timedelta(minutes=minutes if offset[0] == "+" else -minutes))
        except ValueError:
            place = zone
    return when.replace(tzinfo=place)


def _minimal_exif(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[_ORIENTATION] = orientation
    payload = exif.tobytes()
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def _jpeg_without_metadata(data: bytes, orientation: int) -> bytes:
    """The JPEG's own compressed image with every metadata segment removed (no re-encoding)."""
    out = bytearray(b"\xff\xd8")
    if orientation != 1:
        out += _minimal_exif(orientation)
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            raise ValueError("not a JPEG segment")
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        length = struct.unpack(">H", data[position + 2 : position + 4])[0]
        segment = data[position : position + 2 + length]
        if marker == 0xDA:  # start of scan: the compressed image, up to the end marker
            end = data.find(b"\xff\xd9", position)
            out += data[position : (len(data) if end < 0 else end + 2)]
            return bytes(out)
        is_app = 0xE0 <= marker <= 0xEF
        keep = not is_app and marker != 0xFE
        if marker in _KEPT_APP or (marker == 0xE2 and segment[4:16] == b"ICC_PROFILE\x00"):
            keep = True
        if keep:
            out += segment
        position += 2 + length
    raise ValueError("JPEG without image data")


def _png(image: Image.Image) -> Rendition:
    if image.mode not in {"1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA"}:
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=6)
    return Rendition("image/png", image.width, image.height, out.getvalue())


@dataclass(frozen=True)
class _Smaller:
    image: Image.Image
    rendition: Rendition


def _smaller(image: Image.Image, edge: int, quality: int) -> _Smaller:
    """A JPEG no larger than ``edge`` px (a large RGB ``image`` is shrunk in place: no copy)."""
    if image.mode != "RGB":
        if "A" in image.getbands() or image.mode == "P":
            rgba = image.convert("RGBA")
            flat = Image.new("RGB", rgba.size, "white")
            flat.paste(rgba, mask=rgba.getchannel("A"))
            image = flat
        else:
            image = image.convert("RGB")
    small = image.copy() if max(image.size) <= edge else image
    small.thumbnail((edge, edge), Image.Resampling.LANCZOS, reducing_gap=3.0)
    out = io.BytesIO()
    small.save(out, format="JPEG", quality=quality, optimize=True)
    return _Smaller(small, Rendition("image/jpeg", small.width, small.height, out.getvalue()))
