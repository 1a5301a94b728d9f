"""Guessable passwords are refused everywhere a password is set, and a log-in tells no one
which user names exist or which accounts are locked."""

from __future__ import annotations

import dataclasses
from typing import Literal

import pytest
from argon2 import PasswordHasher

from desktop.services.accounts import login as staff_login
from desktop.services.accounts import staff
from desktop.services.accounts.login import LoginRefused
from desktop.services.accounts.password_strength import weakness
from desktop.services.accounts.staff import StaffInput
from desktop.services.common.errors import ValidationError
from desktop.services.settings import store as settings
from tests.accounts_helpers import PASSWORD, add_account, fast_hashing  # noqa: F401

pytestmark = pytest.mark.usefixtures("fast_hashing")

WEAK = ("1234567890", "password12", "qwertyuiop", "aaaaaaaaaaaa")


@pytest.mark.parametrize("password", WEAK)
def test_guessable_passwords_are_refused_for_a_new_account(ctx, password) -> None:
    with pytest.raises(ValidationError) as caught:
        staff.create_staff(ctx, StaffInput("ayse", "Ayşe Kaya", "reception"), password, password)
    assert "hard to guess" in caught.value.field_errors["password"]
    assert staff.list_staff(ctx) == []


def test_names_of_the_person_and_the_clinic_count_as_guessable(ctx) -> None:
    settings.update(ctx, {"clinic_name": "Güzellik Merkezi"})
    for password in ("ayşekaya2026", "Guzellik2026!"):
        with pytest.raises(ValidationError) as caught:
            staff.create_staff(
                ctx, StaffInput("ayse.k", "Ayşe Kaya", "reception"), password, password
            )
        assert "name" in caught.value.field_errors["password"]


def test_reset_and_first_start_refuse_a_weak_password_too(ctx) -> None:
    with pytest.raises(ValidationError, match="hard to guess"):
        staff_login.create_first_admin(ctx, "Selin Aydın", "selin", "password12", "password12")
    assert staff_login.needs_setup(ctx)
    staff_login.create_first_admin(ctx, "Selin Aydın", "selin", PASSWORD, PASSWORD)
    row = add_account(ctx, "ayse", "reception")
    with pytest.raises(ValidationError, match="hard to guess"):
        staff.set_password(ctx, row.id, "1234567890", "1234567890")
    assert staff_login.authenticate(ctx, "ayse", PASSWORD).staff_id == row.id


def test_the_reason_is_said_in_our_words() -> None:
    common = weakness("password12")
    assert common is not None and "passwords people use most" in str(common)
    named = weakness("ayse.kaya1", ("ayse.kaya", "Ayşe Kaya"))
    assert named is not None and "name" in str(named)
    assert weakness("kedi-limon-bulut-7") is None


class _CountingHasher(PasswordHasher):
    verified = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
        type(self).verified += 1
        return super().verify(hash, password)


def test_unknown_wrong_and_locked_get_one_answer_each_after_a_password_check(
    ctx, monkeypatch
) -> None:
    counting = _CountingHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(staff, "HASHER", counting)
    add_account(ctx, "ayse", "reception")
    add_account(ctx, "mert", "physician")
    settings.update(ctx, {"login_max_failures": 3})
    answers = {}
    for case, (user, password) in {
        "unknown": ("nobody", "some guess"),
        "wrong": ("ayse", "some guess"),
    }.items():
        before = _CountingHasher.verified
        with pytest.raises(LoginRefused) as caught:
            staff_login.authenticate(ctx, user, password)
        assert _CountingHasher.verified == before + 1, case
        answers[case] = str(caught.value)
    for _ in range(3):
        with pytest.raises(LoginRefused) as caught:
            staff_login.authenticate(ctx, "mert", "some guess")
        answers.setdefault("locking", str(caught.value))
    for case, password in {"locked": "some guess", "locked, right password": PASSWORD}.items():
        before = _CountingHasher.verified
        with pytest.raises(LoginRefused) as caught:
            staff_login.authenticate(ctx, "mert", password)
        assert _CountingHasher.verified == before + 1, case
        answers[case] = str(caught.value)
    assert len(set(answers.values())) == 1, answers


def test_a_long_password_is_rated_by_its_start_without_a_crash() -> None:
    assert weakness("kedi-limon-bulut-7 " * 12) is None  # 228 characters
    assert weakness("a" * 256) is not None


def test_untypable_characters_are_refused_or_simply_wrong_never_a_crash(ctx) -> None:
    broken = "kedi-limon-bulut-7\ud800"
    with pytest.raises(ValidationError, match="cannot be typed"):
        staff.create_staff(ctx, StaffInput("ayse", "Ayşe Kaya", "reception"), broken, broken)
    with pytest.raises(ValidationError):
        staff.create_staff(ctx, StaffInput("ayse", "Ayşe\ud800", "reception"), PASSWORD, PASSWORD)
    row = add_account(ctx, "ayse", "reception")
    for user, password in (("ayse", broken), ("ay\udc00se", PASSWORD)):
        with pytest.raises(LoginRefused):
            staff_login.authenticate(ctx, user, password)
    with pytest.raises(LoginRefused):
        staff_login.verify_unlock(dataclasses.replace(ctx, actor=staff.actor_of(row)), broken)
