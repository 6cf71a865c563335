"""Small export files of every chat format, written from the formats' public descriptions (PRODUCT.md).

Each fixture states its true counts: messages per sender, joins, leaves and inviters, so tests compare
what an import stored with what the file holds.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

# --- WhatsApp, Android, 24-hour, day/month (13/05 settles the order) ---------------------------------------
E2E = "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read them."
WHATSAPP_ANDROID = f"""\
13/05/2025, 20:00 - {E2E}
13/05/2025, 20:00 - 张三 created group "读书会"
13/05/2025, 20:01 - 张三 added 李四 and Anna
13/05/2025, 20:02 - 李四: 大家好
13/05/2025, 20:02 - 李四: 打卡 第一天
13/05/2025, 20:03 - Anna: hello
this message has
three lines
13/05/2025, 20:04 - Dr: Who: hi there
13/05/2025, 20:05 - Dr: Who: <Media omitted>
13/05/2025, 20:05 - Bob joined using this group's invite link
13/05/2025, 20:06 - Bob: look https://example.com
14/05/2025, 09:00 - Anna left
14/05/2025, 09:01 - 张三 removed Bob
12/05/2025, 08:00 - 张三: an older message (timestamps go backwards)
14/05/2025, 10:00 - 李四: ok
14/05/2025, 10:00 - 李四: ok
"""
WHATSAPP_ANDROID_TRUTH = {
    "messages": {"李四": 4, "Anna": 1, "Dr: Who": 2, "Bob": 1, "张三": 1},
    "joins": 3,
    "leaves": 2,
    "inviters": {"李四": "张三", "Anna": "张三"},
    "channels": {"李四": "invited", "Anna": "invited", "Bob": "link"},
    "left": {"Anna": "left", "Bob": "removed"},
    "check_ins": 1,
}

# --- WhatsApp, iOS, 12-hour with narrow no-break spaces, month/day (5/20 settles it) -----------------------
NB = "\u202f"
LRM = "\u200e"
WHATSAPP_IOS = f"""\
[5/12/25, 8:01:10{NB}PM] 花园小组: {LRM}Messages and calls are end-to-end encrypted.
[5/12/25, 8:01:15{NB}PM] 花园小组: {LRM}王芳 added 陈静
[5/12/25, 8:02:00{NB}PM] 王芳: 欢迎陈静!
[5/12/25, 8:03:00{NB}PM] 陈静: {LRM}image omitted
{LRM}[5/12/25, 8:04:00{NB}PM] 陈静: {LRM}audio omitted
[5/20/25, 12:05:00{NB}AM] ~{NB}Lily: night owl
[5/20/25, 12:06:00{NB}PM] 花园小组: {LRM}Lily left
"""
WHATSAPP_IOS_TRUTH = {"messages": {"王芳": 1, "陈静": 2, "Lily": 1}, "joins": 1, "leaves": 1}

# --- WhatsApp, Android, US 12-hour month/day, narrow no-break spaces, a group name with ': ' -------------
WHATSAPP_US = f"""\
5/12/25, 8:01{NB}PM - Alice created group "Book: Club"
5/12/25, 8:02{NB}PM - Alice added Bob, Carol and Dan
5/13/25, 9:15{NB}AM - Bob: hi all
5/13/25, 12:05{NB}AM - Carol: late: night
5/13/25, 12:30{NB}PM - Dan: <Media omitted>
5/14/25, 1:00{NB}PM - +44 7700 900123 joined using this group's invite link
5/14/25, 1:01{NB}PM - You removed Dan
"""
WHATSAPP_US_TRUTH = {"messages": {"Bob": 1, "Carol": 1, "Dan": 1}, "joins": 4, "leaves": 1}

WHATSAPP_AMBIGUOUS = """\
03/04/2025, 20:00 - A created group "x"
03/04/2025, 20:01 - A: one
04/04/2025, 20:02 - B: two
05/04/2025, 20:02 - C: three
"""
WHATSAPP_MIXED_CLOCKS = """\
13/05/2025, 20:00 - A created group "x"
13/05/2025, 20:01 - A: one
13/05/2025, 8:02 PM - B: two
"""
WHATSAPP_PRIVATE = """\
13/05/2025, 20:00 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
13/05/2025, 20:01 - Mum: dinner?
13/05/2025, 20:02 - Me Myself: yes
"""

# --- MemoTrace CSV ------------------------------------------------------------------------------------------
MEMOTRACE_HEADER = [
    "localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status",
    "StrContent", "StrTime", "Remark", "NickName", "Sender",
]  # fmt: skip
MEMOTRACE_ROWS = [
    [1, 5, 10000, 0, 0, 1747137600, 2, '"张三"邀请"李四、王五"加入了群聊', "2025-05-13 20:00:00", "", "", ""],
    [2, 5, 1, 0, 0, 1747137660, 2, "大家好", "2025-05-13 20:01:00", "", "李四", "wxid_li4"],
    [3, 5, 3, 0, 0, 1747137720, 2, "<msg><img md5='x'/></msg>", "2025-05-13 20:02:00", "", "王五", "wxid_wang5"],
    [4, 5, 1, 0, 1, 1747137780, 2, "欢迎!\n多行消息", "2025-05-13 20:03:00", "", "群主小美", "wxid_owner"],
    [5, 5, 10000, 0, 0, 1747137840, 2, '"赵六"通过扫描"李四"分享的二维码加入群聊', "2025-05-13 20:04:00", "", "", ""],
    [6, 5, 1, 0, 0, 1747137900, 2, "今日打卡", "2025-05-13 20:05:00", "", "赵六", "wxid_zhao6"],
    [7, 5, 10000, 0, 0, 1747137960, 2, '你将"王五"移出了群聊', "2025-05-13 20:06:00", "", "", ""],
    [8, 5, 34, 0, 0, 1747138020, 2, "<voice/>", "2025-05-13 20:07:00", "", "李四改了名", "wxid_li4"],
    [9, 5, 49, 5, 0, 1747138080, 2, "", "2025-05-13 20:08:00", "", "赵六", "wxid_zhao6"],
    [10, 5, 47, 0, 0, 1747138140, 2, "<emoji/>", "2025-05-13 20:09:00", "", "赵六", "wxid_zhao6"],
    [11, 5, 10000, 0, 0, 1747138200, 2, '"赵六" 撤回了一条消息', "2025-05-13 20:10:00", "", "", ""],
]
MEMOTRACE_TRUTH = {
    "messages": {"wxid_li4": 2, "wxid_wang5": 1, "wxid_owner": 1, "wxid_zhao6": 3},
    "joins": 3,
    "leaves": 1,
    "inviters": {"李四": "张三", "王五": "张三", "赵六": "李四"},
    "channels": {"李四": "invited", "王五": "invited", "赵六": "qr"},
}

MEMOTRACE_TXT = """\
2025-05-13 20:00:00 "张三"邀请"李四、王五"加入了群聊

