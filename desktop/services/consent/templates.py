"""Consent forms as versioned templates: the shipped first versions, the current version of a
kind in a language, and publishing a new (frozen) version.

A published version is never edited: publishing writes a new row with the next version
number, so every signature keeps pointing at the exact text the patient read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.codes import ConsentKind, Language, code_of
from db.models import ConsentTemplate, Staff
from desktop.resources import resource_path
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require

MAX_TITLE = 200
MAX_BODY = 20_000

# What each kind covers, completing "the consent form for …" (and in the template list).
KIND_WORDS: dict[ConsentKind, str] = {
    ConsentKind.TREATMENT_STANDARD: msg("laser peeling"),
    ConsentKind.TREATMENT_DEEP: msg("a deep peel with local anaesthesia"),
    ConsentKind.TREATMENT_COMBINED: msg("a peel combined with fractional laser"),
    ConsentKind.PHOTOGRAPHY: msg("clinical photographs"),
    ConsentKind.MARKETING: msg("contact about offers and news"),
}


@dataclass(frozen=True)
class ConsentTemplateView:
    id: int
    kind: ConsentKind
    language: Language
    version: int
    title: str
    body: str
    published_at: datetime
    published_by_id: int | None
    published_by_name: str  # "" for the versions PeelDesk ships
    requires_reconsent: bool

    @property
    def text(self) -> str:
        """The exact text shown to the patient (and hashed as the proof of what was read)."""
        return shown_text(self.title, self.body)

    @property
    def text_sha256(self) -> str:
        return text_digest(self.text)


def shown_text(title: str, body: str) -> str:
    return f"{title}\n\n{body}"


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- shipped first versions --------------------------------------------------------------
def default_template(kind: ConsentKind, language: Language) -> tuple[str, str]:
    """(title, body) of the version PeelDesk ships (resources/consent/<language>/<kind>.txt)."""
    raw = resource_path("consent", language.value, f"{kind.value}.txt").read_text("utf-8")
    title, _, body = raw.strip().partition("\n\n")
    return title.strip(), body.strip()


def ensure_default_templates(session: Session, now: datetime) -> None:
    """Write version 1 of every kind and language that has no version yet (set-up, demo)."""
    have = set(session.execute(select(ConsentTemplate.kind, ConsentTemplate.language)).all())
    for kind in ConsentKind:
        for language in Language:
            if (kind, language) in have:
                continue
            title, body = default_template(kind, language)
            session.add(
                ConsentTemplate(
                    kind=kind,
                    language=language,
                    version=1,
                    title=title,
                    body=body,
                    published_at=now,
                    published_by_id=None,
                    requires_reconsent=False,
                )
            )
    session.flush()


# --- reading -------------------------------------------------------------------------------
def list_templates(ctx: ServiceContext) -> list[ConsentTemplateView]:
    """Every version of every form: by kind, language, newest version first."""
    require(ctx, Permission.VIEW_PATIENTS)
    with ctx.database.read() as session:
        rows = session.execute(
            select(ConsentTemplate, Staff.full_name)
            .outerjoin(Staff, Staff.id == ConsentTemplate.published_by_id)
            .order_by(
                ConsentTemplate.kind, ConsentTemplate.language, ConsentTemplate.version.desc()
            )
        ).all()
        order = list(ConsentKind)
        views = [template_view(row, name) for row, name in rows]
    return sorted(views, key=lambda v: (order.index(v.kind), v.language, -v.version))


def current_template(ctx: ServiceContext, kind: str, language: str) -> ConsentTemplateView:
    """The version a patient signs now: the latest of that kind in that language (English
    when the clinic has none in the patient's language)."""
    require(ctx, Permission.VIEW_PATIENTS)
    wanted = _checked_kind(kind)
    with ctx.database.read() as session:
        row = current_row(session, wanted, code_of(Language, language) or Language.ENGLISH)
        if row is None:
            row = current_row(session, wanted, Language.ENGLISH)
        if row is None:
            raise NotFound(msg("There is no consent form of this kind yet."))
        return template_view(row, _staff_name(session, row.published_by_id))


def current_row(session: Session, kind: ConsentKind, language: Language) -> ConsentTemplate | None:
    return session.scalar(
        select(ConsentTemplate)
        .where(ConsentTemplate.kind == kind, ConsentTemplate.language == language)
        .order_by(ConsentTemplate.version.desc())
        .limit(1)
    )


# --- publishing --------------------------------------------------------------------------
def publish_template(
    ctx: ServiceContext,
    kind: str,
    language: str,
    title: str,
    body: str,
    requires_reconsent: bool = False,
) -> ConsentTemplateView:
    """Publish the next version of a form. Earlier versions stay as they were."""
    require(ctx, Permission.MANAGE_CONSENT_FORMS)
    wanted = _checked_kind(kind)
    errors: dict[str, str] = {}
    lang = code_of(Language, language)
    if lang is None:
        errors["language"] = msg("Pick the language of the form from the list.")
    title = (title or "").strip()
    body = (body or "").strip()
    if not title:
        errors["title"] = msg("Give the form a title.")
    elif len(title) > MAX_TITLE:
        errors["title"] = msg("Keep the title under {limit} characters.", limit=MAX_TITLE)
    if not body:
        errors["body"] = msg("Write the text the patient reads and signs.")
    elif len(body) > MAX_BODY:
        errors["body"] = msg("Keep the text under {limit} characters.", limit=MAX_BODY)
    if errors:
        raise ValidationError(errors)
    assert lang is not None
    with ctx.database.write() as session:
        latest = current_row(session, wanted, lang)
        if latest is not None and (latest.title, latest.body) == (title, body):
            raise ValidationError(
                {
                    "body": msg(
                        "This text is the same as the current version; nothing was published."
                    )
                }
            )
        version = (
            session.scalar(
                select(func.max(ConsentTemplate.version)).where(
                    ConsentTemplate.kind == wanted, ConsentTemplate.language == lang
                )
            )
            or 0
        ) + 1
        row = ConsentTemplate(
            kind=wanted,
            language=lang,
            version=version,
            title=title,
            body=body,
            published_at=ctx.now(),
            published_by_id=ctx.actor.staff_id,
            requires_reconsent=bool(requires_reconsent),
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            ctx,
            "consent.publish_form",
            entity="consent_template",
            entity_id=row.id,
            details={
                "kind": wanted.value,
                "language": lang.value,
                "version": version,
                "requires_reconsent": row.requires_reconsent,
                "text_sha256": text_digest(shown_text(title, body)),
            },
        )
        return template_view(row, _staff_name(session, row.published_by_id))


# --- helpers -------------------------------------------------------------------------------
def template_view(row: ConsentTemplate, published_by_name: str | None) -> ConsentTemplateView:
    return ConsentTemplateView(
        id=row.id,
        kind=row.kind,
        language=row.language,
        version=row.version,
        title=row.title,
        body=row.body,
        published_at=row.published_at,
        published_by_id=row.published_by_id,
        published_by_name=published_by_name or "",
        requires_reconsent=row.requires_reconsent,
    )


def _staff_name(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    return session.scalar(select(Staff.full_name).where(Staff.id == staff_id)) or ""


def _checked_kind(kind: str) -> ConsentKind:
    wanted = code_of(ConsentKind, kind)
    if wanted is None:
        raise ValidationError({"kind": msg("Pick the kind of consent form from the list.")})
    return wanted
