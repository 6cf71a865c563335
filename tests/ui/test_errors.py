"""Errors raised by core/ (in English) reach a Chinese user in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from core import custom_fields, member_actions
from core.importers import detect_format
from core.importers.base import ImportError_
from ui import i18n
from ui.errors import TEMPLATES, translate_error
from ui.workers import user_message


@pytest.fixture
def chinese(qapp):
    assert i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def test_real_errors_come_out_in_chinese(chinese, tmp_path, db):
    empty = tmp_path / "群聊.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ImportError_) as err:
        detect_format(empty)
    assert user_message(err.value) == "群聊.txt 是空文件。"
    with db.session() as s:
        size = custom_fields.define(s, "鞋码", "number")
        with pytest.raises(custom_fields.FieldValueError) as err:
            custom_fields.normalise(size, "大码")
    assert user_message(err.value) == "不是数字：大码"
    with pytest.raises(member_actions.MemberActionError) as err:
        member_actions.merge(db, 1, 1)
    assert user_message(err.value) == "请选择两位不同的成员进行合并。"
    nested = translate_error("鞋码: Not a number: 大码")
    assert nested == "鞋码：不是数字：大码"


def test_unknown_messages_stay_as_they_are(chinese):
    assert translate_error("Something new went wrong.") == "Something new went wrong."


def test_every_template_has_a_chinese_translation(chinese):
    missing = [t for t in TEMPLATES if QCoreApplication.translate("Errors", t) == t]
    assert missing == []
