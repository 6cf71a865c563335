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
        <location filename="../../ui/app.py" line="91"/>
        <source>Welcome to Qunzhu</source>
        <translation>欢迎使用群主</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="92"/>
        <source>Your community database is empty.</source>
        <translation>你的社群数据库还是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="94"/>
        <source>Start with a demo community to explore every page with realistic data (you can start a new, empty database at any time), or start empty and import your own members and chats.</source>
        <translation>使用示例社群，可以用逼真的数据体验每个页面（之后随时可以新建空白数据库）；也可以从空白开始，导入自己的成员和聊天记录。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <source>Start with a demo community</source>
        <translation>使用示例社群开始</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="112"/>
        <source>Creating the demo community…</source>
        <translation>正在创建示例社群…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="113"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="120"/>
        <location filename="../../ui/app.py" line="128"/>
        <source>Demo community</source>
        <translation>示例社群</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="55"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="56"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="57"/>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="65"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="65"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="65"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="65"/>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="72"/>
        <source>No backups yet. Qunzhu backs up when you close it, every few hours while it is open, and before risky changes; or press “Back up now”.</source>
        <translation>还没有备份。群主会在关闭时、打开期间每隔几小时、以及进行有风险的更改之前自动备份；也可以点击“立即备份”。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="79"/>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="86"/>
        <source>For a copy off this computer choose a USB drive or a synced folder. The database itself must stay on this computer&apos;s own disk.</source>
        <translation>如需在本机之外保留一份，请选择 U 盘或同步文件夹。数据库本身必须留在本机磁盘上。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="90"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="94"/>
        <location filename="../../ui/pages/backups_panel.py" line="148"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="97"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="98"/>
        <source>only on close</source>
        <translation>仅在关闭时</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="100"/>
        <source>Back up while open, every</source>
        <translation>打开期间的备份间隔</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="103"/>
        <source>Keep the newest</source>
        <translation>保留最新的</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="104"/>
        <source>and one a day for (days)</source>
        <translation>另每天保留一份（天数）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="105"/>
        <source>and one a week for (weeks)</source>
        <translation>另每周保留一份（周数）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="106"/>
        <source>and one a month for (months)</source>
        <translation>另每月保留一份（月数）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="113"/>
        <source>Save backup settings</source>
        <translation>保存备份设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="143"/>
        <source>Backup settings saved.</source>
        <translation>备份设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="154"/>
        <source>Listing backups</source>
        <translation>正在列出备份</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/backups_panel.py" line="169"/>
        <source>%n backup(s), %1 in %2</source>
        <translation>
            <numerusform>%n 个备份，共 %1，位于 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="175"/>
        <source>Every few hours</source>
        <translation>定时备份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="176"/>
        <source>On closing</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="177"/>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="178"/>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="179"/>
        <location filename="../../ui/pages/backups_panel.py" line="180"/>
        <source>Before emptying the trash</source>
        <translation>清空回收站之前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="181"/>
        <source>Before a bulk delete</source>
        <translation>批量删除之前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="182"/>
        <source>Before a merge</source>
        <translation>合并之前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="183"/>
        <source>Before undoing an import</source>
        <translation>撤销导入之前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="186"/>
        <source>Before an upgrade</source>
        <translation>升级之前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="203"/>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="204"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="208"/>
        <source>Backup written: %1</source>
        <translation>备份已写入：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="218"/>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="218"/>
        <source>Qunzhu database (*.sqlite3)</source>
        <translation>群主数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="226"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="228"/>
        <source>Replace all the data with the backup %1?

The data as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>用备份 %1 替换全部数据吗？

当前的数据会先备份，因此可以通过恢复那份备份来撤销。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/pages/calendar.py" line="32"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="36"/>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="37"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="38"/>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="48"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="48"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="48"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="48"/>
        <source>Post</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="48"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="50"/>
        <source>Nothing is planned this week.</source>
        <translation>本周还没有计划内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="73"/>
        <source>Loading calendar</source>
        <translation>正在加载日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="77"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="78"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="79"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="80"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="81"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="82"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="83"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../../ui/pages/content.py" line="22"/>
        <source>Content library</source>
        <translation>内容素材库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="25"/>
        <source>Search titles and text…</source>
        <translation>搜索标题和正文…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="34"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="35"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="36"/>
        <source>Core</source>
        <translation>内容核</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="37"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="38"/>
        <source>Times posted</source>
        <translation>发布次数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="39"/>
        <source>Last posted</source>
        <translation>最近发布</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="48"/>
        <source>The library is empty. Content items you write or import will be listed here.</source>
        <translation>素材库还是空的。你编写或导入的内容会列在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="63"/>
        <source>Loading content</source>
        <translation>正在加载内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/content.py" line="75"/>
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
        <location filename="../../ui/dialogs/import_center.py" line="85"/>
        <source>Import centre</source>
        <translation>导入中心</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="92"/>
        <location filename="../../ui/dialogs/import_center.py" line="180"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="93"/>
        <source>History</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="96"/>
        <location filename="../../ui/dialogs/import_center.py" line="584"/>
        <source>Member list</source>
        <translation>成员名单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="106"/>
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="108"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="123"/>
        <source>Drop a chat export or a shop order export here, or choose a file.

