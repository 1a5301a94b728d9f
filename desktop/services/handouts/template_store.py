"""Handout templates as the clinic stores them: the shipped defaults, the clinic's edited copies,
and the administrator's list / view / save / reset of them.

What a template may contain (placeholders, depth tiers) is templates.py's business.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import HandoutTemplate
from desktop.resources import resource_path
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import StaleRecord, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.handouts.templates import (
    LANGUAGES,
    NEUTRAL,
    SPECS,
    TemplateProblem,
    TierSet,
    parse,
    parse_tiers,
    template_languages,
    validate,
    validate_text_template,
)


# --- defaults and stored versions --------------------------------------------------------
@cache
def default_body(key: str, language: str) -> str:
    parts = (
        ("handouts", f"{key}.txt") if language == NEUTRAL else ("handouts", language, f"{key}.txt")
    )
    return resource_path(*parts).read_text(encoding="utf-8")


def _check_key(key: str, language: str) -> None:
    if key not in SPECS or language not in template_languages(key):
        raise ValidationError(
            {
                "key": msg(
                    "There is no handout template “{key}” in the language “{language}”.",
                    key=key,
                    language=language,
                )
            }
        )


def _stored(session: Session, key: str, language: str) -> HandoutTemplate | None:
    return session.scalar(
        select(HandoutTemplate).where(
            HandoutTemplate.key == key, HandoutTemplate.language == language
        )
    )


def load_text(session: Session, key: str, language: str) -> dict[str, str]:
    """Sections to print: the clinic's version, any section it lacks taken from the default."""
    language = language if language in LANGUAGES else "en"
    sections = dict(parse(default_body(key, language)).sections)
    row = _stored(session, key, language)
    if row is not None:
        try:
            sections.update(validate_text_template(key, row.body).sections)
        except TemplateProblem:
            pass  # validated on save; a later app version may have changed the sections
    return sections


def load_tiers(session: Session) -> TierSet:
    row = _stored(session, "depth_tiers", NEUTRAL)
    if row is not None:
        try:
            return parse_tiers(row.body)
        except TemplateProblem:
            pass
    return parse_tiers(default_body("depth_tiers", NEUTRAL))


# --- services for the admin editor --------------------------------------------------------
@dataclass(frozen=True)
class TemplateRow:
    key: str
    language: str
    label: str
    customised: bool
    updated_at: datetime | None


@dataclass(frozen=True)
class TemplateDetail:
    key: str
    language: str
    label: str
    body: str
    default_body: str
    customised: bool
    review_note: str
    placeholders: tuple[str, ...]
    row_version: int | None


def list_templates(ctx: ServiceContext) -> list[TemplateRow]:
    require(ctx, Permission.MANAGE_TEMPLATES)
    with ctx.database.read() as session:
        stored = {(r.key, r.language): r for r in session.scalars(select(HandoutTemplate))}
    rows = []
    for key, spec in SPECS.items():
        for language in template_languages(key):
            row = stored.get((key, language))
            rows.append(
                TemplateRow(
                    key,
                    language,
                    spec.label,
                    row is not None,
                    row.updated_at if row is not None else None,
                )
            )
    return rows


def get_template(ctx: ServiceContext, key: str, language: str) -> TemplateDetail:
    require(ctx, Permission.MANAGE_TEMPLATES)
    _check_key(key, language)
    with ctx.database.read() as session:
        row = _stored(session, key, language)
        body = row.body if row is not None else default_body(key, language)
        version = row.row_version if row is not None else None
    try:
        note = parse(body).review_note
    except TemplateProblem:
        note = ""
    return TemplateDetail(
        key=key,
        language=language,
        label=SPECS[key].label,
        body=body,
        default_body=default_body(key, language),
        customised=row is not None,
        review_note=note,
        placeholders=SPECS[key].placeholders,
        row_version=version,
    )


def save_template(
    ctx: ServiceContext, key: str, language: str, body: str, row_version: int | None
) -> TemplateDetail:
    """Store the clinic's version; unknown placeholders or sections: ValidationError, no save."""
    require(ctx, Permission.MANAGE_TEMPLATES)
    _check_key(key, language)
    validate(key, body)
    with ctx.database.write() as session:
        row = _stored(session, key, language)
        current = row.row_version if row is not None else None
        if current != row_version:
            raise StaleRecord(
                msg(
                    "Someone else changed this template meanwhile. Close the editor, open it "
                    "again and redo your change."
                )
            )
        if row is None:
            row = HandoutTemplate(key=key, language=language, body=body)
            session.add(row)
        row.body = body
        row.updated_by_id = ctx.actor.staff_id
        row.updated_at = ctx.now()
        record_event(
            session,
            ctx,
            "handout_template.save",
            entity="handout_template",
            details={"key": key, "language": language},
        )
    return get_template(ctx, key, language)


def reset_template(ctx: ServiceContext, key: str, language: str) -> TemplateDetail:
    """Forget the clinic's version: the default from resources/ applies again."""
    require(ctx, Permission.MANAGE_TEMPLATES)
    _check_key(key, language)
    with ctx.database.write() as session:
        row = _stored(session, key, language)
        if row is not None:
            session.delete(row)
            record_event(
                session,
                ctx,
                "handout_template.reset",
                entity="handout_template",
                details={"key": key, "language": language},
            )
    return get_template(ctx, key, language)
