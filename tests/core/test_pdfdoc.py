"""core.pdfdoc: A4 pages, Chinese text embedded (Type 3 glyphs) and extractable, tables across pages."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from core.pdfdoc import A4_HEIGHT_PT, A4_WIDTH_PT, PdfDocument


def _fonts(reader: pypdf.PdfReader) -> list[dict]:
    out = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            out.append(font.get_object())
    return out


def test_chinese_text_is_embedded_and_extractable(tmp_path: Path) -> None:
    doc = PdfDocument("社群健康度报告", footer="群主 · 第 {page} 页，共 {pages} 页")
    doc.heading("关键指标")
    doc.paragraph("本周发言率 18%，低于健康线 20%。建议安排一次互动话题。")
    doc.bullets(["深流失人数增长 30%：发起一次召回", "NPS 45，高于健康线 40"])
    doc.table(["指标", "本周", "上周"], [["发言率", "18%", "22%"], ["新增用户数", 12, 9]], align="lrr")
    doc.figure(lambda fig: fig.add_subplot().bar(["一", "二"], [3, 4]), height_mm=50)
    out = tmp_path / "r.pdf"
    doc.save(out)

    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A4_WIDTH_PT), round(A4_HEIGHT_PT))
    text = reader.pages[0].extract_text()
    for expected in (
        "社群健康度报告",
        "关键指标",
        "本周发言率 18%",
        "深流失人数增长 30%",
        "新增用户数",
        "第 1 页，共 1 页",
    ):
        assert expected in text
    assert reader.metadata.title == "社群健康度报告"
    fonts = _fonts(reader)
    assert fonts and all(f["/Subtype"] == "/Type3" for f in fonts)  # outlines inside the file
    assert all("/ToUnicode" in f and "/CharProcs" in f for f in fonts)
    assert not (tmp_path / "r.pdf.part").exists()


def test_long_text_wraps_and_tables_continue_on_new_pages_with_their_header() -> None:
    doc = PdfDocument("长表格")
    long_name = "非常非常长的中文社群名称" * 8
    doc.paragraph(long_name)
    rows = [[f"成员{i}", long_name if i == 3 else "白银", i] for i in range(120)]
    doc.table(["昵称", "等级", "序号"], rows, align="llr")
    assert doc.page_count >= 3
    reader = pypdf.PdfReader(__import__("io").BytesIO(doc.to_bytes()))
    texts = [p.extract_text() for p in reader.pages]
    assert all("昵称" in t for t in texts[1:])  # header repeated
    assert "成员119" in texts[-1]
    lines = doc.wrap(long_name, 10.5, doc.width)
    assert len(lines) > 1 and "".join(lines) == long_name
    assert all(doc.text_width(line, 10.5) <= doc.width + 0.01 for line in lines)


def test_wrap_keeps_closing_punctuation_with_its_character() -> None:
    doc = PdfDocument()
    text = "这是一段测试文字，" * 30
    for line in doc.wrap(text, 10.5, 200):
        assert not line.startswith("，")
    assert doc.wrap("a very long English sentence that must break between words", 10, 60)[0].strip() in (
        "a very",
        "a",
        "a very long",
    )


@pytest.mark.parametrize("height_mm", [20, 400])
def test_image_fits_the_text_column(height_mm: float) -> None:
    doc = PdfDocument()
    doc.figure(lambda fig: fig.add_subplot().plot([1, 2]), height_mm=40)
    doc.figure(lambda fig: fig.add_subplot().plot([1, 2]), height_mm=height_mm)
    data = doc.to_bytes()
    assert data.startswith(b"%PDF")
    assert doc.page_count >= 1
