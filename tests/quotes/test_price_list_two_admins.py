"""Two administrators editing the same price-list draft: the later save does not overwrite
the earlier one unseen."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.services.common.context import Actor
from desktop.services.common.errors import StaleRecord
from desktop.services.quotes import price_lists

pytestmark = pytest.mark.both_engines


def _admin(ctx, name: str):
    return dataclasses.replace(ctx, actor=Actor(staff_id=None, name=name, role="admin"))


def test_a_save_from_an_older_read_is_refused_naming_who_saved(ctx) -> None:
    selin, mert = _admin(ctx, "Selin Aydın"), _admin(ctx, "Mert Kaya")
    draft = price_lists.start_new_version(selin)
    seen_by_mert = price_lists.get_price_list(mert, draft.id)
    saved = price_lists.save_draft(
        selin,
        draft.id,
        "2027",
        replace(draft.spec, vat_rate_percent=Decimal(10)),
        expected_version=draft.row_version,
    )
    assert saved.row_version == draft.row_version + 1
    with pytest.raises(StaleRecord) as caught:
        price_lists.save_draft(
            mert,
            draft.id,
            "2027",
            replace(seen_by_mert.spec, rounding_step=Decimal(5)),
            expected_version=seen_by_mert.row_version,
        )
    assert "Selin Aydın" in str(caught.value)
    stored = price_lists.get_price_list(ctx, draft.id)
    assert (stored.spec.vat_rate_percent, stored.spec.rounding_step) == (
        Decimal(10),
        draft.spec.rounding_step,
    )
    with pytest.raises(StaleRecord):  # nor can he publish what he has not seen
        price_lists.publish(mert, draft.id, expected_version=seen_by_mert.row_version)
    published = price_lists.publish(mert, draft.id, expected_version=stored.row_version)
    assert published.published


def test_a_save_changing_only_bands_still_counts_as_a_new_version(ctx) -> None:
    draft = price_lists.start_new_version(ctx)
    bands = tuple(replace(b, price=b.price + 1) for b in draft.spec.bands)
    saved = price_lists.save_draft(
        ctx, draft.id, draft.name, replace(draft.spec, bands=bands), expected_version=1
    )
    assert saved.row_version == 2
    with pytest.raises(StaleRecord):
        price_lists.save_draft(ctx, draft.id, draft.name, draft.spec, expected_version=1)


def test_the_dialog_saves_by_the_version_it_shows_and_says_who_saved_first(
    qtbot, ctx, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.quotes.price_list_dialog import PriceListDialog

    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text))
    )
    draft = price_lists.start_new_version(ctx)
    dialog = PriceListDialog(_admin(ctx, "Mert Kaya"))
    qtbot.addWidget(dialog)
    assert dialog.shown is not None and dialog.shown.id == draft.id
    price_lists.save_draft(
        _admin(ctx, "Selin Aydın"),
        draft.id,
        "Selin",
        replace(draft.spec, vat_rate_percent=Decimal(10)),
        expected_version=draft.row_version,
    )
    dialog.name_edit.setText("Mert")
    assert not dialog.save()
    assert len(warnings) == 1 and "Selin Aydın" in warnings[0]
    assert price_lists.get_price_list(ctx, draft.id).name == "Selin"


def test_a_save_racing_past_the_check_is_stopped_by_the_version_counter(ctx, monkeypatch) -> None:
    # Another desk saves between this save's check and its write: the UPDATE ... WHERE
    # row_version = <read> finds no row (on PostgreSQL after waiting for the other commit).
    from sqlalchemy import update

    from db.models import PriceList

    draft = price_lists.start_new_version(ctx)
    selin = price_lists.save_draft(
        _admin(ctx, "Selin Aydın"), draft.id, "Selin", draft.spec, expected_version=1
    )
    load_draft = price_lists._load_draft

    def other_desk_saves_meanwhile(session, price_list_id):
        row = load_draft(session, price_list_id)
        session.execute(
            update(PriceList)
            .where(PriceList.id == price_list_id)
            .values(row_version=PriceList.row_version + 1),
            execution_options={"synchronize_session": False},
        )
        return row

    monkeypatch.setattr(price_lists, "_load_draft", other_desk_saves_meanwhile)
    with pytest.raises(StaleRecord) as caught:
        price_lists.save_draft(
            _admin(ctx, "Mert"), draft.id, "Mert", draft.spec, expected_version=selin.row_version
        )
    assert "Selin Aydın" in str(caught.value)
    assert price_lists.get_price_list(ctx, draft.id).name == "Selin"
