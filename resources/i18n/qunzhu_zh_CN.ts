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
        <location filename="../../ui/app.py" line="89"/>
        <source>Welcome to Qunzhu</source>
        <translation>欢迎使用群主</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="90"/>
        <source>Your community database is empty.</source>
        <translation>你的社群数据库还是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="92"/>
        <source>Start with a demo community to explore every page with realistic data (you can start a new, empty database at any time), or start empty and import your own members and chats.</source>
        <translation>使用示例社群，可以用逼真的数据体验每个页面（之后随时可以新建空白数据库）；也可以从空白开始，导入自己的成员和聊天记录。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="99"/>
        <source>Start with a demo community</source>
        <translation>使用示例社群开始</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="110"/>
        <source>Creating the demo community…</source>
        <translation>正在创建示例社群…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="111"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <location filename="../../ui/app.py" line="126"/>
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
        <location filename="../../ui/app.py" line="184"/>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>Qunzhu — community manager</source>
        <translation>群主 — 社群运营助手</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
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
        <location filename="../../ui/pages/members.py" line="16"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="19"/>
        <source>Search name, alias, WeChat ID, phone or notes…</source>
        <translation>搜索昵称、别名、微信号、手机号或备注…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="67"/>
        <source>%n member(s) found</source>
        <translation>
            <numerusform>找到 %n 位成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="69"/>
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
        <location filename="../../ui/pages/settings.py" line="29"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="34"/>
        <location filename="../../ui/pages/settings.py" line="40"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="37"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="43"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="47"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="48"/>
        <source>The new language is used from the next start.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="54"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="55"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="58"/>
        <source>Thresholds (from the community-operations guide)</source>
        <translation>阈值（来自社群运营指南）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <source>Healthy speaking rate (发言率)</source>
        <translation>健康发言率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="63"/>
        <source>Healthy open rate (打开率)</source>
        <translation>健康打开率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="64"/>
        <source>Healthy NPS</source>
        <translation>健康 NPS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="65"/>
        <source>Flag funnel steps under</source>
        <translation>漏斗环节低于此值时标红</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="66"/>
        <source>Active: messages a week</source>
        <translation>活跃型：每周发言条数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="67"/>
        <source>Shallow churn: silent up to (days)</source>
        <translation>浅流失：沉默最多（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="68"/>
        <source>Deep churn: silent at least (days)</source>
        <translation>深流失：沉默至少（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="69"/>
        <source>Early warning: silent after a click (days)</source>
        <translation>预警：点击后沉默（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="78"/>
        <source>Save thresholds</source>
        <translation>保存阈值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="80"/>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="103"/>
        <source>Shallow churn must end before deep churn begins; nothing was saved.</source>
        <translation>浅流失天数必须小于深流失天数；未保存任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="108"/>
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
        <location filename="../../ui/pages/trash.py" line="54"/>
        <location filename="../../ui/pages/trash.py" line="160"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
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