Chats: 留痕/MemoTrace CSV or TXT (WeChat groups), WhatsApp “Export chat” .txt, Telegram result.json, or a CSV with time, sender and text columns.
Orders: CSV or XLSX exports of your shop.</source>
        <translation>把聊天记录导出文件或店铺订单导出文件拖到这里，或点“选择文件”。

聊天记录：留痕/MemoTrace 导出的 CSV 或 TXT（微信群）、WhatsApp“导出聊天”的 .txt、Telegram 的 result.json，或含时间、发送者、内容三列的 CSV。
订单：店铺后台导出的 CSV 或 XLSX。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="136"/>
        <source>Chat export</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="137"/>
        <source>Shop orders</source>
        <translation>店铺订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="139"/>
        <source>What it is</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="141"/>
        <location filename="../../ui/dialogs/import_center.py" line="286"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="145"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="149"/>
        <location filename="../../ui/dialogs/import_center.py" line="232"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="151"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="152"/>
        <source>Day/month/year (13/05/2025)</source>
        <translation>日/月/年（13/05/2025）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="153"/>
        <source>Month/day/year (05/13/2025)</source>
        <translation>月/日/年（05/13/2025）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="154"/>
        <source>Year/month/day (2025/05/13)</source>
        <translation>年/月/日（2025/05/13）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="156"/>
        <source>Date order</source>
        <translation>日期顺序</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="162"/>
        <location filename="../../ui/dialogs/import_center.py" line="234"/>
        <source>Found</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="172"/>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="172"/>
        <location filename="../../ui/dialogs/import_center.py" line="418"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="172"/>
        <source>Found how</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="172"/>
        <source>Who is it?</source>
        <translation>对应成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="177"/>
        <source>Also keep the message text (off: only lengths and kinds are kept)</source>
        <translation>同时保存消息原文（关闭时只保存长度和类型）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="195"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="211"/>
        <source>Import another file…</source>
        <translation>导入其他文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="213"/>
        <source>Undo this import</source>
        <translation>撤销这次导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="229"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="230"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="231"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="233"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="235"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="236"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="240"/>
        <source>Nothing imported yet.</source>
        <translation>还没有导入过任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="244"/>
        <source>Undo selected import</source>
        <translation>撤销所选导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="254"/>
        <source>Choose an export</source>
        <translation>选择导出文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="256"/>
        <source>Exports (*.csv *.txt *.json *.xlsx *.tsv);;All files (*)</source>
        <translation>导出文件 (*.csv *.txt *.json *.xlsx *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="314"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="318"/>
        <location filename="../../ui/dialogs/import_center.py" line="323"/>
        <source>Reading the file</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="340"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="348"/>
        <source>The dates in this file could be day/month or month/day, and nothing in it tells which. Choose the date order of the phone that made the export.</source>
        <translation>这个文件里的日期既可能是“日/月”也可能是“月/日”，文件本身无法判断。请选择导出时手机使用的日期顺序。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="357"/>
        <source>Choose which columns hold what, then press “Use these columns”.</source>
        <translation>请选择各项对应的列，然后点“使用这些列”。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="391"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="396"/>
        <source>Use these columns</source>
        <translation>使用这些列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="418"/>
        <location filename="../../ui/dialogs/import_center.py" line="584"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="428"/>
        <source>Detected: %1</source>
        <translation>已识别：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="434"/>
        <source>no messages</source>
        <translation>没有消息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="436"/>
        <source>%1 messages (%2), %3 senders, %4 joins, %5 leaves, %6 check-ins</source>
        <translation>%1 条消息（%2），%3 位发言人，%4 人入群，%5 人退群，%6 次打卡</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="445"/>
        <source>The group “%1” is new and will be created.</source>
        <translation>社群“%1”是新的，导入时会新建。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="447"/>
        <source>This looks like a private chat, not a group: it will not be imported.</source>
        <translation>这看起来是私聊而不是群聊，不会导入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="455"/>
        <source>%1 orders (%2), %3 refunded or cancelled left out, spend %4, %5 buyers</source>
        <translation>%1 笔订单（%2），%3 笔退款或取消的不计入，消费 %4，%5 位买家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="468"/>
        <source>%1 of %2 are already members. Check the others: link them to the member they are, create a new member, or leave them out. Your choices are remembered for the next import.</source>
        <translation>%2 人中有 %1 人已是成员。请确认其余的人：关联到对应的成员、新建成员，或不导入。你的选择会记住，下次导入时直接使用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="478"/>
        <source>remembered for this group</source>
        <translation>本群已记住的选择</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="479"/>
        <source>known alias</source>
        <translation>已知的昵称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="480"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="481"/>
        <source>phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="482"/>
        <source>same name</source>
        <translation>同名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="489"/>
        <source>Member: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="492"/>
        <source>similar to %1 — please check</source>
        <translation>与 %1 相似，请确认</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="494"/>
        <source>not a member yet</source>
        <translation>还不是成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="497"/>
        <source>Same as %1? (similar name, %2%)</source>
        <translation>是 %1 吗？（名字相似度 %2%）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="499"/>
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="500"/>
        <source>Leave out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="523"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="527"/>
        <source>Importing orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="533"/>
        <source>Importing a chat</source>
        <translation>导入聊天记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="543"/>
        <source>Imported into “%1”: %2 messages read, %3 events added, %4 already there. %5 new members, %6 matched to existing members; %7 joins and %8 leaves.</source>
        <translation>已导入到“%1”：读取 %2 条消息，新增 %3 条记录，%4 条已存在。新建成员 %5 人，匹配到已有成员 %6 人；入群 %7 人，退群 %8 人。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="558"/>
        <source>Imported %1 orders: %2 purchases added (spend %3), %4 left out as refunded or cancelled, %5 already there. %6 new members, %7 matched.</source>
        <translation>已导入 %1 笔订单：新增 %2 笔购买（消费 %3），%4 笔退款或取消的不计入，%5 笔已存在。新建成员 %6 人，匹配 %7 人。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="606"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="607"/>
        <source>Take import %1 back out? Its events, the members it created and the changes it made go.</source>
        <translation>撤销第 %1 次导入？它导入的记录、新建的成员和所做的修改都会被撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="616"/>
        <source>Undoing an import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="621"/>
        <source>Import %1 was undone: %2 events and %3 members removed.</source>
        <translation>第 %1 次导入已撤销：删除了 %2 条记录和 %3 位成员。</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="631"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="632"/>
        <source>Payment time</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="633"/>
        <source>Sender</source>
        <translation>发送者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="634"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="635"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="636"/>
        <source>Sender ID</source>
        <translation>发送者 ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="637"/>
        <source>Message ID</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="638"/>
        <source>Message kind</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="639"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="640"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="641"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="642"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="643"/>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="644"/>
        <source>Product</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="645"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="646"/>
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
    <message>
        <location filename="../../ui/pages/recall.py" line="34"/>
        <source>Freebie hunter</source>
        <translation>羊毛型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="35"/>
        <source>Early warning</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="36"/>
        <source>Points expiring</source>
        <translation>积分将过期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="37"/>
        <source>Repurchase due</source>
        <translation>该复购了</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="38"/>
        <source>Join anniversary</source>
        <translation>入群纪念日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="39"/>
        <source>Birthday this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="40"/>
        <source>Resuming</source>
        <translation>回归</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="41"/>
        <source>KOC candidate</source>
        <translation>KOC 候选</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="186"/>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <source>Qunzhu — community manager</source>
        <translation>群主 — 社群运营助手</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>MemberFields</name>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="39"/>
        <source>Name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="40"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="41"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="42"/>
        <source>Other contact</source>
        <translation>其他联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="43"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="44"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="45"/>
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="46"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="47"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="48"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="49"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="50"/>
        <source>Do not contact</source>
        <translation>勿扰</translation>
    </message>
</context>
<context>
    <name>MemberImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="87"/>
        <source>WeChat ID, then phone, then name</source>
        <translation>先按微信号，再按手机号，最后按昵称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="88"/>
        <source>Phone, then WeChat ID, then name</source>
        <translation>先按手机号，再按微信号，最后按昵称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="89"/>
        <source>WeChat ID or phone only (never by name)</source>
        <translation>只按微信号或手机号（不按昵称）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="90"/>
        <source>Exact name only</source>
        <translation>只按完全相同的昵称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="119"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="121"/>
        <source>Choose member list…</source>
        <translation>选择成员名单…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="135"/>
        <source>Import a member list kept in Excel or WPS (CSV or XLSX): one member per row, with columns such as 昵称, 微信号, 手机, 生日, 标签, 备注.

Members already here are recognised by WeChat ID, phone or exact name and updated; importing the same file again changes nothing. Drop a file here or choose one.</source>
        <translation>导入用 Excel 或 WPS 整理的成员名单（CSV 或 XLSX）：每行一位成员，列名如 昵称、微信号、手机、生日、标签、备注。

已有的成员按微信号、手机号或完全相同的昵称识别并更新；同一个文件再导入一次不会有任何改动。把文件拖到这里，或点击选择。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="155"/>
        <source>This file is not UTF-8, and its encoding cannot be told for sure. Choose the one under which the names read correctly:</source>
        <translation>这个文件不是 UTF-8 编码，无法确定它用的是哪种编码。请选择能让名字正常显示的那一种：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="169"/>
        <source>Use this encoding</source>
        <translation>使用这种编码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="184"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="184"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="184"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="192"/>
        <source>Recognise existing members by</source>
        <translation>识别已有成员的方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="194"/>
        <source>e.g. 双十一活动 (optional; several separated by commas)</source>
        <translation>例如 双十一活动（可不填；多个用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="195"/>
        <source>Tag everyone in this file</source>
        <translation>给文件中所有人加标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="197"/>
        <source>New tags go into the dimension</source>
        <translation>新标签放入维度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="201"/>
        <source>Check the rows</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="217"/>
        <location filename="../../ui/dialogs/member_import.py" line="464"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="217"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="217"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="217"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="225"/>
        <source>Back to the columns</source>
        <translation>返回列设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="229"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="247"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="271"/>
        <source>Undo this import</source>
        <translation>撤销这次导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="273"/>
        <source>Import another list…</source>
        <translation>导入另一份名单…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="285"/>
        <source>Choose a member list</source>
        <translation>选择成员名单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="285"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="308"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="320"/>
        <source>Simplified Chinese (GBK/GB18030)</source>
        <translation>简体中文（GBK/GB18030）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="320"/>
        <source>Traditional Chinese (Big5)</source>
        <translation>繁体中文（Big5）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="321"/>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode（UTF-8）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="342"/>
        <source>Found %1 columns (header in row %2). Choose what each column is; columns you do not need can be ignored, others become custom fields.</source>
        <translation>找到 %1 列（表头在第 %2 行）。请为每一列选择对应的内容；不需要的列可以忽略，其余的列会成为自定义字段。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="347"/>
        <source>These choices were remembered from the last file with the same columns.</source>
        <translation>这些选择沿用了上次相同列的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="352"/>
        <source>(no name)</source>
        <translation>（无列名）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="356"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="360"/>
        <location filename="../../ui/dialogs/member_import.py" line="364"/>
        <source>Custom field “%1”</source>
        <translation>自定义字段“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="406"/>
        <source>“%1” is chosen for two columns (%2). Choose it for one column only.</source>
        <translation>“%1”被选给了两列（%2），只能选给其中一列。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="411"/>
        <source>Choose a column for the name, the WeChat ID or the phone number.</source>
        <translation>请至少为昵称、微信号或手机号选择一列。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="419"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="426"/>
        <source>%1 rows: %2 new members, %3 to update, %4 unchanged.</source>
        <translation>共 %1 行：新成员 %2 位，更新 %3 位，无变化 %4 位。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/member_import.py" line="433"/>
        <source>%n row(s) have problems (listed below).</source>
        <translation>
            <numerusform>%n 行有问题（见下表）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="435"/>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/member_import.py" line="456"/>
        <source>Import the good rows, leave out %n with problems</source>
        <translation>
            <numerusform>跳过有问题的 %n 行，导入其余各行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="464"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="468"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="468"/>
        <source>existing</source>
        <translation>已有</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="474"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="474"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="488"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="496"/>
        <source>Imported: %1 new members, %2 updated, %3 unchanged.</source>
        <translation>导入完成：新成员 %1 位，更新 %2 位，无变化 %3 位。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/member_import.py" line="502"/>
        <source>%n row(s) with problems were left out.</source>
        <translation>
            <numerusform>有问题的 %n 行没有导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="514"/>
        <source>Row problems are listed in %1</source>
        <translation>各行的问题已写入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="522"/>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="528"/>
        <source>Import %1 was undone: %2 members removed, %3 changed values restored.</source>
        <translation>已撤销第 %1 次导入：删除了 %2 位成员，恢复了 %3 项被修改的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="554"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="568"/>
        <source>%1 is empty. Nothing was imported.</source>
        <translation>%1 是空文件，没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="570"/>
        <source>%1 has no members under its header row. Nothing was imported.</source>
        <translation>%1 的表头下面没有成员数据，没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="573"/>
        <source>%1 is not a CSV file (it holds binary data or another kind of file). Export the list again as CSV or XLSX. Nothing was imported.</source>
        <translation>%1 不是 CSV 文件（里面是二进制数据或其他类型的文件）。请重新导出为 CSV 或 XLSX。没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="578"/>
        <source>%1 cannot be read as an Excel workbook. Open it in Excel or WPS and save it as .xlsx or CSV. Nothing was imported.</source>
        <translation>%1 无法作为 Excel 工作簿读取。请用 Excel 或 WPS 打开后另存为 .xlsx 或 CSV。没有导入任何内容。</translation>
    </message>
</context>
<context>
    <name>MemberProblems</name>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="53"/>
        <source>The row has no name, WeChat ID or phone number.</source>
        <translation>这一行没有昵称、微信号或手机号。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="54"/>
        <source>The same WeChat ID as row {ref} of this file; only the first is imported.</source>
        <translation>微信号与本文件第 {ref} 行相同；只导入第一行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="57"/>
        <source>The same phone number as row {ref} of this file; only the first is imported.</source>
        <translation>手机号与本文件第 {ref} 行相同；只导入第一行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="60"/>
        <source>The same name as row {ref} of this file (and no WeChat ID or phone); only the first is imported.</source>
        <translation>昵称与本文件第 {ref} 行相同（且没有微信号或手机号）；只导入第一行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="64"/>
        <source>Matches the same member as row {ref} of this file; only the first is imported.</source>
        <translation>与本文件第 {ref} 行对应同一位成员；只导入第一行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="67"/>
        <source>{detail} members are named “{value}”; add a WeChat ID or phone number to tell which.</source>
        <translation>有 {detail} 位成员都叫“{value}”；请加上微信号或手机号以区分。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="70"/>
        <source>“{value}” is a number Excel shortened to scientific notation; the real digits are lost. Format the column as text in Excel and export again.</source>
        <translation>“{value}”是被 Excel 缩写成科学计数法的数字，原来的数字已经丢失。请在 Excel 中把这一列设为文本格式后重新导出。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="75"/>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}”不是手机号。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="76"/>
        <source>“{value}” is not a date (2025-05-12, 2025/5/12, 5月12日 or an Excel date).</source>
        <translation>“{value}”不是日期（可写作 2025-05-12、2025/5/12、5月12日 或 Excel 日期）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="79"/>
        <source>“{value}” is not a tier (白银, 黄金 or 钻石).</source>
        <translation>“{value}”不是等级（白银、黄金或钻石）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="80"/>
        <source>“{value}” is not yes or no (是/否).</source>
        <translation>“{value}”不是“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="81"/>
        <source>“{value}” does not fit this custom field.</source>
        <translation>“{value}”不符合这个自定义字段。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import.py" line="82"/>
        <source>This line is not valid {detail} text (a file with mixed encodings?).</source>
        <translation>这一行不是有效的 {detail} 文本（文件混用了多种编码？）。</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/models/member_table.py" line="32"/>
        <source>Name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="33"/>
        <source>Groups</source>
        <translation>所在群</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="34"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="35"/>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="36"/>
        <source>Days silent</source>
        <translation>沉默天数</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="37"/>
        <source>Messages</source>
        <translation>发言数</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="38"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="39"/>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="40"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="41"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/pages/members.py" line="32"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="35"/>
        <source>Search name, alias, WeChat ID, phone or notes…</source>
        <translation>搜索昵称、别名、微信号、手机号或备注…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="38"/>
        <source>Import chats or orders…</source>
        <translation>导入聊天记录或订单…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="43"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="50"/>
        <source>Show all members</source>
        <translation>显示全部成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="99"/>
        <source>Showing: %1</source>
        <translation>仅显示：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="109"/>
        <source>%n member(s) found</source>
        <translation>
            <numerusform>找到 %n 位成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="111"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="118"/>
        <location filename="../../ui/pages/members.py" line="121"/>
        <location filename="../../ui/pages/members.py" line="128"/>
        <location filename="../../ui/pages/members.py" line="148"/>
        <source>Export members</source>
        <translation>导出成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="118"/>
        <source>There are no members to export.</source>
        <translation>没有可导出的成员。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="121"/>
        <source>members.xlsx</source>
        <translation>成员.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="121"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="129"/>
        <source>Export %n member(s) to %1?</source>
        <translation>
            <numerusform>将 %n 位成员导出到 %1？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="131"/>
        <source>Full phone numbers (otherwise masked as 138****8000)</source>
        <translation>导出完整手机号（否则显示为 138****8000）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="144"/>
        <source>Exporting members</source>
        <translation>正在导出成员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="146"/>
        <source>Exported %n member(s) to %1</source>
        <translation>
            <numerusform>已将 %n 位成员导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallPage</name>
    <message>
        <location filename="../../ui/pages/recall.py" line="93"/>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="102"/>
        <location filename="../../ui/pages/recall.py" line="142"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="105"/>
        <source>Copy next message</source>
        <translation>复制下一条</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="106"/>
        <source>Copies the next person&apos;s message and marks it as sent</source>
        <translation>复制下一位成员的消息，并标记为已发送</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="108"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="110"/>
        <source>Mark replied</source>
        <translation>标记已回复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="112"/>
        <source>Copy @-mentions</source>
        <translation>复制 @ 名单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="113"/>
        <source>@name blocks for a group post, each short enough for one message</source>
        <translation>用于群发的 @昵称 名单，每段不超过一条消息的长度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="141"/>
        <location filename="../../ui/pages/recall.py" line="158"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="143"/>
        <location filename="../../ui/pages/recall.py" line="158"/>
        <location filename="../../ui/pages/recall.py" line="162"/>
        <source>Segment</source>
        <translation>分层</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="144"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="146"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="145"/>
        <location filename="../../ui/pages/recall.py" line="164"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="115"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="117"/>
        <source>Messages…</source>
        <translation>话术…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="118"/>
        <source>Edit the message variants of each segment and the discount codes</source>
        <translation>编辑各分层的话术版本和优惠码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="120"/>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="121"/>
        <source>Thresholds of the segments, per group, and their priority</source>
        <translation>各分层的阈值（可按群设置）和优先级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="158"/>
        <source>Held back because</source>
        <translation>暂不联系的原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="161"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="163"/>
        <source>Variant</source>
        <translation>话术版本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="165"/>
        <source>Recovered</source>
        <translation>已召回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="166"/>
        <source>Rate</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="167"/>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="178"/>
        <source>Nobody to recall today in the chosen segments.</source>
        <translation>所选分层今天没有需要召回的成员。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="180"/>
        <source>Today&apos;s list</source>
        <translation>今日名单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="181"/>
        <source>Held back</source>
        <translation>暂不联系</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="182"/>
        <source>What worked</source>
        <translation>召回效果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="194"/>
        <source>All groups</source>
        <translation>全部群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="204"/>
        <source>Computing the recall list</source>
        <translation>正在生成召回名单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="234"/>
        <source>%1 to contact today; %2 held back by do-not-contact or the cool-down; %3 more wait for another day.</source>
        <translation>今天联系 %1 人；%2 人因勿扰或冷却期暂不联系；另有 %3 人留待之后几天。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="252"/>
        <source>No message: %1</source>
        <translation>无法生成消息：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="303"/>
        <source>Copied the message for %1 and marked it sent.</source>
        <translation>已复制发给 %1 的消息，并标记为已发送。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="313"/>
        <source>Undone: %1 is not marked sent.</source>
        <translation>已撤销：%1 不再标记为已发送。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="322"/>
        <source>✓ replied</source>
        <translation>✓ 已回复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/recall.py" line="323"/>
        <source>Marked %n member(s) as replied.</source>
        <translation>
            <numerusform>已将 %n 位成员标记为已回复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/recall.py" line="330"/>
        <source>Copied %n @-mention block(s).</source>
        <translation>
            <numerusform>已复制 %n 段 @ 名单。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="333"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="335"/>
        <source>Export recall list</source>
        <translation>导出召回名单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="333"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="347"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/recall.py" line="351"/>
        <source>Exported %n member(s); phone numbers are masked.</source>
        <translation>
            <numerusform>已导出 %n 位成员；手机号已打码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallReasons</name>
    <message>
        <location filename="../../ui/pages/recall.py" line="46"/>
        <source>{week} messages in the last 7 days</source>
        <translation>近 7 天发言 {week} 条</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="47"/>
        <source>active ({week} messages this week), invited {invites}</source>
        <translation>活跃（本周发言 {week} 条），邀请了 {invites} 人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="48"/>
        <source>{messages} message(s) in {days} days in the group</source>
        <translation>入群 {days} 天，共发言 {messages} 条</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="49"/>
        <source>claimed {claims} perk(s) in {window} days, bought nothing</source>
        <translation>{window} 天内领取福利 {claims} 次，未下单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="50"/>
        <location filename="../../ui/pages/recall.py" line="53"/>
        <source>silent {silent} days; {messages} messages before, last on {last}</source>
        <translation>已沉默 {silent} 天；此前发言 {messages} 条，最后一次在 {last}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="56"/>
        <source>clicked {ref} on {clicked}, silent {days} days since</source>
        <translation>{clicked} 点击了「{ref}」，之后沉默 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="57"/>
        <source>{points} points expire on {expires}</source>
        <translation>{points} 积分将于 {expires} 过期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="58"/>
        <source>{orders} orders, every {every} days; next was due {due} ({overdue} days ago)</source>
        <translation>共 {orders} 单，平均 {every} 天一单；预计 {due} 复购（已过 {overdue} 天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="61"/>
        <source>joined {joined}: {months} months on {date}</source>
        <translation>{joined} 入群：{date} 满 {months} 个月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="62"/>
        <source>birthday on {date}</source>
        <translation>{date} 生日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="63"/>
        <source>back this week ({week} messages) after {gap} silent days</source>
        <translation>沉默 {gap} 天后本周回归（发言 {week} 条）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="64"/>
        <source>left the group on {date}</source>
        <translation>{date} 退群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="65"/>
        <source>marked do-not-contact</source>
        <translation>已标记勿扰</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="66"/>
        <source>already recalled on {date} (cool-down {days} days)</source>
        <translation>{date} 已召回过（冷却期 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall.py" line="67"/>
        <source>over today&apos;s cap of {cap} messages</source>
        <translation>超出今日 {cap} 条的上限</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="222"/>
        <source>Recall rules</source>
        <translation>召回规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="225"/>
        <source>Active: messages in the last 7 days, at least</source>
        <translation>活跃型：近 7 天发言至少（条）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="226"/>
        <source>Churn starts after this many silent days</source>
        <translation>沉默超过多少天算流失</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="227"/>
        <source>Shallow churn: silent up to (days)</source>
        <translation>浅流失：沉默不超过（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="228"/>
        <source>Deep churn: silent at least (days)</source>
        <translation>深流失：沉默至少（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="229"/>
        <source>Churn needs at least this many earlier messages</source>
        <translation>算流失需此前至少发言（条）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="230"/>
        <source>Lurker: at most this many messages since joining</source>
        <translation>潜水型：入群以来发言不超过（条）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="231"/>
        <source>Lurker: in the group at least (days)</source>
        <translation>潜水型：入群至少（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="232"/>
        <source>Freebie hunter: perks claimed, at least</source>
        <translation>羊毛型：领取福利至少（次）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="233"/>
        <source>Freebie hunter: within (days), with no purchase</source>
        <translation>羊毛型：统计期（天），期间未下单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="234"/>
        <source>Early warning: silent after a click (days)</source>
        <translation>流失预警：点击后沉默（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="235"/>
        <source>Early warning: clicks of the last (days)</source>
        <translation>流失预警：只看最近（天）的点击</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="236"/>
        <source>Points expiring within (days)</source>
        <translation>积分在（天）内过期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="237"/>
        <source>Repurchase due: orders, at least</source>
        <translation>该复购了：至少下单（次）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="238"/>
        <source>Repurchase due: overdue at most (days)</source>
        <translation>该复购了：逾期不超过（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="239"/>
        <source>Resuming: back after a silence of (days)</source>
        <translation>回归：沉默至少（天）后重新发言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="240"/>
        <source>KOC candidate: invited at least</source>
        <translation>KOC 候选：至少邀请（人）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="241"/>
        <source>Anniversary (3, 6, 12 months): within the last (days)</source>
        <translation>入群纪念日（满 3、6、12 个月）：最近（天）内</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="242"/>
        <source>Cool-down: no second recall within (days)</source>
        <translation>冷却期：（天）内不重复召回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="243"/>
        <source>Daily cap: messages a day, at most</source>
        <translation>每日上限：每天最多发送（条）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="244"/>
        <source>Recovered: posts within (days) of the message</source>
        <translation>召回成功：发消息后（天）内发言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="247"/>
        <source>The whole community</source>
        <translation>整个社群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="250"/>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="254"/>
        <source>Rules for</source>
        <translation>规则适用于</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="273"/>
        <source>Priority (drag to reorder)</source>
        <translation>优先级（拖动排序）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="275"/>
        <source>A member in several segments gets the message of the highest one.</source>
        <translation>同时属于多个分层的成员，使用优先级最高的分层话术。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="306"/>
        <source>Set for this group</source>
        <translation>本群单独设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="318"/>
        <source>Shallow churn must end before deep churn begins.</source>
        <translation>浅流失的天数必须小于深流失。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="320"/>
        <source>Churn must start before shallow churn ends.</source>
        <translation>流失起算天数必须小于浅流失天数。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="322"/>
        <source>The early-warning silence cannot be longer than the window for clicks.</source>
        <translation>预警的沉默天数不能超过点击的统计期。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="325"/>
        <source>“%1” must be at least 1.</source>
        <translation>“%1”至少为 1。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="72"/>
        <location filename="../../ui/session.py" line="77"/>
        <location filename="../../ui/session.py" line="84"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="93"/>
        <source>Looking for a good backup…</source>
        <translation>正在查找完好的备份…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="96"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="97"/>
        <source>Qunzhu cannot use the database %1: it is damaged.</source>
        <translation>群主无法使用数据库 %1：它已损坏。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="103"/>
        <source>Qunzhu can put the damaged file aside (it is renamed, not deleted) and restore the newest good backup, from %1, with %2 members. Changes made after that backup are not in it.</source>
        <translation>群主可以把损坏的文件放到一边（只是改名，不会删除），并恢复最新的完好备份（%1，共 %2 名成员）。该备份之后所做的更改不在其中。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="109"/>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="113"/>
        <source>There is no good backup of it. Qunzhu can put the damaged file aside (it is renamed, not deleted) and start with an empty database, or quit and leave everything as it is.</source>
        <translation>没有它的完好备份。群主可以把损坏的文件放到一边（只是改名，不会删除）并从空数据库开始，或者退出并保持一切原样。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="117"/>
        <source>Start with an empty database</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="118"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="124"/>
        <location filename="../../ui/session.py" line="193"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="126"/>
        <location filename="../../ui/session.py" line="200"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="131"/>
        <source>Database restored</source>
        <translation>数据库已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="131"/>
        <source>New database</source>
        <translation>新数据库</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="132"/>
        <source>The damaged file was kept as:
