"""What a clinic-editable handout text or depth-tier table may contain, and how it is read.

Defaults live in resources/, edits in the database: template_store.py keeps both.

A template is plain text: optional ``key: value`` metadata lines, a ``---``
line, then ``[section]`` blocks. ``#`` lines are notes for the clinic and
never print; a blank line starts a paragraph; ``- `` starts a bullet;
``{placeholder}`` is filled per patient (``{{`` prints a brace).
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import join, msg

LANGUAGES = ("en", "tr")
NEUTRAL = "all"  # language of language-neutral templates (the depth tiers)

_COMMON = ("patient_name", "clinic_name", "clinic_phone", "tier_name")


@dataclass(frozen=True)
class TemplateSpec:
    key: str
    label: str  # a msg(): the interface shows it translated
    sections: tuple[str, ...]
    placeholders: tuple[str, ...]
    optional: tuple[str, ...] = ()


SPECS: dict[str, TemplateSpec] = {
    "aftercare": TemplateSpec(
        "aftercare",
        msg("Aftercare sheet"),
        (
            "title",
            "intro",
            "depth",
            "areas_heading",
            "timeline_heading",
            "first_days",
            "bleeding_note",
            "daily_life",
            "new_skin",
            "results",
            "sun",
            "products_heading",
            "products_intro",
            "products_none",
            "warning_heading",
            "warning_signs",
            "follow_up_heading",
            "follow_up",
            "follow_up_none",
            "closing",
        ),
        (
            *_COMMON,
            "session_date",
            "first_days_end",
            "daily_life_date",
            "new_skin_date",
            "results_date",
            "sun_until_date",
            "follow_up_date",
        ),
    ),
    "pretreatment": TemplateSpec(
        "pretreatment",
        msg("Pre-treatment sheet"),
        (
            "title",
            "intro",
            "appointment_heading",
            "appointment",
            "areas_heading",
            "preparation_heading",
            "preparation",
            "during_heading",
            "during",
            "anaesthesia",
            "bring_heading",
            "bring",
            "after",
            "contact",
        ),
        (*_COMMON, "appointment_date", "appointment_time", "duration_minutes"),
    ),
    "depth_tiers": TemplateSpec("depth_tiers", msg("Depth tiers and recovery days"), (), ()),
}
TIER_FIELDS = (
    "max_um",
    "first_days",
    "daily_life_day",
    "new_skin_day",
    "results_day",
    "sun_until_day",
)


def template_languages(key: str) -> tuple[str, ...]:
    return (NEUTRAL,) if key == "depth_tiers" else LANGUAGES


# --- parsing -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ParsedTemplate:
    meta: dict[str, str]
    sections: dict[str, str]

    @property
    def review_note(self) -> str:
        return self.meta.get("review", "")


class TemplateProblem(ValueError):
    """A sentence for the person editing the template (``args[0]`` is a msg())."""


def parse(body: str) -> ParsedTemplate:
    meta: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    lines = body.replace("\r\n", "\n").split("\n")
    if "---" in (line.strip() for line in lines):
        split = [line.strip() for line in lines].index("---")
        for number, line in enumerate(lines[:split], start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            name, colon, value = line.partition(":")
            if not colon or not name.strip():
                raise TemplateProblem(
                    msg(
                        "Line {number} above the “---” line must look like “name: value”.",
                        number=number,
                    )
                )
            meta[name.strip().lower()] = value.strip()
        start = split + 1
    else:
        start = 0
    current: list[str] | None = None
    for number, line in enumerate(lines[start:], start=start + 1):
        stripped = line.strip()
        if stripped.startswith("#"):
            continue
        if stripped.startswith("[") and stripped.endswith("]") and len(stripped) > 2:
            name = stripped[1:-1].strip()
            if name in sections:
                raise TemplateProblem(
                    msg(
                        "The section [{section}] appears twice (line {number}).",
                        section=name,
                        number=number,
                    )
                )
            current = sections[name] = []
        elif current is None:
            if stripped:
                raise TemplateProblem(
                    msg(
                        "Line {number} is outside any section: start the text with a "
                        "[section] line.",
                        number=number,
                    )
                )
        else:
            current.append(line.rstrip())
    return ParsedTemplate(meta, {name: "\n".join(text).strip() for name, text in sections.items()})


def placeholders_in(text: str) -> list[str]:
    """Names used in ``text``; raises TemplateProblem for malformed braces or formats."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as error:
        raise TemplateProblem(
            msg(
                "A “{open}” or “{close}” is unmatched. Placeholders look like {example}; "
                "write {open}{open} or {close}{close} to print a brace.",
                open="{",
                close="}",
                example="{patient_name}",
            )
        ) from error
    names = []
    for _literal, field, spec, conversion in parts:
        if field is None:
            continue
        if spec or conversion or not field.isidentifier():
            raise TemplateProblem(
                msg(
                    "“{placeholder}” is not a placeholder this sheet knows.",
                    placeholder="{" + field + "}",
                )
            )
        names.append(field)
    return names


