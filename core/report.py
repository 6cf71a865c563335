"""The weekly community health report (《社群健康度报告》) as PDF or HTML, and the key-figure rows the dashboard's
cards show: figures against the seeds' thresholds, change since the period before, the charts, top posts, recall
results and suggested actions derived from the data.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from core import activity, metrics, texts
from core import dashboard as dash
from core.chartstyle import HEALTHY, UNHEALTHY
from core.db import Database
from core.errors import UserError

NEUTRAL = "#1F2937"


class ReportError(UserError):
    """A report that cannot be made (bad period, unknown group, unwritable file); ``str()`` says why."""


@dataclass
class FigureRow:
    key: str
    name: str
    value: str
    previous: str
    change: str
    colour: str
    hint: str = ""
    healthy: bool | None = None


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{v:.0%}" if abs(v) >= 0.1 or v == 0 else f"{v:.1%}"


def _num(v) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:,.2f}" if v != int(v) else f"{int(v):,}"
    return f"{v:,}"


def _change(now, before, pct_points: bool = False) -> str:
    if now is None or before is None:
        return "—"
    diff = now - before
    if pct_points:
        return "±0" if abs(diff) < 0.0005 else f"{diff * 100:+.1f} pp"
    if diff == 0:
        return "±0"
    if isinstance(diff, float):
        return f"{diff:+,.2f}"
    return f"{diff:+,}"


# key, label, format, threshold key (value must be ≥ it to be healthy), percentage
FIGURES = (
    ("members_end", "Members", _num, None, False),
    ("joins", "Joined", _num, None, False),
    ("leaves", "Left", _num, None, False),
    ("speaking_rate", "Speaking rate", _pct, "speaking_rate_healthy", True),
    ("messages", "Messages", _num, None, False),
    ("orders", "Orders", _num, None, False),
    ("revenue", "Revenue", _num, None, False),
    ("repeat_purchase_rate", "Repeat-purchase rate", _pct, None, True),
    ("clv", "CLV", _num, None, False),
    ("open_rate", "Open rate", _pct, "open_rate_healthy", True),
    ("nps", "NPS", _num, "nps_healthy", False),
    ("fission_coefficient", "Fission coefficient", _num, None, False),
)


def key_figures(data: dash.DashboardData, t: Callable | None = None) -> list[FigureRow]:
    t = t or texts.translator("en")
    rows = []
    for key, label, fmt, threshold, pct in FIGURES:
        now, before = data.figures.get(key), data.previous.get(key)
        colour, hint, healthy = NEUTRAL, "", None
        if threshold:
            limit = data.thresholds[threshold]
            hint = t("Healthy ≥ {0}", _pct(limit) if pct else _num(int(limit)))
            if now is not None:
                healthy = now >= limit
                colour = HEALTHY if healthy else UNHEALTHY
        rows.append(FigureRow(key, t(label), fmt(now), fmt(before), _change(now, before, pct), colour, hint, healthy))
    return rows


def suggestions(data: dash.DashboardData, t: Callable | None = None, lang: str = "zh_CN") -> list[str]:
    """Short, concrete actions derived from the figures (the seeds' PDCA "Act" step)."""
    zh = lang.startswith("zh")
    f, th = data.figures, data.thresholds
    where = f"「{data.group_name}」" if data.group_name else ("全部群" if zh else "all groups")
    out: list[str] = []
    healthy = th["speaking_rate_healthy"]
    low = 0
    for w in reversed(data.weeks):
        if w.speaking_rate is not None and w.speaking_rate < healthy:
            low += 1
        else:
            break
    rate = f.get("speaking_rate")
    if rate is not None and rate < healthy:
        weeks = f"，已连续 {low} 周" if zh and low > 1 else (f" for {low} weeks" if low > 1 else "")
        out.append(
            f"{where}发言率 {rate:.0%}（健康值 ≥ {healthy:.0%}）{weeks}：安排一次互动话题或打卡任务，邀请活跃用户带动讨论。"  # noqa: E501
            if zh else
            f"Speaking rate {rate:.0%} in {where} (healthy ≥ {healthy:.0%}){weeks}: schedule an interaction post."
        )  # fmt: skip
    deep_now = len(data.silence.get("deep_churn", []))
    deep_before = data.previous.get("_deep_churn")
    shallow = len(data.silence.get("shallow_churn", []))
    if shallow:
        out.append(
            f"{shallow} 位成员沉默不超过 30 天（浅流失）：推送他们错过的热门内容和专属优惠码，发起一次召回。"
            if zh else f"{shallow} members silent up to 30 days (shallow churn): run a recall with the posts they missed."  # noqa: E501
        )  # fmt: skip
    if deep_now and (deep_before is None or deep_now > deep_before):
        out.append(
            f"深流失（沉默 ≥ 60 天）共 {deep_now} 人：1 对 1 回访，开放老用户回归特权。"
            if zh else f"{deep_now} members in deep churn (silent ≥ 60 days): call them one by one, offer a comeback perk."  # noqa: E501
        )  # fmt: skip
    if f["leaves"] > f["joins"] and f["leaves"]:
        out.append(
            f"本期退群 {f['leaves']} 人多于新增 {f['joins']} 人：检查推送频率与内容价值，设置退群问卷了解原因。"
            if zh else f"{f['leaves']} left, more than the {f['joins']} who joined: check post frequency and ask why."
        )  # fmt: skip
    nps = f.get("nps")
    if nps is not None and nps < th["nps_healthy"]:
        out.append(
            f"NPS {nps} 低于健康值 {int(th['nps_healthy'])}：回访贬损者（0–6 分），找出不满意的原因。"
            if zh else f"NPS {nps} below {int(th['nps_healthy'])}: follow up with the detractors."
        )  # fmt: skip
    flag = th["funnel_step_flag"]
    steps = ("触达→点击", "点击→加购", "加购→付款") if zh else ("reach→click", "click→cart", "cart→pay")
    for name, values in data.funnels:
        for i in range(1, 4):
            if values[i - 1] and values[i] / values[i - 1] < flag:
                r = values[i] / values[i - 1]
                out.append(
                    f"活动「{name}」{steps[i - 1]}转化率 {r:.0%}（< {flag:.0%}）：优化这一环节的文案或优惠。"
                    if zh else f"Campaign {name}: {steps[i - 1]} {r:.0%} (< {flag:.0%}): improve this step."
                )  # fmt: skip
                break
    if data.best_times:
        names = ("周一", "周二", "周三", "周四", "周五", "周六", "周日") if zh else dash_weekdays()
        w, h, _n = data.best_times[0]
        out.append(
            f"群里最热闹的时段是{names[w]} {h:02d}:00 前后：把重要内容安排在这个时间发布。"
            if zh else f"The busiest time is {names[w]} {h:02d}:00: post important content then."
        )  # fmt: skip
    fc, inv = f.get("fission_coefficient"), data.top_inviters
    if inv:
        top = "、".join(n for _m, n, _c in inv[:3])
        out.append(
            f"本期邀请最多的成员：{top}（裂变系数 {fc}）。可邀请他们成为 KOC 或领读人。"
            if zh else f"Top inviters: {top} (fission {fc}): invite them to become KOCs."
        )  # fmt: skip
    if not out:
        out.append("各项指标健康，保持当前节奏。" if zh else "All figures are healthy: keep the rhythm.")
    return out


def dash_weekdays() -> tuple[str, ...]:
    return ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def load_week(db: Database, week: str, group: str | None, today: date | None = None) -> dash.DashboardData:
    try:
        period = metrics.parse_period(week)
    except metrics.PeriodError as exc:
        raise ReportError(str(exc)) from None
    as_of = min(today or date.today(), period.end - timedelta(days=1))
    activity.bring_up_to_date(db)
    with db.session() as s:
        try:
            gid = dash.group_id_for(s, group)
        except metrics.PeriodError as exc:
            raise ReportError(str(exc)) from None
        data = dash.load(s, period, gid, as_of=as_of)
        # deep churn a period earlier, for "deep churn grew"
        prev_as_of = as_of - timedelta(days=period.days)
        data.previous["_deep_churn"] = len(dash._silence(s, prev_as_of, gid, data.thresholds)["deep_churn"])
    return data


REPORT_CHARTS = ("speaking_rate", "growth", "heatmap", "silence", "revenue", "funnel")


def _title(data: dash.DashboardData, lang: str) -> str:
    zh = lang.startswith("zh")
    head = "社群健康度报告" if zh else "Community health report"
    where = f" · {data.group_name}" if data.group_name else (" · 全部群" if zh else " · all groups")
    return f"{head} {data.period.label}{where}"


def _period_line(data: dash.DashboardData, lang: str) -> str:
    p = data.period
    last = p.end - timedelta(days=1)
    if lang.startswith("zh"):
        return f"统计周期：{p.start:%Y-%m-%d} 至 {last:%Y-%m-%d}，与上期 {data.previous['period']} 对比。"
    return f"Period: {p.start:%Y-%m-%d} to {last:%Y-%m-%d}, compared with {data.previous['period']}."


def _labels(lang: str) -> dict[str, str]:
    zh = lang.startswith("zh")
    keys = ("Key figures", "Figure", "This period", "Last period", "Change", "Healthy", "Suggested actions", "Charts",
            "Top posts", "Post", "Group", "Reach", "Replies", "Clicks", "Orders", "Recall results", "Segment", "Sent",
            "Recovered", "Rate", "No posts with results in this period.", "No recall messages sent in this period.",
            "Made by Qunzhu (群主)", "yes", "no")  # fmt: skip
    zh_values = ("关键指标", "指标", "本期", "上期", "变化", "是否健康", "建议行动", "图表", "本期热门内容 TOP 10",
                 "内容", "群", "触达", "回复", "点击", "订单", "召回效果", "分层", "已发送", "已唤醒", "唤醒率",
                 "本期没有记录效果的内容。", "本期未发送召回消息。", "由 群主 Qunzhu 生成", "健康", "偏低")  # fmt: skip
    return dict(zip(keys, zh_values if zh else keys, strict=True))


def _tables(data: dash.DashboardData, t: Callable, lang: str):
    rows = key_figures(data, t)
    L = _labels(lang)
    verdict = {None: "", True: L["yes"], False: L["no"]}
    figures = [[r.name, r.value, r.previous, r.change, verdict[r.healthy]] for r in rows]
    colours = {(i, 1): r.colour for i, r in enumerate(rows) if r.healthy is not None}
    colours.update({(i, 4): r.colour for i, r in enumerate(rows) if r.healthy is not None})
    posts = [[p["title"], p["group"], _num(p["reach"]), _num(p["replies"]), _num(p["clicks"]), _num(p["orders"])]
             for p in data.top_posts]  # fmt: skip
    recall = [[t(seg), s, r, _pct(r / s if s else None)] for seg, s, r in data.recall]
    return figures, colours, posts, recall


def write_pdf(data: dash.DashboardData, out: Path, lang: str = "zh_CN") -> None:
    from core import dashboard_charts
    from core.pdfdoc import PdfDocument

    t = texts.translator(lang)
    L = _labels(lang)
    doc = PdfDocument(
        _title(data, lang), subject=L["Key figures"], footer=L["Made by Qunzhu (群主)"] + " · {page}/{pages}"
    )
    doc.paragraph(_period_line(data, lang), color="#6B7280")
    figures, colours, posts, recall = _tables(data, t, lang)
    doc.heading(L["Key figures"])
    doc.table([L["Figure"], L["This period"], L["Last period"], L["Change"], L["Healthy"]], figures, align="lrrrl",
              colors=colours, col_widths=[3, 2, 2, 2, 1.5])  # fmt: skip
    doc.heading(L["Suggested actions"])
    doc.bullets(suggestions(data, t, lang))
    doc.heading(L["Charts"], keep_with_next_mm=72)
    for key in REPORT_CHARTS:
        doc.figure(lambda fig, key=key: dashboard_charts.CHARTS[key](fig, data, t), height_mm=68)
    doc.heading(L["Top posts"])
    if posts:
        doc.table([L["Post"], L["Group"], L["Reach"], L["Replies"], L["Clicks"], L["Orders"]], posts, align="llrrrr",
                  col_widths=[5, 3, 1.4, 1.4, 1.4, 1.4])  # fmt: skip
    else:
        doc.paragraph(L["No posts with results in this period."], color="#6B7280")
    doc.heading(L["Recall results"])
    if recall:
        doc.table([L["Segment"], L["Sent"], L["Recovered"], L["Rate"]], recall, align="lrrr")
    else:
        doc.paragraph(L["No recall messages sent in this period."], color="#6B7280")
    try:
        doc.save(out)
    except OSError as exc:
        raise ReportError(f"Cannot write {out}: {exc.strerror or exc}") from None


def write_html(data: dash.DashboardData, out: Path, lang: str = "zh_CN") -> None:
    from core import chartstyle, dashboard_charts

    chartstyle.configure()
    from matplotlib.figure import Figure

    t = texts.translator(lang)
    L = _labels(lang)
    e = html.escape
    figures, colours, posts, recall = _tables(data, t, lang)

    def table(headers, rows, colour_of=None):
        head = "".join(f"<th>{e(str(h))}</th>" for h in headers)
        body = ""
        for i, row in enumerate(rows):
            cells = ""
            for j, v in enumerate(row):
                c = (colour_of or {}).get((i, j))
                cells += f"<td style='color:{c}'>{e(str(v))}</td>" if c else f"<td>{e(str(v))}</td>"
            body += f"<tr>{cells}</tr>"
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    charts = ""
    for key in REPORT_CHARTS:
        fig = Figure(figsize=(7, 3.2), dpi=110, layout="constrained")
        chartstyle.agg_canvas()(fig)  # labels laid out once per process
        dashboard_charts.CHARTS[key](fig, data, t)
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        charts += f"<img alt='{e(key)}' src='data:image/png;base64,{base64.b64encode(buf.getvalue()).decode()}'>"
    parts = [
        f"<!DOCTYPE html><html lang='{'zh-CN' if lang.startswith('zh') else 'en'}'><head><meta charset='utf-8'>",
        f"<title>{e(_title(data, lang))}</title><style>body{{font-family:sans-serif;max-width:900px;margin:2em auto;"
        "color:#1F2937}table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border-bottom:1px solid #D1D5DB;"
        "padding:4px 8px;text-align:left}th{background:#EEF2F7;color:#6B7280}img{max-width:100%;display:block;"
        "margin:1em 0}.muted{color:#6B7280}</style></head><body>",
        f"<h1>{e(_title(data, lang))}</h1><p class='muted'>{e(_period_line(data, lang))}</p>",
        f"<h2>{e(L['Key figures'])}</h2>",
        table([L["Figure"], L["This period"], L["Last period"], L["Change"], L["Healthy"]], figures, colours),
        f"<h2>{e(L['Suggested actions'])}</h2><ul>",
        "".join(f"<li>{e(s)}</li>" for s in suggestions(data, t, lang)),
        f"</ul><h2>{e(L['Charts'])}</h2>{charts}<h2>{e(L['Top posts'])}</h2>",
        table([L["Post"], L["Group"], L["Reach"], L["Replies"], L["Clicks"], L["Orders"]], posts)
        if posts else f"<p class='muted'>{e(L['No posts with results in this period.'])}</p>",
        f"<h2>{e(L['Recall results'])}</h2>",
        table([L["Segment"], L["Sent"], L["Recovered"], L["Rate"]], recall)
        if recall else f"<p class='muted'>{e(L['No recall messages sent in this period.'])}</p>",
        f"<p class='muted'>{e(L['Made by Qunzhu (群主)'])}</p></body></html>",
    ]  # fmt: skip
    try:
        out.write_text("".join(parts), encoding="utf-8")
    except OSError as exc:
        raise ReportError(f"Cannot write {out}: {exc.strerror or exc}") from None


def make_report(db: Database, week: str, out: Path, group: str | None = None, lang: str = "zh_CN",
                today: date | None = None) -> dash.DashboardData:  # fmt: skip
    """Write the report for ``week`` (any period ``core.metrics.parse_period`` reads) to ``out`` (.pdf or .html)."""
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):
        raise ReportError(f"The report is written as .pdf or .html, not {out.suffix or 'a file without extension'}.")
    data = load_week(db, week, group, today)
    (write_pdf if suffix == ".pdf" else write_html)(data, out, lang)
    return data
