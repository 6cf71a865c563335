"""The dashboard page: charts for the chosen period, click-through to members, PNG export, empty state, dialogs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.core.test_dashboard_metrics import community  # noqa: F401 (the hand-computed community fixture)
from ui.pages.dashboard import DashboardPage


def _page(qtbot, db) -> DashboardPage:
    page = DashboardPage(db, today=date(2026, 11, 22))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.kind.setCurrentIndex(0)  # week: the newest first, 2026-W47 (today is its Sunday)
    return page


def test_charts_click_through_and_png_export(qtbot, community, tmp_path: Path) -> None:  # noqa: F811
    page = _page(qtbot, community)
    page.activate()
    qtbot.waitUntil(lambda: page.data is not None and "recall" in page.charts, timeout=60000)
    assert page.data.period.label == "2026-W47" and page.data.figures["speakers"] == 5
    assert page.empty.isHidden() and page.export_btn.isEnabled()
    cards = [page.cards.itemAt(i).widget() for i in range(page.cards.count()) if page.cards.itemAt(i).widget()]
    assert any("71%" in c.text() for c in cards)  # speaking rate 5/7
    silence = page.charts["silence"]
    payloads = silence.click_payloads()
    assert [sorted(ids) for ids, _caption in payloads] == [[2, 3, 6, 10], [5]]  # active, never spoke
    with qtbot.waitSignal(page.members_requested) as blocker:
        silence.clicked.emit(payloads[1])
    assert blocker.args[0] == [5] and "Never spoke" in blocker.args[1]
    with qtbot.waitSignal(page.members_requested) as blocker:
        page.charts["inviters"].clicked.emit(page.charts["inviters"].click_payloads()[0])
    assert blocker.args == [[2], "成员2"]
    written = page.export_to(str(tmp_path))
    assert len(written) == 13 and all(p.read_bytes()[:4] == b"\x89PNG" for p in written)
    assert page.tier_table.rowCount() == 3 and page.posts_table.rowCount() == 1
    # the charts scroll at their full height instead of being squeezed on top of each other
    qtbot.waitUntil(lambda: page.body.height() >= page.grid.minimumSize().height() > 13 // 2 * 200, timeout=5000)
    growth, heatmap = page.charts["growth"], page.charts["heatmap"]
    assert heatmap.geometry().top() >= growth.geometry().bottom()


def test_a_period_without_data_shows_the_hint(qtbot, community) -> None:  # noqa: F811
    page = _page(qtbot, community)
    page.kind.setCurrentIndex(3)  # custom
    page.start_edit.setDate(page.start_edit.date().addYears(-3))
    page.end_edit.setDate(page.start_edit.date().addDays(6))
    page.activate()
    qtbot.waitUntil(lambda: page.data is not None, timeout=60000)
    assert page.data.figures["messages"] == 0
    assert not page.empty.isHidden() and page.scroll.isHidden() and not page.export_btn.isEnabled()


def test_nps_dialog_and_definitions(qtbot, community, tmp_path: Path, monkeypatch) -> None:  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs.dashboard_dialogs import MetricHelpDialog, NpsDialog

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog = NpsDialog(community, date(2026, 11, 22))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 4
    dialog.who.setText("成员6")
    dialog.score.setValue(0)
    assert dialog.add() and dialog.table.rowCount() == 5
    dialog.who.setText("没有这个人")
    assert not dialog.add() and dialog.table.rowCount() == 5
    bad = tmp_path / "bad.csv"
    bad.write_text("name\nx\n", encoding="utf-8")
    assert not dialog.import_file(bad)
    help_dialog = MetricHelpDialog()
    qtbot.addWidget(help_dialog)
    text = help_dialog.view.toPlainText()
    assert "speaking_rate" in text and "裂变系数" in text


def test_the_weekly_charts_show_first_and_are_not_drawn_twice(qtbot, community) -> None:  # noqa: F811
    """The worker hands over the first stage in parts (weekly charts, then heatmap and funnel, then the key
    figures); the page shows each as it comes, ignores a part from an older load, and does not refill those charts
    when the whole load arrives. Charts render when painted."""
    from dataclasses import replace

    from core import dashboard as dash
    from core.dashboard_charts import CHARTS

    page = _page(qtbot, community)
    fills: list[str] = []
    shown: list[str] = []
    real_show = page._show_first_part

    stages: list[dict] = []

    def spy(token, data):
        shown.append("first" if token is page._token else "stale")
        real_show(token, data)
        stages.append(dict(data=page.data, export=page.export_btn.isEnabled(), cards=page.cards.count(),
                           filled=[k for k, c in page.charts.items() if c.content == "chart"],
                           waiting=[k for k, c in page.charts.items() if c.content == "placeholder"]))  # fmt: skip

    page._relay.ready.disconnect(page._show_first_part)
    page._relay.ready.connect(spy)
    page.activate()
    qtbot.waitUntil(lambda: page.data is not None and "recall" in page.charts, timeout=60000)
    assert shown == ["first"] * 3
    weekly = [k for k in CHARTS if k in dash.WEEKLY_PART]
    assert stages[0]["filled"] == weekly and stages[0]["cards"] == 0  # the weekly charts first, no figures yet
    assert stages[0]["waiting"] == [k for k in CHARTS if k not in weekly]  # "Computing…" until their part comes
    assert stages[1]["filled"] == list(dash.FIRST_PART) and stages[1]["cards"] == 0
    assert stages[2]["cards"] > 1  # then the key figures
    assert all(st["data"] is None and not st["export"] for st in stages)  # nothing for export yet
    assert stages[2]["waiting"] == list(CHARTS)[len(dash.FIRST_PART) :]  # the rest waits for the second stage
    assert all(c.content == "chart" for c in page.charts.values())  # the second stage replaced every placeholder
    assert list(CHARTS)[: len(dash.FIRST_PART)] == list(dash.FIRST_PART)  # the first screen of the page
    assert page.data.silence and page.data.cohorts and page.data.tiers  # the second stage completed the data
    for key, chart in page.charts.items():
        real = chart.draw
        chart.draw = lambda fill, key=key, real=real: (fills.append(key), real(fill))[1]
    first_stage = replace(page.data, ready=frozenset((*dash.FIRST_PART, dash.CARDS)))
    page._relay.ready.emit(object(), first_stage)  # an older load's part: ignored
    assert shown[-1] == "stale" and fills == []
    page._token = token = object()
    page._relay.ready.emit(token, first_stage)
    qtbot.waitUntil(lambda: fills == list(dash.FIRST_PART), timeout=5000)
    page._show(page.data)  # the rest of the same load
    assert sorted(fills) == sorted(page.charts)  # each chart filled once
    growth, recall = page.charts["growth"], page.charts["recall"]
    qtbot.waitUntil(lambda: not growth.canvas._needs_draw, timeout=5000)  # in view: rendered when painted
    assert recall.canvas._needs_draw and not recall.figure.axes  # below the fold: not even filled yet
    page.scroll.ensureWidgetVisible(recall)
    qtbot.waitUntil(lambda: not recall.canvas._needs_draw, timeout=5000)
    assert recall.figure.axes
    assert page.cards.count() > 1
    page._token = newer = object()  # another period: its first part has charts, no figures yet
    page._relay.ready.emit(newer, replace(page.data, ready=frozenset(dash.WEEKLY_PART)))
    qtbot.waitUntil(lambda: page._early is not None and page._early[0] is newer, timeout=5000)
    assert page.cards.count() == 0  # the last load's figures are not left beside the new charts


def test_charts_render_one_per_turn_of_the_event_loop(qtbot) -> None:
    """Charts waiting to be rendered are taken one at a time, each in a turn of its own, so that a page of charts
    never holds the UI for all of them; hidden ones wait until they are shown."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from ui.charts import ChartWidget, _RenderQueue

    box = QWidget()
    layout = QVBoxLayout(box)
    charts = [ChartWidget(box, height=1.5, name=f"c{i}") for i in range(3)]
    for chart in charts:
        layout.addWidget(chart)
    qtbot.addWidget(box)
    box.show()
    queue = _RenderQueue()
    for i, chart in enumerate(charts):
        chart.draw(lambda fig, i=i: fig.add_subplot().bar([0, 1], [i, i + 1]))
        queue.waiting.append(chart.canvas)
    charts[2].hide()
    rendered = []
    for _ in range(3):
        queue._next()
        rendered.append([not c.canvas._needs_draw for c in charts])
    assert rendered == [[True, False, False], [True, True, False], [True, True, False]]
    assert not charts[2].figure.axes  # hidden: neither filled nor rendered


