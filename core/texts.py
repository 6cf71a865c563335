"""Words of the charts, the weekly report and the growth card, in English and Simplified Chinese.

These are drawn by headless code (the report and card are made on the command line too), so they cannot use Qt's
translations; the GUI passes the language it runs in. Terms follow the seeds' glossary (docs/metrics.md).
"""

from __future__ import annotations

from collections.abc import Callable

ZH: dict[str, str] = {
    # key figures
    "Members": "成员数",
    "Joined": "新增用户数",
    "Left": "退群",
    "Net": "净增",
    "Speaking rate": "发言率",
    "Messages": "消息数",
    "Speakers": "发言人数",
    "Orders": "订单数",
    "Revenue": "营收",
    "Repeat-purchase rate": "复购率",
    "CLV": "CLV（用户终身价值）",
    "Avg days between orders": "平均复购间隔（天）",
    "NPS": "NPS（净推荐值）",
    "Fission coefficient": "裂变系数",
    "Open rate": "消息打开率",
    "Check-ins": "签到次数",
    "Healthy ≥ {0}": "健康值 ≥ {0}",
    "vs last period: {0}": "较上期：{0}",
    "no data": "暂无数据",
    "no change": "持平",
    # charts
    "Members, joins and leaves per week": "每周成员数、新增与退群",
    "Members at week end": "周末成员数",
    "Speaking rate per week": "每周发言率",
    "Healthy line {0}": "健康线 {0}",
    "Messages by weekday and hour": "消息时段分布（星期 × 小时）",
    "Best times: {0}": "最佳发帖时段：{0}",
    "Mon": "周一",
    "Tue": "周二",
    "Wed": "周三",
    "Thu": "周四",
    "Fri": "周五",
    "Sat": "周六",
    "Sun": "周日",
    "Segment mix per week": "每周用户分层",
    "Active (≥ {0} messages)": "活跃型（≥ {0} 条）",
    "Occasional": "偶尔发言",
    "Silent (lurkers)": "潜水型（未发言）",
    "Members by days since their last message (as of {0})": "按沉默天数的成员分布（截至 {0}）",
    "Active (≤ 7 days)": "活跃（≤ 7 天）",
    "Shallow churn (≤ 30 days)": "浅流失（≤ 30 天）",
    "Drifting (31–59 days)": "流失预警（31–59 天）",
    "Deep churn (≥ 60 days)": "深流失（≥ 60 天）",
    "Never spoke (lurkers)": "从未发言（潜水）",
    "Click a bar to see these members": "点击柱子查看这些成员",
    "Retention by join month (still in the group)": "按入群月份的留存（仍在群内）",
    "Month after joining": "入群后第几个月",
    "Tier distribution": "会员等级分布",
    "Silver": "白银",
    "Gold": "黄金",
    "Diamond": "钻石",
    "No tier": "未定级",
    "Top inviters (fission {0})": "邀请排行（裂变系数 {0}）",
    "Invites": "邀请人数",
    "Revenue and orders per week": "每周营收与订单",
    "Conversion funnel per campaign": "各活动转化漏斗",
    "Reach": "触达",
    "Clicks": "点击",
    "Carts": "加购",
    "Flagged < {0}": "低于 {0} 标红",
    "NPS from survey scores": "NPS 问卷得分",
    "Promoters (9–10)": "推荐者（9–10）",
    "Passives (7–8)": "被动者（7–8）",
    "Detractors (0–6)": "贬损者（0–6）",
    "Content results by core": "按内容三核的效果",
    "Posts": "发布数",
    "Interactions": "互动数",
    "Knowledge": "知识核",
    "Emotion": "情感核",
    "Conversion": "转化核",
    "Recall outcomes": "召回效果",
    "Sent": "已发送",
    "Recovered": "已唤醒",
    "No data in this period": "本期暂无数据",
    "Computing…": "正在计算…",
    "No funnel results noted yet (calendar → results)": "尚未记录漏斗数据（内容日历 → 效果）",
    "No NPS scores yet (Dashboard → NPS scores)": "尚无 NPS 评分（看板 → NPS 评分）",
    "No recall messages sent in this period": "本期未发送召回消息",
    "No invites in this period": "本期没有邀请",
    "active": "活跃型",
    "lurker": "潜水型",
    "freebie": "羊毛型",
    "shallow_churn": "浅流失",
    "deep_churn": "深流失",
    "early_warning": "流失预警",
    "points_expiring": "积分将过期",
    "repurchase_due": "复购提醒",
    "anniversary": "入群纪念日",
    "birthday": "生日",
    "resuming": "回归",
    "koc_candidate": "KOC 候选",
    "left": "已退群",
}


def translator(lang: str = "zh_CN") -> Callable[..., str]:
    """``t(text, *args)``: the text in ``lang`` with ``{0}``, ``{1}`` … filled."""
    table = ZH if lang.startswith("zh") else {}

    def t(text: str, *args: object) -> str:
        return table.get(text, text).format(*args)

    return t
