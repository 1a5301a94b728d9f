"""Shared pieces for the staff-account and audit tests."""

from __future__ import annotations

import dataclasses

import pytest
from argon2 import PasswordHasher

from desktop.services.accounts import staff
from desktop.services.common.context import ServiceContext

PASSWORD = "correct horse 1"


@pytest.fixture
def fast_hashing(monkeypatch) -> PasswordHasher:
    # Real parameters take ~0.1 s and 64 MiB per hash; tests use cheap ones.
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(staff, "HASHER", hasher)
    return hasher


def add_account(ctx: ServiceContext, username: str, role: str, password: str = PASSWORD):
    return staff.create_staff(
        ctx,
        staff.StaffInput(username, username.replace(".", " ").title(), role),
        password,
        password,
    )


def as_role(ctx: ServiceContext, role: str, staff_id: int | None = None) -> ServiceContext:
    return dataclasses.replace(
        ctx, actor=dataclasses.replace(ctx.actor, role=role, staff_id=staff_id)
    )