%1</source>
        <translation>损坏的文件已保留为：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="157"/>
        <source>Checking the database</source>
        <translation>正在检查数据库</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="164"/>
        <source>Emptying old trash</source>
        <translation>正在清理过期的回收站项目</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="180"/>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="184"/>
        <source>Backup written.</source>
        <translation>备份已写入。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="204"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="205"/>
        <source>The backup was restored. The data as it was before is kept in the backup:
%1</source>
        <translation>备份已恢复。恢复之前的数据保存在备份中：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="236"/>
        <source>Backing up before closing…</source>
        <translation>关闭前正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="242"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="31"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="36"/>
        <location filename="../../ui/pages/settings.py" line="42"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="39"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="45"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="49"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="50"/>
        <source>The new language is used from the next start.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="56"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="57"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="60"/>
        <source>Thresholds (from the community-operations guide)</source>
        <translation>阈值（来自社群运营指南）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="64"/>
        <source>Healthy speaking rate (发言率)</source>
        <translation>健康发言率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="65"/>
        <source>Healthy open rate (打开率)</source>
        <translation>健康打开率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="66"/>
        <source>Healthy NPS</source>
        <translation>健康 NPS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="67"/>
        <source>Flag funnel steps under</source>
        <translation>漏斗环节低于此值时标红</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="68"/>
        <source>Active: messages a week</source>
        <translation>活跃型：每周发言条数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="69"/>
        <source>Shallow churn: silent up to (days)</source>
        <translation>浅流失：沉默最多（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="70"/>
        <source>Deep churn: silent at least (days)</source>
        <translation>深流失：沉默至少（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="71"/>
        <source>Early warning: silent after a click (days)</source>
        <translation>预警：点击后沉默（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="80"/>
        <source>Save thresholds</source>
        <translation>保存阈值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="82"/>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="87"/>
        <source>Chat imports</source>
        <translation>聊天记录导入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="91"/>
        <source>Check-in keywords (comma-separated)</source>
        <translation>打卡关键词（用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="92"/>
        <source>Save keywords</source>
        <translation>保存关键词</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="113"/>
        <source>Check-in keywords saved; they apply to the next chat import.</source>
        <translation>打卡关键词已保存，下次导入聊天记录时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="123"/>
        <source>Shallow churn must end before deep churn begins; nothing was saved.</source>
        <translation>浅流失天数必须小于深流失天数；未保存任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="128"/>
        <source>Thresholds saved.</source>
        <translation>阈值已保存。</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="44"/>
        <source>Recall messages</source>
        <translation>召回话术</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="63"/>
        <source>Insert this variable at the cursor</source>
        <translation>在光标处插入此变量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="66"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="68"/>
        <source>New variant</source>
        <translation>新增版本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="70"/>
        <source>Delete variant</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="74"/>
        <source>Members of a segment get its variants in turn, so you can see which works better.</source>
        <translation>同一分层的成员轮流收到不同版本，方便比较哪种话术效果更好。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="86"/>
        <source>Discount codes for {优惠码}</source>
        <translation>{优惠码} 使用的优惠码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="89"/>
        <source>Paste codes here, one a line</source>
        <translation>在此粘贴优惠码，每行一个</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="92"/>
        <source>Add codes</source>
        <translation>添加优惠码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="124"/>
        <source>Variant %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="142"/>
        <source>Unknown variable {%1}. Use one of the buttons below.</source>
        <translation>未知变量 {%1}，请使用下方按钮插入变量。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="144"/>
        <source>A message cannot be empty.</source>
        <translation>话术不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recall_settings.py" line="161"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/recall_settings.py" line="185"/>
        <source>%n unused code(s) in the pool.</source>
        <translation>
            <numerusform>优惠码池中还有 %n 个未使用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/recall_settings.py" line="187"/>
        <source>Added %n new code(s).</source>
        <translation>
            <numerusform>新增 %n 个优惠码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today.py" line="33"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="37"/>
        <source>&lt;b&gt;Planned for today&lt;/b&gt;</source>
        <translation>&lt;b&gt;今日计划&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="38"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="38"/>
        <location filename="../../ui/pages/today.py" line="50"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="38"/>
        <source>Post</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="39"/>
        <source>Nothing is planned for today. Plan posts on the Calendar page.</source>
        <translation>今天还没有计划内容。请在“日历”页安排发布。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="43"/>
        <source>&lt;b&gt;Recall tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;召回任务&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="47"/>
        <source>&lt;b&gt;Groups, last 7 days&lt;/b&gt;</source>
        <translation>&lt;b&gt;各群近 7 天&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="51"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="52"/>
        <source>Stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="53"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="54"/>
        <source>Messages</source>
        <translation>发言数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="55"/>
        <source>Speaking rate</source>
        <translation>发言率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="56"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="57"/>
        <source>Left</source>
        <translation>已退群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="61"/>
        <source>No groups yet. Import a chat export or start with the demo community to see figures here.</source>
        <translation>还没有群。导入聊天记录或使用示例社群后，这里会显示各群数据。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="68"/>
        <source>Loading today</source>
        <translation>正在加载今日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="75"/>
        <source>%1 members to contact today (%2); %3 already sent. Open the Recall page to start.</source>
        <translation>今天需联系 %1 位成员（%2）；已发送 %3 条。打开“召回”页开始吧。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="77"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="81"/>
        <source>Nobody to recall today; %1 message(s) sent.</source>
        <translation>今天没有需要召回的成员；已发送 %1 条。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="101"/>
        <source>Healthy at %1 or more</source>
        <translation>达到 %1 及以上为健康</translation>
    </message>
