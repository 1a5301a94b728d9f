"""Quote PDF build time per page (median), against a one-paragraph page from the same layout.

Run: .venv/bin/python bench/quotes_bench.py
"""

from __future__ import annotations

import functools
import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal as D
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader
from reportlab.platypus import Paragraph

from desktop.printing.layout import ClinicIdentity, DocumentMeta, build_pdf, styles
from desktop.printing.quote import QuotePrint, QuotePrintLine, build_quote_pdf

CLINIC = ClinicIdentity("Işıltı Cilt Kliniği", "Bağdat Cad. 12, İstanbul", "+90 216 555 01 02")


def quote(lines: int) -> QuotePrint:
    line = QuotePrintLine(
        "Tüm yüz",
        D(350),
        ">300 cm²",
        D(6000),
        3,
        D("4918.50"),
        ("Yüz + boyun −10 %",),
        D(2180),
        D(13080),
    )
    return QuotePrint(
        clinic=CLINIC,
        language="tr",
        number="Q-2026-0042",
        status="issued",
        patient_name="Şükrü Işıkoğlu",
        issued_on=date(2026, 11, 25),
        created_on=date(2026, 11, 25),
        valid_until=date(2026, 12, 25),
        currency="TRY",
        vat_rate_percent=D(20),
        prices_include_vat=True,
        lines=(line,) * lines,
        subtotal=D(1),
        discount_total=D(1),
        vat_total=D(1),
        rounding_total=D(0),
        total=D(13080) * lines,
        manual_reason="Sadık hasta",
    )


def baseline() -> bytes:
    meta = DocumentMeta(title="Baseline", language="tr", clinic=CLINIC)
    return build_pdf(meta, [Paragraph("Şükrü Işıkoğlu ₺1.250,00", styles()["body"])])


def _quote_pdf(lines: int) -> bytes:
    return build_quote_pdf(quote(lines))


def per_page(build: Callable[[], bytes], runs: int) -> tuple[float, int]:
    pages = len(PdfReader(io.BytesIO(build())).pages)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build()
        times.append(time.perf_counter() - start)
    return statistics.median(times) / pages, pages


if __name__ == "__main__":
    base, _ = per_page(baseline, 30)
    for label, lines in (("typical quote (3 lines)", 3), ("long quote (60 lines)", 60)):
        value, pages = per_page(functools.partial(_quote_pdf, lines), 30)
        print(
            f"{label}: {pages} page(s), {value * 1000:.1f} ms/page median "
            f"= {value / base:.1f}× a one-paragraph page ({base * 1000:.1f} ms)"
        )
