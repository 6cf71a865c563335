<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="51"/>
        <source>Qunzhu is already open</source>
        <translation>群主已在运行</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="52"/>
        <source>This database is already open in another Qunzhu window:
%1

Switch to that window, or close it first.</source>
        <translation>这个数据库已在另一个群主窗口中打开：
%1

请切换到那个窗口，或先将其关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="62"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="87"/>
        <source>Welcome to Qunzhu</source>
        <translation>欢迎使用群主</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="88"/>
        <source>Your community database is empty.</source>
        <translation>你的社群数据库还是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="90"/>
        <source>Start with a demo community to explore every page with realistic data (you can start a new, empty database at any time), or start empty and import your own members and chats.</source>
        <translation>使用示例社群，可以用逼真的数据体验每个页面（之后随时可以新建空白数据库）；也可以从空白开始，导入自己的成员和聊天记录。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="97"/>
        <source>Start with a demo community</source>
        <translation>使用示例社群开始</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="99"/>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="108"/>
        <source>Creating the demo community…</source>
        <translation>正在创建示例社群…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="109"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="116"/>
        <location filename="../../ui/app.py" line="124"/>
        <source>Demo community</source>
        <translation>示例社群</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/pages/calendar.py" line="31"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="35"/>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="36"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="37"/>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="45"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="45"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="45"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="45"/>
        <source>Post</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="45"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="47"/>
        <source>Nothing is planned this week.</source>
        <translation>本周还没有计划内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="65"/>
        <source>Loading calendar</source>
        <translation>正在加载日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="69"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="70"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="71"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="72"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="73"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="74"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="75"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../../ui/pages/content.py" line="21"/>
        <source>Content library</source>
        <translation>内容素材库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="24"/>
        <source>Search titles and text…</source>
        <translation>搜索标题和正文…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="32"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="33"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="34"/>
        <source>Core</source>
        <translation>内容核</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="35"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="36"/>
        <source>Times posted</source>
        <translation>发布次数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="37"/>
        <source>Last posted</source>
        <translation>最近发布</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="46"/>
        <source>The library is empty. Content items you write or import will be listed here.</source>
        <translation>素材库还是空的。你编写或导入的内容会列在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="56"/>
        <source>Loading content</source>
        <translation>正在加载内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/content.py" line="68"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="27"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="32"/>
        <source>Export charts as PNG…</source>
        <translation>导出图表为 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="37"/>
        <source>No activity in the last 12 weeks yet. Import chat history to see charts.</source>
        <translation>近 12 周还没有活动数据。导入聊天记录后即可查看图表。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="52"/>
        <source>Computing dashboard</source>
        <translation>正在计算看板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="65"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="65"/>
        <source>Left</source>
        <translation>已退群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="66"/>
        <source>Joins and leaves per week</source>
        <translation>每周入群与退群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="66"/>
        <source>Speaking rate per week</source>
        <translation>每周发言率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="67"/>
        <source>Healthy (%1)</source>
        <translation>健康线（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="97"/>
        <source>Choose a folder for the PNG files</source>
        <translation>选择保存 PNG 文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="101"/>
        <source>Charts saved in %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ImportCenter</name>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="74"/>
        <source>Import centre</source>
        <translation>导入中心</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="81"/>
        <location filename="../../ui/dialogs/import_center.py" line="166"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="82"/>
        <source>History</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="92"/>
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="94"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="109"/>
        <source>Drop a chat export or a shop order export here, or choose a file.

Chats: 留痕/MemoTrace CSV or TXT (WeChat groups), WhatsApp “Export chat” .txt, Telegram result.json, or a CSV with time, sender and text columns.
Orders: CSV or XLSX exports of your shop.</source>
        <translation>把聊天记录导出文件或店铺订单导出文件拖到这里，或点“选择文件”。

