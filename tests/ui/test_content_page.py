"""The content library page and its item editor (images copied in, with thumbnails; bad images reported)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from core import content
from ui import workers
from ui.dialogs.content_item import ContentItemDialog
from ui.pages.content import ContentPage


def _settle(qtbot) -> None:
    qtbot.waitUntil(lambda: workers.idle(50), timeout=20000)
    qtbot.wait(50)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: workers.idle(50), timeout=20000)
    qtbot.wait(50)


def test_editor_copies_images_reports_bad_ones_and_saves(qtbot, db, tmp_path) -> None:
    picture = tmp_path / "图片.png"
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#0072B2"))
    assert image.save(str(picture))
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as f:
        f.truncate(content.MAX_IMAGE_BYTES + 1)
    pid = content.save_product(db, "有机米粉", 89.0, "hit")
    dialog = ContentItemDialog(db.path, content.ItemData(title=""), [content.ProductRow(pid, "有机米粉", 89.0, "hit")])
    qtbot.addWidget(dialog)
    added = dialog.add_images([str(picture), str(tmp_path / "gone.png"), str(huge)])
    assert len(added) == 1 and dialog.images.count() == 1
    assert not dialog.images.item(0).icon().isNull()  # a thumbnail
    assert "does not exist" in dialog.error.text() and "MB" in dialog.error.text()
    picture.unlink()  # the library keeps its own copy
    dialog.title.setText("辅食攻略")
    dialog.products.item(0).setCheckState(dialog.products.item(0).checkState().__class__.Checked)
    item_id = content.save_item(db, dialog.data())
    with db.session() as s:
        saved = content.load_item(s, item_id)
    assert saved.images == added and saved.product_ids == [pid]
    assert content.image_path(db.path, added[0]).exists()


def test_page_filters_ranks_and_duplicates(qtbot, demo_db_copy) -> None:
    page = ContentPage(demo_db_copy)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    _settle(qtbot)
    assert page.table.rowCount() == 50
    page.kind.setCurrentIndex(page.kind.findData("faq"))
    _settle(qtbot)
    assert 0 < page.table.rowCount() < 50 and all(r.kind == "faq" for r in page._rows)
    page.kind.setCurrentIndex(0)
    page.rank.setChecked(True)
    _settle(qtbot)
    scores = [r.avg_score for r in page._rows if r.avg_score is not None]
    assert scores and scores == sorted(scores, reverse=True)
    page.table.selectRow(0)
    first = page._rows[0]
    page.duplicate()
    qtbot.waitUntil(lambda: any(r.title == f"{first.title}（副本）" for r in page._rows), timeout=20000)
