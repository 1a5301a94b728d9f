"""The before/after comparison sheet: two or four photos of one treated area, side by side.

Plain data in, PDF bytes out. The photos come as the screen renditions (≤ 2048 px JPEG): at
the printed size (≤ 85 mm wide) that is over 300 dpi, and ReportLab embeds the JPEG bytes as
they are, so a sheet stays a few megabytes where originals would weigh up to 50 MP each.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from html import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from desktop.printing.layout import (
    ClinicIdentity,
    DocumentMeta,
    build_pdf,
    content_width,
    styles,
    table_style_commands,
)
from desktop.printing.words import printed, printed_word, translated

FILE_COPY = "file"
PATIENT_COPY = "patient"

KIND_WORDS = {
    "before": printed_word("Before"),
    "after": printed_word("After"),
    "follow_up": printed_word("Follow-up"),
}
ANGLE_WORDS = {
    "front": printed_word("Front"),
    "left": printed_word("Left side"),
    "right": printed_word("Right side"),
    "left_45": printed_word("Left 45°"),
    "right_45": printed_word("Right 45°"),
    "other": printed_word("Other angle"),
}
_GAP = 6 * mm


@dataclass(frozen=True)
class SheetPhoto:
    image: bytes  # JPEG (the screen rendition)
    width: int
    height: int
    kind: str  # a PhotoKind value
    angle: str  # a PhotoAngle value
    taken_on: str  # 20.11.2026
    session_on: str  # the session's day
    depth_um: int | None  # the area's peel depth in that session


@dataclass(frozen=True)
class PhotoSheet:
    clinic: ClinicIdentity
    language: str
    copy: str  # FILE_COPY or PATIENT_COPY
    patient_name: str
    area_name: str
    printed_on: str
    photos: tuple[SheetPhoto, ...]  # 2 or 4, oldest first


def _photo_cell(photo: SheetPhoto, box_width: float, box_height: float, language: str) -> list:
    scale = min(box_width / photo.width, box_height / photo.height)
    picture = Image(io.BytesIO(photo.image), width=photo.width * scale, height=photo.height * scale)
    style = styles()
    kind = translated(KIND_WORDS.get(photo.kind, photo.kind), language)
    angle = translated(ANGLE_WORDS.get(photo.angle, photo.angle), language)
    depth = (
        printed("depth {depth} µm", language, depth=photo.depth_um)
        if photo.depth_um is not None
        else printed("depth not recorded", language)
    )
    return [
        picture,
        Spacer(1, 2 * mm),
        Paragraph(f"<b>{escape(kind)}</b> · {escape(angle)}", style["cell"]),
        Paragraph(escape(printed("Taken {day}", language, day=photo.taken_on)), style["cell"]),
        Paragraph(
            escape(printed("Session of {day}", language, day=photo.session_on) + f" · {depth}"),
            style["cell"],
        ),
    ]


def build_photo_sheet_pdf(sheet: PhotoSheet) -> bytes:
    """The sheet as PDF: a header with the patient and area, then the photos in a grid."""
    if len(sheet.photos) not in (2, 4):
        raise ValueError("a comparison sheet holds two or four photos")
    language = sheet.language
    style = styles()
    title = printed("Before and after: {area}", language, area=sheet.area_name)
    copy_line = (
        printed("Physician's file copy (clinical record, confidential)", language)
        if sheet.copy == FILE_COPY
        else printed("Patient copy (given with the patient's marketing consent)", language)
    )
    info = Table(
        [
            [printed("Patient", language), sheet.patient_name],
            [printed("Area", language), sheet.area_name],
            [printed("Printed", language), sheet.printed_on],
        ],
        colWidths=[30 * mm, content_width() - 30 * mm],
    )
    info.setStyle(TableStyle(table_style_commands()))
    column = (content_width() - _GAP) / 2
    # Two photos get most of the page; four share it in two rows.
    box_height = 150 * mm if len(sheet.photos) == 2 else 82 * mm
    cells = [_photo_cell(p, column, box_height, language) for p in sheet.photos]
    rows = [cells[n : n + 2] for n in range(0, len(cells), 2)]
    grid = Table(rows, colWidths=[column + _GAP / 2] * 2)
    grid.setStyle(
        TableStyle(
            [
                *table_style_commands(),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), _GAP / 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
            ]
        )
    )
    story: list[Flowable] = [
        Paragraph(escape(title), style["title"]),
        Paragraph(escape(copy_line), style["small"]),
        Spacer(1, 2 * mm),
        info,
        Spacer(1, 5 * mm),
        grid,
    ]
    meta = DocumentMeta(
        title=title,
        language=language,
        clinic=sheet.clinic,
        subject=sheet.patient_name,
        footer_note=copy_line,
    )
    return build_pdf(meta, story)
