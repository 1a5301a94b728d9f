"""Preview, print and save one PDF: what is previewed is exactly what is printed and saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shell.i18n import error_text


class PrintFailed(Exception):
    pass


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` at the printer's resolution. Returns the page count."""
    pages = document.pageCount()
    if pages <= 0:
        raise PrintFailed(
            QCoreApplication.translate("pdf_preview", "The document has no pages to print.")
        )
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(
            QCoreApplication.translate(
                "pdf_preview",
                "The printer could not be started. Check that it is switched on and connected, "
                "or save the document as PDF instead.",
            )
        )
    try:
        dpi = printer.resolution()
        target_rect = printer.pageLayout().paintRectPixels(dpi)
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, size)
            if image.isNull():
                raise PrintFailed(
                    QCoreApplication.translate(
                        "pdf_preview", "Page {page} could not be prepared for printing."
                    ).format(page=page + 1)
                )
            scaled = size.scaled(target_rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(QPointF(0, 0).toPoint(), scaled), image)
    finally:
        painter.end()
    return pages


class PdfPreviewDialog(QDialog):
    """Shows a PDF with zoom and page navigation; Print… and Save as PDF… use the same bytes."""

    sig_printed = Signal(int)  # pages printed
    sig_saved = Signal(str)  # path written

    def __init__(
        self, pdf: bytes, title: str, suggested_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 960)
        self.pdf = pdf
        self._suggested_name = suggested_name
        # The buffer and its bytes must outlive the document that reads from them.
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self._printer: QPrinter | None = None

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.page_label = QLabel(self)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._update_page_label)

        def button(
            text: str,
            slot: Callable[[], object],
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        ) -> QPushButton:
            widget = QPushButton(text, self)
            widget.setAutoDefault(False)
            widget.clicked.connect(slot)
            if shortcut is not None:
                QShortcut(QKeySequence(shortcut), self).activated.connect(slot)
            return widget

        bar = QHBoxLayout()
        bar.addWidget(button("◀", self.previous_page, "PgUp"))
        bar.addWidget(self.page_label)
        bar.addWidget(button("▶", self.next_page, "PgDown"))
        bar.addSpacing(12)
        bar.addWidget(button("−", self.zoom_out, QKeySequence.StandardKey.ZoomOut))
        bar.addWidget(button(self.tr("Fit width"), self.fit_width, "Ctrl+0"))
        bar.addWidget(button("+", self.zoom_in, QKeySequence.StandardKey.ZoomIn))
        bar.addStretch(1)
        self.print_button = button(
            self.tr("&Print…"), self.choose_printer_and_print, QKeySequence.StandardKey.Print
        )
        # What the preview is opened for: Enter prints (Esc still closes).
        self.print_button.setDefault(True)
        self.save_button = button(
            self.tr("&Save as PDF…"), self.choose_file_and_save, QKeySequence.StandardKey.Save
        )
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(button(self.tr("Close"), self.reject))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._update_page_label()

    # --- navigation and zoom ------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def _jump(self, page: int) -> None:
        page = max(0, min(self.page_count() - 1, page))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._update_page_label()

    def next_page(self) -> None:
        self._jump(self.current_page() + 1)

    def previous_page(self) -> None:
        self._jump(self.current_page() - 1)

    def zoom_in(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(4.0, self.view.zoomFactor() * 1.25))

    def zoom_out(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, self.view.zoomFactor() / 1.25))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _update_page_label(self, *_args: object) -> None:
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(
                page=self.current_page() + 1, pages=max(self.page_count(), 1)
            )
        )

    # --- output -------------------------------------------------------------------
    def choose_printer_and_print(self) -> None:
        # Keep the printer referenced for the dialog's lifetime (a temporary one crashes Qt).
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if (
            not self._printer.isValid()
            and self._printer.outputFormat() != QPrinter.OutputFormat.PdfFormat
        ):
            QMessageBox.warning(
                self,
                self.tr("No printer"),
                self.tr(
                    "No printer is set up on this computer. Save the document as PDF instead, "
                    "or ask your administrator to add a printer."
                ),
            )
            return
        dialog = QPrintDialog(self._printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(self._printer)

    def print_to(self, printer: QPrinter) -> bool:
        """The print button's path after the printer is chosen; tests call it with a PDF printer."""
        try:
            pages = print_pdf(self.document, printer)
        except PrintFailed as error:
            QMessageBox.warning(self, self.tr("Printing failed"), error_text(error))
            return False
        self.sig_printed.emit(pages)
        return True

    def choose_file_and_save(self) -> None:
        start = str(Path.home() / self._suggested_name)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            target.write_bytes(self.pdf)
            target.chmod(0o600)
        except OSError as error:
            reason = error.strerror or self.tr("the file could not be written")
            QMessageBox.warning(
                self,
                self.tr("Saving failed"),
                self.tr(
                    "The PDF could not be saved to “{target}” ({reason}). "
                    "Choose another folder (for example your Documents folder) and try again."
                ).format(target=target, reason=reason),
            )
            return False
        self.sig_saved.emit(str(target))
        return True