2025-05-13 20:01:00 李四
大家好

2025-05-13 20:02:00 王五
[图片]

2025-05-13 20:03:00 小美
欢迎!

多行消息

2025-05-13 20:04:00
"赵六"通过扫描"李四"分享的二维码加入群聊

2025-05-13 20:05:00 赵六
今日打卡

2025-05-13 20:06:00 赵六
[链接]:title:团购
"""
MEMOTRACE_TXT_TRUTH = {"messages": {"李四": 1, "王五": 1, "小美": 1, "赵六": 2}, "joins": 3, "leaves": 0}

# --- Telegram Desktop result.json --------------------------------------------------------------------------
TELEGRAM = {
    "name": "Book Club",
    "type": "private_supergroup",
    "id": 123,
    "messages": [
        {"id": 1, "type": "service", "date": "2025-05-13T20:00:00", "actor": "Alice", "actor_id": "user1",
         "action": "create_group", "title": "Book Club", "members": ["Alice", "Bob"], "text": ""},
        {"id": 2, "type": "message", "date": "2025-05-13T20:01:00", "from": "Bob", "from_id": "user2",
         "text": "hi all", "text_entities": []},
        {"id": 3, "type": "message", "date": "2025-05-13T20:02:00", "from": "Alice", "from_id": "user1",
         "text": ["see ", {"type": "link", "text": "https://x.org"}], "text_entities": []},
        {"id": 4, "type": "service", "date": "2025-05-13T20:03:00", "actor": "Carol", "actor_id": "user3",
         "action": "join_group_by_link", "inviter": "Group", "text": ""},
        {"id": 5, "type": "message", "date": "2025-05-13T20:04:00", "from": "Carol", "from_id": "user3",
         "photo": "photos/1.jpg", "text": ""},
        {"id": 6, "type": "message", "date": "2025-05-13T20:04:30", "from": "Carol", "from_id": "user3",
         "media_type": "sticker", "file": "stickers/1.webp", "text": ""},
        {"id": 7, "type": "service", "date": "2025-05-13T20:05:00", "actor": "Bob", "actor_id": "user2",
         "action": "remove_members", "members": ["Bob"], "text": ""},
        {"id": 8, "type": "service", "date": "2025-05-13T20:06:00", "actor": "Alice", "actor_id": "user1",
         "action": "invite_members", "members": ["Dan"], "text": ""},
        {"id": 9, "type": "service", "date": "2025-05-13T20:07:00", "actor": "Alice", "actor_id": "user1",
         "action": "remove_members", "members": ["Carol"], "text": ""},
        {"id": 10, "type": "message", "date": "2025-05-13T20:08:00", "from": "Dan", "from_id": "user4",
         "text": "签到", "text_entities": []},
    ],
}  # fmt: skip
TELEGRAM_TRUTH = {
    "messages": {"user2": 1, "user1": 1, "user3": 2, "user4": 1},
    "joins": 3,
    "leaves": 2,
    "inviters": {"Bob": "Alice", "Dan": "Alice"},
}

GENERIC_CSV = """\
时间,发送者,内容,群名
2025-05-13 20:01:00,李四,大家好,读书会
2025-05-13 20:02:00,王五,[图片],读书会
2025-05-13 20:03:00,李四,"第一行
第二行",宝妈群
2025-05-13 20:04:00,Anna,https://shop.example.com,宝妈群
"""
GENERIC_CSV_MIXED = """\
time,sender,text
2025-05-13 20:01:00,A,one
13/05/2025 20:02,B,two
"""


def write(tmp: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp / name
    path.write_bytes(text.encode(encoding))
    return path


def write_memotrace_csv(tmp: Path, rows=None, name: str = "读书会_utf8.csv", encoding: str = "utf-8-sig") -> Path:
    path = tmp / name
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(MEMOTRACE_HEADER)
        writer.writerows(rows or MEMOTRACE_ROWS)
    return path


def write_telegram(tmp: Path, data=None, name: str = "result.json", cut: float | None = None) -> Path:
    text = json.dumps(data or TELEGRAM, ensure_ascii=False, indent=1)
    if cut is not None:
        text = text[: int(len(text) * cut)]
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return path
