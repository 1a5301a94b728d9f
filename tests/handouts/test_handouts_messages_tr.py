"""The Turkish interface shows the handout template editor's refusals in Turkish."""

from __future__ import annotations

from desktop.services.handouts import template_store
from desktop.ui.handouts.template_editor import TemplateEditorDialog


def _choose(dialog: TemplateEditorDialog, key: str, language: str) -> None:
    chooser = dialog.chooser
    wanted = (key, language)
    chooser.setCurrentIndex(
        next(i for i in range(chooser.count()) if tuple(chooser.itemData(i)) == wanted)
    )
    assert dialog.detail is not None
    assert dialog.detail.key == key and dialog.detail.language == language


def test_template_editor_explains_problems_in_turkish_with_their_values(
    qtbot, ctx, turkish
) -> None:
    dialog = TemplateEditorDialog(ctx)
    qtbot.addWidget(dialog)
    names = [dialog.chooser.itemText(i) for i in range(dialog.chooser.count())]
    assert "İşlem sonrası bakım sayfası (Türkçe)" in names  # the template names too

    assert dialog.detail is not None
    body = dialog.detail.body
    dialog.editor.setPlainText(body.replace("{session_date}", "{treatment_day}"))
    assert not dialog.save()
    text = dialog.error_label.text()
    assert text.startswith("[intro] bölümündeki {treatment_day} yer tutucusu tanınmıyor. ")
    assert "Kullanabilecekleriniz: {patient_name}, " in text
    assert text.endswith(" Hiçbir şey kaydedilmedi.")

    dialog.editor.setPlainText("review: x\n---\nSerbest bir cümle\n[title]\nBaşlık\n")
    assert not dialog.save()
    assert dialog.error_label.text() == (
        "3. satır hiçbir bölümün içinde değil: metne bir [bölüm] satırıyla başlayın. "
        "Hiçbir şey kaydedilmedi."
    )
    assert not template_store.get_template(ctx, "aftercare", "en").customised

    dialog.editor.setPlainText(body)  # unchanged: no question about discarding
    _choose(dialog, "depth_tiers", "all")
    dialog.editor.setPlainText(dialog.detail.body.replace("bleeding = yes", "bleeding = belki"))
    assert not dialog.save()
    assert dialog.error_label.text() == (
        "[deep] bölümünde bleeding “evet” ya da “hayır” olmalıdır. Hiçbir şey kaydedilmedi."
    )
    assert not template_store.get_template(ctx, "depth_tiers", "all").customised