</context>
<context>
    <name>TrashActions</name>
    <message>
        <location filename="../../ui/pages/trash.py" line="172"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="173"/>
        <location filename="../../ui/pages/trash.py" line="202"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="196"/>
        <source>Moving to the trash</source>
        <translation>正在移到回收站</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/trash.py" line="205"/>
        <source>%n moved to the trash. Undo or restore from the Trash page.</source>
        <translation>
            <numerusform>已将 %n 项移到回收站。可以撤销，或在“回收站”页面恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="210"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="210"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../ui/pages/trash.py" line="41"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="43"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="44"/>
        <source>Content items</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="45"/>
        <source>Calendar entries</source>
        <translation>日历条目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="51"/>
        <source>Restore selected</source>
        <translation>恢复所选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="52"/>
        <source>Delete selected for good…</source>
        <translation>永久删除所选…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="53"/>
        <source>Empty the trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="54"/>
        <location filename="../../ui/pages/trash.py" line="160"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="63"/>
        <source>Deleted items stay here for %1 days, then are deleted for good (a backup is taken first).</source>
        <translation>删除的项目会在这里保留 %1 天，之后被永久删除（删除前会先备份）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="68"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="68"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="68"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="72"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="87"/>
        <source>Loading the trash</source>
        <translation>正在载入回收站</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="128"/>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/trash.py" line="130"/>
        <source>%n restored from the trash.</source>
        <translation>
            <numerusform>已从回收站恢复 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="134"/>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/trash.py" line="140"/>
        <source>Delete %n item(s) for good? A backup is taken first; this cannot be undone here.</source>
        <translation>
            <numerusform>永久删除 %n 项吗？删除前会先备份；此操作无法在这里撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="144"/>
        <source>Deleting</source>
        <translation>正在删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/trash.py" line="146"/>
        <location filename="../../ui/pages/trash.py" line="155"/>
        <source>%n deleted for good.</source>
        <translation>
            <numerusform>已永久删除 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="150"/>
        <source>Empty the whole trash? A backup is taken first; this cannot be undone here.</source>
        <translation>清空整个回收站吗？删除前会先备份；此操作无法在这里撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="153"/>
        <source>Emptying the trash</source>
        <translation>正在清空回收站</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="162"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="162"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
</context>
<context>
    <name>UndoLabel</name>
    <message>
        <location filename="../../ui/pages/trash.py" line="29"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/trash.py" line="31"/>
        <source>Undo: %n moved to the trash</source>
        <translation>
            <numerusform>撤销：%n 项移到回收站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/trash.py" line="32"/>
        <source>Undo: %n edited</source>
        <translation>
            <numerusform>撤销：%n 项批量修改</numerusform>
        </translation>
    </message>
</context>
</TS>
