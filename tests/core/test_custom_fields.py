from datetime import date

import pytest

from core import custom_fields as cf
from core.models import Member


def test_define_normalise_and_store_values(db):
    with db.session() as s:
        m = Member(display_name="张三")
        s.add(m)
        s.flush()
        size = cf.define(s, "鞋码", "number")
        due = cf.define(s, "预产期", "date")
        stage = cf.define(s, "宝宝阶段", "choice", ["孕期", "0-1岁", "1-3岁", "孕期"])
        assert stage.choices == ("孕期", "0-1岁", "1-3岁")
        assert cf.set_value(s, m.id, size, "38.0") == "38"
        assert cf.set_value(s, m.id, due, "2025/5/12") == "2025-05-12"
        assert cf.set_value(s, m.id, stage, "0-1岁") == "0-1岁"
        with pytest.raises(cf.FieldValueError):
            cf.set_value(s, m.id, stage, "4岁")
        with pytest.raises(cf.FieldValueError):
            cf.set_value(s, m.id, size, "大码")
        assert cf.values_for(s, m.id) == {size.id: "38", due.id: "2025-05-12", stage.id: "0-1岁"}
        assert cf.set_value(s, m.id, size, "  ") is None
        assert size.id not in cf.values_for(s, m.id)
        assert cf.usage(s) == {due.id: 1, stage.id: 1}
        assert [f.name for f in cf.fields(s)] == ["鞋码", "预产期", "宝宝阶段"]
        with pytest.raises(cf.FieldError):
            cf.define(s, "鞋码", "text")
        with pytest.raises(cf.FieldError):
            cf.define(s, "空选项", "choice", [])
        assert cf.remove(s, due.id) == 1
        assert cf.field_by_name(s, "预产期") is None


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2025-05-12", date(2025, 5, 12)),
        ("2025/5/12", date(2025, 5, 12)),
        ("2025年5月12日", date(2025, 5, 12)),
        ("5月12日", date(2026, 5, 12)),
        ("45789", date(2025, 5, 12)),
        ("2025-05-12 10:30:00", date(2025, 5, 12)),
    ],
)
def test_parse_date_accepts_the_formats_owners_use(raw, expected):
    assert cf.parse_date(raw, today=date(2026, 11, 22)) == expected


def test_parse_date_rejects_nonsense():
    with pytest.raises(cf.FieldValueError):
        cf.parse_date("明天")