def test_bar_hover_texts_hit_their_bars(qtbot, community) -> None:  # noqa: F811
    """Bars are drawn as one collection each; the hover text still belongs to the bar under the mouse, also on
    the growth chart whose members line (on its own scale) is drawn over the bars."""
    from matplotlib.backend_bases import MouseEvent

    page = _page(qtbot, community)
    page.kind.setCurrentIndex(1)  # month: several weeks
    page.activate()
    qtbot.waitUntil(lambda: page.data is not None, timeout=60000)
    weeks = page.data.weeks
    assert len(weeks) >= 4
    for key in ("speaking_rate", "growth"):
        chart = page.charts[key]
        chart.canvas.draw()
        boxes = [a for a, _text, _p in chart._tips]
        assert len(boxes) == len(weeks)
        tall = [(box, week) for box, week in zip(boxes, weeks, strict=True) if box.y1 > box.y0]
        assert len(tall) >= 2
        for box, week in tall:
            x, y = box.ax.transData.transform(((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2))
            hit = chart._hit(MouseEvent("motion_notify_event", chart.canvas, x, y))
            assert hit is not None and hit[1].startswith(f"{week.start:%Y-%m-%d}")
        x, y = box.ax.transData.transform((box.x0 - 0.05, (box.y0 + box.y1) / 2))  # just left of a bar
        assert chart._hit(MouseEvent("motion_notify_event", chart.canvas, x, y)) is None


def test_labels_written_beside_the_axes_fit_in_the_chart(qtbot, community) -> None:  # noqa: F811
    """Week, hour, weekday and funnel labels and the heatmap's colour key are texts, not ticks: the margin engine
    must leave room for them."""
    page = _page(qtbot, community)
    page.kind.setCurrentIndex(1)  # month
    page.activate()
    qtbot.waitUntil(lambda: page.data is not None, timeout=60000)
    checked = 0
    for key in ("growth", "heatmap", "segment_mix", "funnel"):
        chart = page.charts[key]
        chart.canvas.draw()
        renderer = chart.canvas.get_renderer()
        width, height = chart.canvas.get_width_height(physical=True)
        for ax in chart.figure.axes:
            for text in ax.texts:
                gid = text.get_gid()
                if gid in ("below-axis", "left-of-axis", "right-of-axis"):
                    box = text.get_window_extent(renderer)
                    assert box.x0 >= 0 and box.y0 >= 0 and box.x1 <= width and box.y1 <= height, (key, text)
                    beside = {"below-axis": box.y1 <= ax.bbox.y0, "left-of-axis": box.x1 <= ax.bbox.x0,
                              "right-of-axis": box.x0 >= ax.bbox.x1}[gid]  # fmt: skip
                    assert beside, (key, text.get_text())  # outside the plot, not over the bars
                    checked += 1
    assert checked >= 8 + 7 + 2 + 4  # heatmap: hours, weekdays, the colour key's ends; a month's weeks