def validate_text_template(key: str, body: str) -> ParsedTemplate:
    spec = SPECS[key]
    parsed = parse(body)
    unknown_sections = [name for name in parsed.sections if name not in spec.sections]
    if unknown_sections:
        raise TemplateProblem(
            msg(
                "The section [{section}] is not used by this sheet. Its sections are: {sections}.",
                section=unknown_sections[0],
                sections=", ".join(spec.sections),
            )
        )
    missing = [name for name in spec.sections if name not in parsed.sections]
    if missing:
        raise TemplateProblem(
            msg(
                "The section [{section}] is missing. Add it back or use “Reset to default”.",
                section=missing[0],
            )
        )
    allowed = set(spec.placeholders)
    for name, text in parsed.sections.items():
        for field in placeholders_in(text):
            if field not in allowed:
                raise TemplateProblem(
                    msg(
                        "The placeholder {placeholder} in section [{section}] is unknown. "
                        "You can use: {allowed}.",
                        placeholder="{" + field + "}",
                        section=name,
                        allowed=", ".join("{" + p + "}" for p in spec.placeholders),
                    )
                )
    return parsed


def fill(text: str, values: dict[str, str]) -> str:
    return string.Formatter().vformat(text, (), values)


# --- depth tiers -------------------------------------------------------------------------
@dataclass(frozen=True)
class DepthTier:
    code: str
    max_um: int
    names: tuple[tuple[str, str], ...]  # (language, name)
    first_days: int
    daily_life_day: int
    new_skin_day: int
    results_day: int
    sun_until_day: int
    bleeding: bool
    anaesthesia: bool

    def name(self, language: str) -> str:
        names = dict(self.names)
        return names.get(language) or names.get("en") or self.code


@dataclass(frozen=True)
class TierSet:
    tiers: tuple[DepthTier, ...]  # ascending max_um
    default_code: str

    def for_depth(self, depth_um: int | None) -> DepthTier:
        """The tier of the deepest area; no recorded depth → the default tier."""
        if depth_um is None:
            return next(t for t in self.tiers if t.code == self.default_code)
        for tier in self.tiers:
            if depth_um <= tier.max_um:
                return tier
        return self.tiers[-1]


def _yes_no(value: str, section: str, field: str) -> bool:
    if value.lower() in ("yes", "evet", "true", "1"):
        return True
    if value.lower() in ("no", "hayır", "false", "0"):
        return False
    raise TemplateProblem(
        msg("In [{section}], {field} must be “yes” or “no”.", section=section, field=field)
    )


def parse_tiers(body: str) -> TierSet:
    parsed = parse(body)
    tiers: list[DepthTier] = []
    default_code = ""
    for code, text in parsed.sections.items():
        values: dict[str, str] = {}
        for line in text.split("\n"):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            name, equals, value = line.partition("=")
            if not equals:
                raise TemplateProblem(
                    msg(
                        "In [{section}], “{line}” must look like “name = value”.",
                        section=code,
                        line=line,
                    )
                )
            values[name.strip()] = value.strip()
        if code == "default":
            default_code = values.get("tier", "")
            continue
        numbers = {}
        for field in TIER_FIELDS:
            raw = values.get(field, "")
            if not raw.isdigit():
                raise TemplateProblem(
                    msg(
                        "In [{section}], {field} must be a whole number of days/µm.",
                        section=code,
                        field=field,
                    )
                )
            numbers[field] = int(raw)
        if (
            not (
                numbers["first_days"]
                < numbers["daily_life_day"]
                <= numbers["new_skin_day"]
                <= numbers["results_day"]
            )
            or numbers["sun_until_day"] < numbers["new_skin_day"]
        ):
            raise TemplateProblem(
                msg(
                    "In [{section}], the days must be in order: first_days < daily_life_day ≤ "
                    "new_skin_day ≤ results_day, and sun_until_day ≥ new_skin_day.",
                    section=code,
                )
            )
        names = tuple(
            (language, values.get(f"name_{language}", "").strip() or code) for language in LANGUAGES
        )
        tiers.append(
            DepthTier(
                code=code,
                names=names,
                bleeding=_yes_no(values.get("bleeding", "no"), code, "bleeding"),
                anaesthesia=_yes_no(values.get("anaesthesia", "no"), code, "anaesthesia"),
                **numbers,
            )
        )
    if not tiers:
        raise TemplateProblem(msg("Define at least one depth tier, e.g. [superficial]."))
    tiers.sort(key=lambda t: t.max_um)
    if len({t.max_um for t in tiers}) != len(tiers):
        raise TemplateProblem(msg("Two depth tiers have the same max_um; give each its own limit."))
    if default_code not in {t.code for t in tiers}:
        raise TemplateProblem(
            msg("The [default] section must name one of the tiers, e.g. “tier = medium”.")
        )
    return TierSet(tuple(tiers), default_code)


def validate(key: str, body: str) -> None:
    """Raise ValidationError({'body': sentence}) if ``body`` cannot be used."""
    if key not in SPECS:
        raise ValidationError({"key": msg("There is no handout template called “{key}”.", key=key)})
    try:
        if key == "depth_tiers":
            parse_tiers(body)
        else:
            validate_text_template(key, body)
    except TemplateProblem as problem:
        raise ValidationError(
            {"body": join(problem.args[0], msg("Nothing was saved."))}
        ) from problem