聊天记录：留痕/MemoTrace 导出的 CSV 或 TXT（微信群）、WhatsApp“导出聊天”的 .txt、Telegram 的 result.json，或含时间、发送者、内容三列的 CSV。
订单：店铺后台导出的 CSV 或 XLSX。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="122"/>
        <source>Chat export</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="123"/>
        <source>Shop orders</source>
        <translation>店铺订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="125"/>
        <source>What it is</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="127"/>
        <location filename="../../ui/dialogs/import_center.py" line="264"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="131"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="135"/>
        <location filename="../../ui/dialogs/import_center.py" line="218"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="137"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="138"/>
        <source>Day/month/year (13/05/2025)</source>
        <translation>日/月/年（13/05/2025）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="139"/>
        <source>Month/day/year (05/13/2025)</source>
        <translation>月/日/年（05/13/2025）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="140"/>
        <source>Year/month/day (2025/05/13)</source>
        <translation>年/月/日（2025/05/13）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="142"/>
        <source>Date order</source>
        <translation>日期顺序</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="148"/>
        <location filename="../../ui/dialogs/import_center.py" line="220"/>
        <source>Found</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="158"/>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="158"/>
        <location filename="../../ui/dialogs/import_center.py" line="395"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="158"/>
        <source>Found how</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="158"/>
        <source>Who is it?</source>
        <translation>对应成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="163"/>
        <source>Also keep the message text (off: only lengths and kinds are kept)</source>
        <translation>同时保存消息原文（关闭时只保存长度和类型）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="181"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="197"/>
        <source>Import another file…</source>
        <translation>导入其他文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="199"/>
        <source>Undo this import</source>
        <translation>撤销这次导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="215"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="216"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="217"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="219"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="221"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="222"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="226"/>
        <source>Nothing imported yet.</source>
        <translation>还没有导入过任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="230"/>
        <source>Undo selected import</source>
        <translation>撤销所选导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="240"/>
        <source>Choose an export</source>
        <translation>选择导出文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="242"/>
        <source>Exports (*.csv *.txt *.json *.xlsx *.tsv);;All files (*)</source>
        <translation>导出文件 (*.csv *.txt *.json *.xlsx *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="291"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="295"/>
        <location filename="../../ui/dialogs/import_center.py" line="300"/>
        <source>Reading the file</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="317"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="325"/>
        <source>The dates in this file could be day/month or month/day, and nothing in it tells which. Choose the date order of the phone that made the export.</source>
        <translation>这个文件里的日期既可能是“日/月”也可能是“月/日”，文件本身无法判断。请选择导出时手机使用的日期顺序。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="334"/>
        <source>Choose which columns hold what, then press “Use these columns”.</source>
        <translation>请选择各项对应的列，然后点“使用这些列”。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="368"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="373"/>
        <source>Use these columns</source>
        <translation>使用这些列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="395"/>
        <location filename="../../ui/dialogs/import_center.py" line="559"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="405"/>
        <source>Detected: %1</source>
        <translation>已识别：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="411"/>
        <source>no messages</source>
        <translation>没有消息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="413"/>
        <source>%1 messages (%2), %3 senders, %4 joins, %5 leaves, %6 check-ins</source>
        <translation>%1 条消息（%2），%3 位发言人，%4 人入群，%5 人退群，%6 次打卡</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="422"/>
        <source>The group “%1” is new and will be created.</source>
        <translation>社群“%1”是新的，导入时会新建。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="424"/>
        <source>This looks like a private chat, not a group: it will not be imported.</source>
        <translation>这看起来是私聊而不是群聊，不会导入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="432"/>
        <source>%1 orders (%2), %3 refunded or cancelled left out, spend %4, %5 buyers</source>
        <translation>%1 笔订单（%2），%3 笔退款或取消的不计入，消费 %4，%5 位买家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="445"/>
        <source>%1 of %2 are already members. Check the others: link them to the member they are, create a new member, or leave them out. Your choices are remembered for the next import.</source>
        <translation>%2 人中有 %1 人已是成员。请确认其余的人：关联到对应的成员、新建成员，或不导入。你的选择会记住，下次导入时直接使用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="455"/>
        <source>remembered for this group</source>
        <translation>本群已记住的选择</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="456"/>
        <source>known alias</source>
        <translation>已知的昵称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="457"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="458"/>
        <source>phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="459"/>
        <source>same name</source>
        <translation>同名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="466"/>
        <source>Member: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="469"/>
        <source>similar to %1 — please check</source>
        <translation>与 %1 相似，请确认</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="471"/>
        <source>not a member yet</source>
        <translation>还不是成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="474"/>
        <source>Same as %1? (similar name, %2%)</source>
        <translation>是 %1 吗？（名字相似度 %2%）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="476"/>
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="477"/>
        <source>Leave out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="500"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="504"/>
        <source>Importing orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="510"/>
        <source>Importing a chat</source>
        <translation>导入聊天记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="520"/>
        <source>Imported into “%1”: %2 messages read, %3 events added, %4 already there. %5 new members, %6 matched to existing members; %7 joins and %8 leaves.</source>
        <translation>已导入到“%1”：读取 %2 条消息，新增 %3 条记录，%4 条已存在。新建成员 %5 人，匹配到已有成员 %6 人；入群 %7 人，退群 %8 人。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="535"/>
        <source>Imported %1 orders: %2 purchases added (spend %3), %4 left out as refunded or cancelled, %5 already there. %6 new members, %7 matched.</source>
        <translation>已导入 %1 笔订单：新增 %2 笔购买（消费 %3），%4 笔退款或取消的不计入，%5 笔已存在。新建成员 %6 人，匹配 %7 人。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="579"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="580"/>
        <source>Take import %1 back out? Its events, the members it created and the changes it made go.</source>
        <translation>撤销第 %1 次导入？它导入的记录、新建的成员和所做的修改都会被撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="589"/>
        <source>Undoing an import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="594"/>
        <source>Import %1 was undone: %2 events and %3 members removed.</source>
        <translation>第 %1 次导入已撤销：删除了 %2 条记录和 %3 位成员。</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="604"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="605"/>
        <source>Payment time</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="606"/>
        <source>Sender</source>
        <translation>发送者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="607"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="608"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="609"/>
        <source>Sender ID</source>
        <translation>发送者 ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="610"/>
        <source>Message ID</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="611"/>
        <source>Message kind</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="612"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="613"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="614"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="615"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="616"/>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="617"/>
        <source>Product</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="618"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="619"/>
        <source>Refund status</source>
        <translation>退款状态</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="9"/>
        <source>Traffic group</source>
        <translation>引流群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="10"/>
        <source>Perks group</source>
        <translation>福利群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11"/>
        <source>Flash group</source>
        <translation>快闪群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>VIP group</source>
        <translation>VIP群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Seeding group</source>
        <translation>种草群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Founding</source>
        <translation>初建期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Growth</source>
        <translation>成长期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Mature</source>
        <translation>成熟期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Churn</source>
        <translation>流失期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Silver</source>
        <translation>白银</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Gold</source>
        <translation>黄金</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Diamond</source>
        <translation>钻石</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Idea</source>
        <translation>想法</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Posted</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Promotion</source>
        <translation>推广类</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Conversion</source>
        <translation>转化类</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Brand</source>
        <translation>品牌类</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Knowledge</source>
        <translation>知识核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Emotion</source>
        <translation>情感核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Text</source>
        <translation>纯文字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Image and text</source>
        <translation>图文</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Poll</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Check-in task</source>
        <translation>打卡任务</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Product card</source>
        <translation>商品卡片</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Active</source>
        <translation>活跃型</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Lurker</source>
        <translation>潜水型</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Shallow churn</source>
        <translation>浅流失</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Deep churn</source>
        <translation>深流失</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Quiet</source>
        <translation>低频型</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Left</source>
        <translation>已退群</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="182"/>
        <location filename="../../ui/main_window.py" line="48"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39"/>
        <source>Qunzhu — community manager</source>
        <translation>群主 — 社群运营助手</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/models/member_table.py" line="28"/>
        <source>Name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="29"/>
        <source>Groups</source>
        <translation>所在群</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="30"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="31"/>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="32"/>
        <source>Days silent</source>
        <translation>沉默天数</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="33"/>
        <source>Messages</source>
        <translation>发言数</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="34"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="35"/>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="36"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="37"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/pages/members.py" line="17"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="20"/>
        <source>Search name, alias, WeChat ID, phone or notes…</source>
        <translation>搜索昵称、别名、微信号、手机号或备注…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="23"/>
        <source>Import chats or orders…</source>
        <translation>导入聊天记录或订单…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="63"/>
        <source>%n member(s) found</source>
        <translation>
            <numerusform>找到 %n 位成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="65"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位成员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallPage</name>
    <message>
        <location filename="../../ui/pages/recall.py" line="31"/>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="38"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="38"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="44"/>
        <source>No members yet, so nobody to recall.</source>
        <translation>还没有成员，暂时无人需要召回。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="51"/>
        <source>Computing segments</source>
        <translation>正在计算分层</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="57"/>
        <source>Active: at least %1 messages in the last 7 days. Shallow churn: silent 8 to %2 days. Deep churn: silent %3 days or more. Lurker: never posted. Thresholds are in Settings.</source>
        <translation>活跃型：近 7 天发言至少 %1 条。浅流失：沉默 8 到 %2 天。深流失：沉默 %3 天及以上。潜水型：从未发言。阈值可在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="89"/>
        <source>Showing the first %1 of %2 members.</source>
        <translation>显示前 %1 位，共 %2 位成员。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="96"/>
        <source>In the group, has never posted</source>
        <translation>在群内，从未发言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="98"/>
        <source>Left the group</source>
        <translation>已退出群聊</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/recall.py" line="100"/>
        <source>%n message(s) in the last 7 days</source>
        <translation>
            <numerusform>近 7 天发言 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/recall.py" line="101"/>
        <source>Silent for %n day(s)</source>
        <translation>
            <numerusform>已沉默 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="103"/>
        <source>last message on %1</source>
        <translation>最后发言于 %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="16"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="18"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="21"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="25"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="26"/>
        <source>The new language is used from the next start.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="32"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="33"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="36"/>
        <source>Thresholds (from the community-operations guide)</source>
        <translation>阈值（来自社群运营指南）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="40"/>
        <source>Healthy speaking rate (发言率)</source>
        <translation>健康发言率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="41"/>
        <source>Healthy open rate (打开率)</source>
        <translation>健康打开率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="42"/>
        <source>Healthy NPS</source>
        <translation>健康 NPS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="43"/>
        <source>Flag funnel steps under</source>
        <translation>漏斗环节低于此值时标红</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="44"/>
        <source>Active: messages a week</source>
        <translation>活跃型：每周发言条数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="45"/>
        <source>Shallow churn: silent up to (days)</source>
        <translation>浅流失：沉默最多（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="46"/>
        <source>Deep churn: silent at least (days)</source>
        <translation>深流失：沉默至少（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="47"/>
        <source>Early warning: silent after a click (days)</source>
        <translation>预警：点击后沉默（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="56"/>
        <source>Save thresholds</source>
        <translation>保存阈值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="58"/>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="63"/>
        <source>Chat imports</source>
        <translation>聊天记录导入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="67"/>
        <source>Check-in keywords (comma-separated)</source>
        <translation>打卡关键词（用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="68"/>
        <source>Save keywords</source>
        <translation>保存关键词</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="85"/>
        <source>Check-in keywords saved; they apply to the next chat import.</source>
        <translation>打卡关键词已保存，下次导入聊天记录时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="95"/>
        <source>Shallow churn must end before deep churn begins; nothing was saved.</source>
        <translation>浅流失天数必须小于深流失天数；未保存任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="100"/>
        <source>Thresholds saved.</source>
        <translation>阈值已保存。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today.py" line="29"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="33"/>
        <source>&lt;b&gt;Planned for today&lt;/b&gt;</source>
        <translation>&lt;b&gt;今日计划&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="34"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="34"/>
        <location filename="../../ui/pages/today.py" line="42"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="34"/>
        <source>Post</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="34"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="35"/>
        <source>Nothing is planned for today. Plan posts on the Calendar page.</source>
        <translation>今天还没有计划内容。请在“日历”页安排发布。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="39"/>
        <source>&lt;b&gt;Groups, last 7 days&lt;/b&gt;</source>
        <translation>&lt;b&gt;各群近 7 天&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="43"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="44"/>
        <source>Stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="45"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="46"/>
        <source>Messages</source>
        <translation>发言数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="47"/>
        <source>Speaking rate</source>
        <translation>发言率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="48"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="49"/>
        <source>Left</source>
        <translation>已退群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="53"/>
        <source>No groups yet. Import a chat export or start with the demo community to see figures here.</source>
        <translation>还没有群。导入聊天记录或使用示例社群后，这里会显示各群数据。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="60"/>
        <source>Loading today</source>
        <translation>正在加载今日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="83"/>
        <source>Healthy at %1 or more</source>
        <translation>达到 %1 及以上为健康</translation>
    </message>
</context>
</TS>
