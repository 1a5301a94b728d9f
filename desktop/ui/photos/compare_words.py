"""Photo kinds and angles in the interface language, and the caption under a compared photo."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from desktop.formatting import format_short_date
from desktop.services.photos.comparison import ComparedPhoto
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

CONTEXT = "PhotoWords"

KIND_WORDS = {
    "before": QT_TRANSLATE_NOOP("PhotoWords", "Before"),
    "after": QT_TRANSLATE_NOOP("PhotoWords", "After"),
    "follow_up": QT_TRANSLATE_NOOP("PhotoWords", "Follow-up"),
}
ANGLE_WORDS = {
    "front": QT_TRANSLATE_NOOP("PhotoWords", "Front"),
    "left": QT_TRANSLATE_NOOP("PhotoWords", "Left side"),
    "right": QT_TRANSLATE_NOOP("PhotoWords", "Right side"),
    "left_45": QT_TRANSLATE_NOOP("PhotoWords", "Left 45°"),
    "right_45": QT_TRANSLATE_NOOP("PhotoWords", "Right 45°"),
    "other": QT_TRANSLATE_NOOP("PhotoWords", "Other angle"),
}


def kind_word(code: str) -> str:
    return QCoreApplication.translate(CONTEXT, KIND_WORDS.get(code, code))


def angle_word(code: str) -> str:
    return QCoreApplication.translate(CONTEXT, ANGLE_WORDS.get(code, code))


def caption(photo: ComparedPhoto, zone: tzinfo) -> str:
    """Two lines: kind and angle; the day taken, the session's day and the area's depth."""
    taken = format_short_date(photo.taken_at.astimezone(zone))
    session = format_short_date(photo.session_starts_at.astimezone(zone))
    depth = (
        QCoreApplication.translate("PhotoWords", "depth {depth} µm").format(depth=photo.depth_um)
        if photo.depth_um is not None
        else QCoreApplication.translate("PhotoWords", "depth not recorded")
    )
    first = f"{kind_word(photo.kind.value)} · {angle_word(photo.angle.value)}"
    second = QCoreApplication.translate(
        "PhotoWords", "taken {taken} · session of {session} · {depth}"
    ).format(taken=taken, session=session, depth=depth)
    return f"{first}\n{second}"
