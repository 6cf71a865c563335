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
        <location filename="../../ui/app.py" line="107"/>
        <source>Welcome to Qunzhu</source>
        <translation>欢迎使用群主</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="108"/>
        <source>Your community database is empty.</source>
        <translation>你的社群数据库还是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="110"/>
        <source>Start with a demo community to explore every page with realistic data (you can start a new, empty database at any time), or start empty and import your own members and chats.</source>
        <translation>使用示例社群，可以用逼真的数据体验每个页面（之后随时可以新建空白数据库）；也可以从空白开始，导入自己的成员和聊天记录。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="117"/>
        <source>Start with a demo community</source>
        <translation>使用示例社群开始</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="119"/>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="128"/>
        <source>Creating the demo community…</source>
        <translation>正在创建示例社群…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="129"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="136"/>
        <location filename="../../ui/app.py" line="144"/>
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
    <name>BulkCheckinDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="64"/>
        <source>Bulk check-in</source>
        <translation>批量签到</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="71"/>
        <source>All groups</source>
        <translation>所有群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="76"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="77"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="81"/>
        <source>Paste the names from the chat, for example:
1. 张三
2. 李四 打卡
@王五 @赵六</source>
        <translation>粘贴群里的名单，例如：
1. 张三
2. 李四 打卡
@王五 @赵六</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="84"/>
        <source>Match names</source>
        <translation>匹配名字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="94"/>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="99"/>
        <source>Several members with this name: pick one</source>
        <translation>同名成员：请选择一位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="108"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="111"/>
        <source>No member of the group has this name or alias.</source>
        <translation>群里没有成员使用这个名字或别名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="120"/>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="196"/>
        <source>Log check-ins</source>
        <translation>记录签到</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="123"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="129"/>
        <source>Loading groups</source>
        <translation>正在加载群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="152"/>
        <source>Matching names</source>
        <translation>正在匹配名字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="170"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="177"/>
        <source>No names found in the pasted text.</source>
        <translation>粘贴的内容里没有找到名字。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="180"/>
        <source>%1 names: %2 matched, %3 with namesakes, %4 not found.</source>
        <translation>共 %1 个名字：%2 个已匹配，%3 个有同名成员，%4 个未找到。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_checkin.py" line="196"/>
        <source>Log %n check-in(s)</source>
        <translation>
            <numerusform>记录 %n 条签到</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="201"/>
        <source>Logging check-ins</source>
        <translation>正在记录签到</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_checkin.py" line="216"/>
        <source>%1 check-ins logged, %2 already checked in that day, %3 points given.</source>
        <translation>已记录 %1 条签到，%2 人当天已签到，共发放 %3 积分。</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/widgets/plan_models.py" line="44"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_models.py" line="45"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_models.py" line="46"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_models.py" line="47"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_models.py" line="48"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_models.py" line="49"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_models.py" line="50"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_models.py" line="59"/>
        <source>%1 (working day)</source>
        <translation>%1（调休上班）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_models.py" line="61"/>
        <source>%1 (day off)</source>
        <translation>%1（放假）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_models.py" line="87"/>
        <source>Recurring</source>
        <translation>固定栏目</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/pages/calendar.py" line="88"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="98"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="106"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="106"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="106"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="113"/>
        <source>One lane per group</source>
        <translation>每个群一栏</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="114"/>
        <source>All groups in one lane</source>
        <translation>所有群合为一栏</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="116"/>
        <location filename="../../ui/pages/calendar.py" line="281"/>
        <source>All groups</source>
        <translation>全部群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="122"/>
        <source>New entry</source>
        <translation>新建排期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="123"/>
        <source>Recurring slot…</source>
        <translation>固定栏目…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="124"/>
        <source>From template…</source>
        <translation>从模板创建…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="126"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="129"/>
        <source>Copy a day…</source>
        <translation>复制一天…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="130"/>
        <source>Copy this week…</source>
        <translation>复制本周…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="131"/>
        <source>Save this week as a template…</source>
        <translation>把本周存为模板…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="134"/>
        <location filename="../../ui/pages/calendar.py" line="331"/>
        <source>Mark as</source>
        <translation>标记为</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="141"/>
        <source>Export week</source>
        <translation>导出本周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="144"/>
        <source>Text (for pasting into a chat)…</source>
        <translation>文本（可粘贴到聊天）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="145"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="146"/>
        <source>Calendar file (.ics)…</source>
        <translation>日历文件（.ics）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="147"/>
        <source>Printable PDF…</source>
        <translation>可打印的 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="165"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="165"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="165"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="165"/>
        <source>Post</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="165"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="165"/>
        <source>Result</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="189"/>
        <source>Drag to move, Ctrl+drag to copy; double-click to edit; right-click for more.</source>
        <translation>拖动可移动，按住 Ctrl 拖动可复制；双击编辑；右键查看更多操作。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="193"/>
        <source>Nothing is planned this week.</source>
        <translation>本周还没有计划内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="268"/>
        <source>week %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="271"/>
        <source>Loading calendar</source>
        <translation>正在加载日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="312"/>
        <source>reach %1 · orders %2</source>
        <translation>触达 %1 · 付款 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="325"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="327"/>
        <source>Results…</source>
        <translation>效果…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="329"/>
        <source>Edit the whole series…</source>
        <translation>编辑整个系列…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="330"/>
        <source>End the series from this day</source>
        <translation>从这一天起结束系列</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="334"/>
        <source>Move to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="351"/>
        <source>Copying entries</source>
        <translation>正在复制排期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="353"/>
        <source>Moving entries</source>
        <translation>正在移动排期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="359"/>
        <source>Adding to the calendar</source>
        <translation>正在加入日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="364"/>
        <source>Changing status</source>
        <translation>正在更改状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="399"/>
        <source>Note: “%1” is already planned at that time in this group.</source>
        <translation>提示：这个群在同一时间已安排了“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="401"/>
        <source>Adding an entry</source>
        <translation>正在添加排期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="406"/>
        <source>Posted. Enter its results from the Today page or with “Results…” here.</source>
        <translation>已发布。可在“今日”页录入效果。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="411"/>
        <location filename="../../ui/pages/calendar.py" line="449"/>
        <source>Changing the series</source>
        <translation>正在修改系列</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="414"/>
        <source>Saving the entry</source>
        <translation>正在保存排期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="432"/>
        <source>Saving results</source>
        <translation>正在保存效果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="441"/>
        <source>Adding a recurring slot</source>
        <translation>正在添加固定栏目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="458"/>
        <source>Ending the series</source>
        <translation>正在结束系列</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="465"/>
        <source>Saving targets</source>
        <translation>正在保存目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="476"/>
        <source>Planning from the template</source>
        <translation>正在按模板排期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="493"/>
        <source>Copying</source>
        <translation>正在复制</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="502"/>
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="502"/>
        <source>Name of the template (the week of the chosen group):</source>
        <translation>模板名称（所选群的这一周）：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="506"/>
        <source>Saving the template</source>
        <translation>正在保存模板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="513"/>
        <source>Export the week</source>
        <translation>导出本周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar.py" line="516"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/calendar.py" line="518"/>
        <source>Exported %n entries</source>
        <translation>
            <numerusform>已导出 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../ui/charts.py" line="44"/>
        <source>Save this chart as PNG…</source>
        <translation>将此图表保存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="109"/>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="114"/>
        <source>Save chart as PNG</source>
        <translation>保存图表为 PNG</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="114"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>CheckinPanel</name>
    <message>
        <location filename="../../ui/widgets/checkin_panel.py" line="61"/>
        <source>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; checked in &amp;nbsp; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; 补签 make-up</source>
        <translation>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; 已签到 &amp;nbsp; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; 补签</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_panel.py" line="68"/>
        <source>Check in today</source>
        <translation>今日签到</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_panel.py" line="70"/>
        <source>补签 the selected day</source>
        <translation>为选中日期补签</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_panel.py" line="83"/>
        <source>Loading check-ins</source>
        <translation>正在加载签到记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_panel.py" line="99"/>
        <source>Current streak: %1 day(s) · longest: %2 · %3 check-in day(s)</source>
        <translation>当前连续签到 %1 天 · 最长 %2 天 · 累计签到 %3 天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_panel.py" line="106"/>
        <source>At most %1 make-ups a month; each earns %2 points.</source>
        <translation>每月最多补签 %1 次，每次得 %2 积分。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_panel.py" line="124"/>
        <source>last: %1</source>
        <translation>最近：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_panel.py" line="141"/>
        <source>Logging a check-in</source>
        <translation>正在记录签到</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_panel.py" line="150"/>
        <source>No more make-ups in %1: the limit is %2 a month (Settings › Points and tiers).</source>
        <translation>%1 的补签次数已用完：每月最多 %2 次（设置 › 积分与等级）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_panel.py" line="157"/>
        <source>Already checked in on %1.</source>
        <translation>%1 已签到过。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_panel.py" line="159"/>
        <source>Checked in on %1: +%2 points, streak %3 day(s).</source>
        <translation>%1 签到成功：+%2 积分，连续 %3 天。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_panel.py" line="163"/>
        <source>Streak bonus: +%1 points!</source>
        <translation>连续打卡奖励：+%1 积分！</translation>
    </message>
</context>
<context>
    <name>ContentItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="77"/>
        <source>Edit content item</source>
        <translation>编辑素材</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="77"/>
        <source>New content item</source>
        <translation>新建素材</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="82"/>
        <source>Text of the post. {群名} {日期} {星期} {时间} are filled in when copied.</source>
        <translation>文案正文。复制时会自动填入 {群名} {日期} {星期} {时间}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="92"/>
        <source>target tags or segments, comma-separated, e.g. 宝妈, 新人</source>
        <translation>目标标签或人群，用逗号分隔，例如 宝妈, 新人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="108"/>
        <source>Add images…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="109"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="116"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="117"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="121"/>
        <source>Library, category, core, format</source>
        <translation>素材库、分类、内容核、形式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="126"/>
        <source>Source, status</source>
        <translation>来源、状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="127"/>
        <source>Target</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="128"/>
        <source>Products</source>
        <translation>关联商品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="129"/>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="145"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="156"/>
        <source>Add images</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="156"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="173"/>
        <source>A content item needs a title.</source>
        <translation>素材需要一个标题。</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../../ui/pages/content.py" line="55"/>
        <source>Content library</source>
        <translation>内容素材库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="58"/>
        <source>Search titles, text and tags…</source>
        <translation>搜索标题、正文和标签…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="60"/>
        <source>All libraries</source>
        <translation>全部素材库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="61"/>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="62"/>
        <source>All cores</source>
        <translation>全部内容核</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="63"/>
        <source>All formats</source>
        <translation>全部形式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="65"/>
        <location filename="../../ui/pages/content.py" line="159"/>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="66"/>
        <source>Best results first</source>
        <translation>效果最好的在前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="73"/>
        <source>New item</source>
        <translation>新建素材</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="74"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="75"/>
        <source>Duplicate</source>
        <translation>复制一份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="76"/>
        <source>Products…</source>
        <translation>商品…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="84"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="85"/>
        <source>Library</source>
        <translation>素材库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="86"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="87"/>
        <source>Core</source>
        <translation>内容核</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="88"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="89"/>
        <source>Times posted</source>
        <translation>发布次数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="90"/>
        <source>Best result</source>
        <translation>最佳效果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="91"/>
        <source>Score</source>
        <translation>效果分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="92"/>
        <source>Last posted</source>
        <translation>最近发布</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="110"/>
        <source>The library is empty. Content items you write or import will be listed here.</source>
        <translation>素材库还是空的。你编写或导入的内容会列在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="144"/>
        <source>Loading content</source>
        <translation>正在加载内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="174"/>
        <source>%1 orders · %2 clicks</source>
        <translation>付款 %1 · 点击 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/content.py" line="181"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="196"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="212"/>
        <source>Saving the item</source>
        <translation>正在保存素材</translation>
    </message>
    <message>
        <location filename="../../ui/pages/content.py" line="218"/>
        <source>Duplicating</source>
        <translation>正在复制</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="321"/>
        <source>Copy a week</source>
        <translation>复制一周</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="321"/>
        <source>Copy a day</source>
        <translation>复制一天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="328"/>
        <source>From (first day)</source>
        <translation>从（第一天）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="329"/>
        <source>To (first day)</source>
        <translation>到（第一天）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="331"/>
        <source>Copies are plans: posted and skipped entries become scheduled again.</source>
        <translation>复制的是计划：已发布和已跳过的条目会变为已排期。</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="29"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="30"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="31"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="32"/>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="75"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="80"/>
        <source>Fields you define appear on every member, in the member table&apos;s columns and in the filter panel. Use them for questionnaire answers (入群问卷), sizes, a baby&apos;s age and the like.</source>
        <translation>你定义的字段会出现在每位成员的资料里、成员表的列中和筛选面板里。可用来记录入群问卷答案、尺码、宝宝月龄等。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="87"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="87"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="87"/>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="87"/>
        <source>Members with a value</source>
        <translation>已填写的成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="91"/>
        <source>Add field…</source>
        <translation>添加字段…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="92"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="93"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="101"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="135"/>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="147"/>
        <source>Delete the field “%1”?</source>
        <translation>删除字段“%1”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="149"/>
        <source>%n member(s) have a value in it; those values are deleted too.</source>
        <translation>
            <numerusform>有 %n 位成员填写了该字段，这些值也会一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="150"/>
        <source>Delete field</source>
        <translation>删除字段</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="37"/>
        <source>Silver</source>
        <translation>白银</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="38"/>
        <source>Gold</source>
        <translation>黄金</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="39"/>
        <source>Diamond</source>
        <translation>钻石</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="40"/>
        <source>No tier</source>
        <translation>未定级</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="79"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="89"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="89"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="89"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="90"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="105"/>
        <source>Weekly report…</source>
        <translation>健康度周报…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="106"/>
        <source>NPS scores…</source>
        <translation>NPS 评分…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="107"/>
        <source>Metric definitions</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="108"/>
        <source>Growth card…</source>
        <translation>成长报告卡…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="109"/>
        <source>Export charts as PNG…</source>
        <translation>导出图表为 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="111"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="114"/>
        <location filename="../../ui/pages/dashboard.py" line="136"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="123"/>
        <source>No activity in this period. Import chat history and orders, or choose another period.</source>
        <translation>该周期内没有数据。请导入聊天记录和订单，或选择其他周期。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="134"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="134"/>
        <source>Moved up</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="134"/>
        <source>Held</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="134"/>
        <source>Moved down</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="136"/>
        <source>Post</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="136"/>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="136"/>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="136"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="137"/>
        <source>Shares</source>
        <translation>转发</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="137"/>
        <source>Clicks</source>
        <translation>点击</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="137"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="196"/>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="236"/>
        <source>Chart saved as %1</source>
        <translation>图表已保存为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="281"/>
        <source>Tier movement in the period (Orbit-style)</source>
        <translation>本期会员等级变动（升级 / 保持 / 降级）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="288"/>
        <source>Top posts of the period</source>
        <translation>本期热门内容 TOP 10</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="300"/>
        <source>No tier changes recorded yet: &apos;held&apos; is everyone at the tier now. Tier changes are recorded from now on (event &apos;tier-change&apos;).</source>
        <translation>尚无等级变动记录：“保持”即当前处于该等级的全部成员。今后的等级变动会被记录（事件 tier-change）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="215"/>
        <source>Computing dashboard</source>
        <translation>正在计算看板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="329"/>
        <source>Choose a folder for the PNG files</source>
        <translation>选择保存 PNG 文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="332"/>
        <source>Charts saved in %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="79"/>
        <source>Edit entry</source>
        <translation>编辑排期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="79"/>
        <source>New entry</source>
        <translation>新建排期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="82"/>
        <source>(none — just a title)</source>
        <translation>（无——只写标题）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="94"/>
        <source>e.g. 双11大促 (groups entries into one funnel)</source>
        <translation>例如 双11大促（同一活动的排期合成一个漏斗）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="95"/>
        <source>Library item</source>
        <translation>素材</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="96"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="97"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="98"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="101"/>
        <source>Best slot by past results: %1 %2</source>
        <translation>按以往效果的最佳时段：%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="113"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="114"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="115"/>
        <source>Apply the time and title to the whole series from this day on</source>
        <translation>从这一天起，把时间和标题应用到整个系列</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="20"/>
        <source>The database {path} was created by a newer version of Qunzhu (schema {revision}). Please install the latest version of Qunzhu to open it; this version will not change it.</source>
        <translation>数据库 {path} 是由更新版本的群主创建的（结构版本 {revision}）。请安装最新版群主后再打开；当前版本不会改动它。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>The file {path} is not a Qunzhu database (or it is damaged). It was left unchanged.</source>
        <translation>文件 {path} 不是群主数据库（或已损坏），文件未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>The disk{where} is full. Nothing was changed: the last step was undone. Free some space (or choose another folder) and try again.</source>
        <translation>磁盘{where}已满。没有做任何更改：上一步已撤销。请腾出空间（或换一个文件夹）后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>Qunzhu cannot write to {path}: the file or its folder {folder} is read-only, or you have no permission to change it. Nothing was changed. Move the database to a folder you can write (or change the permissions) and try again.</source>
        <translation>群主无法写入 {path}：该文件或其所在文件夹 {folder} 是只读的，或你没有修改权限。没有做任何更改。请把数据库移到可写的文件夹（或修改权限）后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>The database {path}is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>数据库 {path}正忙：另一个程序正在写入。没有做任何更改，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>The database {path}is damaged ({detail}). Nothing more was written to it. Restart Qunzhu to restore it from a backup.</source>
        <translation>数据库 {path}已损坏（{detail}），之后没有再写入任何内容。请重新启动群主，从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>There is no file {path}.</source>
        <translation>找不到文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>{name} is empty.</source>
        <translation>{name} 是空文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>{name} is neither UTF-8 nor GBK text; save it as CSV UTF-8 and try again.</source>
        <translation>{name} 既不是 UTF-8 也不是 GBK 编码的文本；请另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>{name} does not look like a CSV file with a header row.</source>
        <translation>{name} 看起来不是带表头的 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>{name} has no column named {columns}.</source>
        <translation>{name} 中没有名为 {columns} 的列。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>{name} cannot be read as an Excel workbook ({detail}).</source>
        <translation>{name} 无法作为 Excel 工作簿读取（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>{name} is an Excel workbook saved with another extension; rename it to .xlsx.</source>
        <translation>{name} 其实是 Excel 工作簿，只是扩展名不对；请改名为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>There is no import number {id}.</source>
        <translation>没有编号为 {id} 的导入。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>Import {id} was already undone on {when}.</source>
        <translation>导入 {id} 已于 {when} 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>The demo community cannot be undone as an import; start with a new database instead.</source>
        <translation>示例社群不能像导入那样撤销；请改用一个新的数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>{name} is not a MemoTrace (留痕) CSV export: the columns {missing} are missing (found: {found}).</source>
        <translation>{name} 不是留痕（MemoTrace）导出的 CSV：缺少列 {missing}（实际找到：{found}）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>A member needs a name.</source>
        <translation>成员需要一个昵称。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>In {group}, the leaving date is before the joining date.</source>
        <translation>在 {group} 中，退群日期早于入群日期。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>This member no longer exists.</source>
        <translation>该成员已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>Not a number: {value}</source>
        <translation>不是数字：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>Not a date: {value}</source>
        <translation>不是日期：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Not one of the choices ({choices}): {value}</source>
        <translation>不在可选项（{choices}）中：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>A field needs a name.</source>
        <translation>字段需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>A choice field needs at least one choice.</source>
        <translation>选项字段至少需要一个选项。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>There is already a field named {name}.</source>
        <translation>已经有名为 {name} 的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>Choose two different members to merge.</source>
        <translation>请选择两位不同的成员进行合并。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>One of the two members is in the trash or no longer exists.</source>
        <translation>两位成员中有一位在回收站里或已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>The merged member was emptied from the trash; this merge can no longer be undone.</source>
        <translation>被合并的成员已从回收站彻底删除，这次合并无法再撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>That group no longer exists.</source>
        <translation>该群已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>A view needs a name.</source>
        <translation>视图需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>No saved view named {name}. Saved views: {names}</source>
        <translation>没有名为 {name} 的已保存视图。已保存的视图：{names}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="43"/>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="46"/>
        <source>e.g. 宝宝阶段</source>
        <translation>例如：宝宝阶段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="52"/>
        <source>One choice per line, e.g.
孕期
0-1岁
1-3岁</source>
        <translation>每行一个选项，例如：
孕期
0-1岁
1-3岁</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="54"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="55"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/custom_fields_dialog.py" line="56"/>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
</context>
<context>
    <name>GrowthCardDialog</name>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="215"/>
        <source>Member growth card</source>
        <translation>成员成长报告卡</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="218"/>
        <source>Name, WeChat ID or phone</source>
        <translation>昵称、微信号或手机号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="223"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="224"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="226"/>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="238"/>
        <source>No single member matches “%1”.</source>
        <translation>没有唯一匹配“%1”的成员。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="240"/>
        <source>Save growth card</source>
        <translation>保存成长报告卡</translation>
    </message>
</context>
<context>
    <name>ImportCenter</name>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="86"/>
        <source>Import centre</source>
        <translation>导入中心</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="93"/>
        <location filename="../../ui/dialogs/import_center.py" line="181"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="94"/>
        <source>History</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="97"/>
        <location filename="../../ui/dialogs/import_center.py" line="585"/>
        <source>Member list</source>
        <translation>成员名单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="107"/>
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="109"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="124"/>
        <source>Drop a chat export or a shop order export here, or choose a file.

Chats: 留痕/MemoTrace CSV or TXT (WeChat groups), WhatsApp “Export chat” .txt, Telegram result.json, or a CSV with time, sender and text columns.
Orders: CSV or XLSX exports of your shop.</source>
        <translation>把聊天记录导出文件或店铺订单导出文件拖到这里，或点“选择文件”。

聊天记录：留痕/MemoTrace 导出的 CSV 或 TXT（微信群）、WhatsApp“导出聊天”的 .txt、Telegram 的 result.json，或含时间、发送者、内容三列的 CSV。
订单：店铺后台导出的 CSV 或 XLSX。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="137"/>
        <source>Chat export</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="138"/>
        <source>Shop orders</source>
        <translation>店铺订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="140"/>
        <source>What it is</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="142"/>
        <location filename="../../ui/dialogs/import_center.py" line="287"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="146"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="150"/>
        <location filename="../../ui/dialogs/import_center.py" line="233"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="152"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="153"/>
        <source>Day/month/year (13/05/2025)</source>
        <translation>日/月/年（13/05/2025）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="154"/>
        <source>Month/day/year (05/13/2025)</source>
        <translation>月/日/年（05/13/2025）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="155"/>
        <source>Year/month/day (2025/05/13)</source>
        <translation>年/月/日（2025/05/13）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="157"/>
        <source>Date order</source>
        <translation>日期顺序</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="163"/>
        <location filename="../../ui/dialogs/import_center.py" line="235"/>
        <source>Found</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="173"/>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="173"/>
        <location filename="../../ui/dialogs/import_center.py" line="419"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="173"/>
        <source>Found how</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="173"/>
        <source>Who is it?</source>
        <translation>对应成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="178"/>
        <source>Also keep the message text (off: only lengths and kinds are kept)</source>
        <translation>同时保存消息原文（关闭时只保存长度和类型）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="196"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="212"/>
        <source>Import another file…</source>
        <translation>导入其他文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="214"/>
        <source>Undo this import</source>
        <translation>撤销这次导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="230"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="231"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="232"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="234"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="236"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="237"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="241"/>
        <source>Nothing imported yet.</source>
        <translation>还没有导入过任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="245"/>
        <source>Undo selected import</source>
        <translation>撤销所选导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="255"/>
        <source>Choose an export</source>
        <translation>选择导出文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="257"/>
        <source>Exports (*.csv *.txt *.json *.xlsx *.tsv);;All files (*)</source>
        <translation>导出文件 (*.csv *.txt *.json *.xlsx *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="315"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="319"/>
        <location filename="../../ui/dialogs/import_center.py" line="324"/>
        <source>Reading the file</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="341"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="349"/>
        <source>The dates in this file could be day/month or month/day, and nothing in it tells which. Choose the date order of the phone that made the export.</source>
        <translation>这个文件里的日期既可能是“日/月”也可能是“月/日”，文件本身无法判断。请选择导出时手机使用的日期顺序。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="358"/>
        <source>Choose which columns hold what, then press “Use these columns”.</source>
        <translation>请选择各项对应的列，然后点“使用这些列”。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="392"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="397"/>
        <source>Use these columns</source>
        <translation>使用这些列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="419"/>
        <location filename="../../ui/dialogs/import_center.py" line="585"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="429"/>
        <source>Detected: %1</source>
        <translation>已识别：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="435"/>
        <source>no messages</source>
        <translation>没有消息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="437"/>
        <source>%1 messages (%2), %3 senders, %4 joins, %5 leaves, %6 check-ins</source>
        <translation>%1 条消息（%2），%3 位发言人，%4 人入群，%5 人退群，%6 次打卡</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="446"/>
        <source>The group “%1” is new and will be created.</source>
        <translation>社群“%1”是新的，导入时会新建。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="448"/>
        <source>This looks like a private chat, not a group: it will not be imported.</source>
        <translation>这看起来是私聊而不是群聊，不会导入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="456"/>
        <source>%1 orders (%2), %3 refunded or cancelled left out, spend %4, %5 buyers</source>
        <translation>%1 笔订单（%2），%3 笔退款或取消的不计入，消费 %4，%5 位买家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="469"/>
        <source>%1 of %2 are already members. Check the others: link them to the member they are, create a new member, or leave them out. Your choices are remembered for the next import.</source>
        <translation>%2 人中有 %1 人已是成员。请确认其余的人：关联到对应的成员、新建成员，或不导入。你的选择会记住，下次导入时直接使用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="479"/>
        <source>remembered for this group</source>
        <translation>本群已记住的选择</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="480"/>
        <source>known alias</source>
        <translation>已知的昵称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="481"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="482"/>
        <source>phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="483"/>
        <source>same name</source>
        <translation>同名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="490"/>
        <source>Member: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="493"/>
        <source>similar to %1 — please check</source>
        <translation>与 %1 相似，请确认</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="495"/>
        <source>not a member yet</source>
        <translation>还不是成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="498"/>
        <source>Same as %1? (similar name, %2%)</source>
        <translation>是 %1 吗？（名字相似度 %2%）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="500"/>
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="501"/>
        <source>Leave out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="524"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="528"/>
        <source>Importing orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="534"/>
        <source>Importing a chat</source>
        <translation>导入聊天记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="544"/>
        <source>Imported into “%1”: %2 messages read, %3 events added, %4 already there. %5 new members, %6 matched to existing members; %7 joins and %8 leaves.</source>
        <translation>已导入到“%1”：读取 %2 条消息，新增 %3 条记录，%4 条已存在。新建成员 %5 人，匹配到已有成员 %6 人；入群 %7 人，退群 %8 人。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="559"/>
        <source>Imported %1 orders: %2 purchases added (spend %3), %4 left out as refunded or cancelled, %5 already there. %6 new members, %7 matched.</source>
        <translation>已导入 %1 笔订单：新增 %2 笔购买（消费 %3），%4 笔退款或取消的不计入，%5 笔已存在。新建成员 %6 人，匹配 %7 人。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="607"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="608"/>
        <source>Take import %1 back out? Its events, the members it created and the changes it made go.</source>
        <translation>撤销第 %1 次导入？它导入的记录、新建的成员和所做的修改都会被撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="617"/>
        <source>Undoing an import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="622"/>
        <source>Import %1 was undone: %2 events and %3 members removed.</source>
        <translation>第 %1 次导入已撤销：删除了 %2 条记录和 %3 位成员。</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="632"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="633"/>
        <source>Payment time</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="634"/>
        <source>Sender</source>
        <translation>发送者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="635"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="636"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="637"/>
        <source>Sender ID</source>
        <translation>发送者 ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="638"/>
        <source>Message ID</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="639"/>
        <source>Message kind</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="640"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="641"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="642"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="643"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="644"/>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="645"/>
        <source>Product</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="646"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_center.py" line="647"/>
        <source>Refund status</source>
        <translation>退款状态</translation>
    </message>
</context>
<context>
    <name>IncentiveSettings</name>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="52"/>
        <source>Check-ins (签到)</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="58"/>
        <source>never expire</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="59"/>
        <location filename="../../ui/pages/incentive_settings.py" line="121"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="66"/>
        <source>Points per check-in</source>
        <translation>每次签到积分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="67"/>
        <source>Check-in points are valid for</source>
        <translation>签到积分有效期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="68"/>
        <source>补签 make-ups allowed a month</source>
        <translation>每月可补签次数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="69"/>
        <source>Streak bonuses (days=points, …)</source>
        <translation>连续打卡奖励（天数=积分，…）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="71"/>
        <source>Save check-in settings</source>
        <translation>保存签到设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="79"/>
        <source>Tiers (会员等级), lowest first</source>
        <translation>会员等级（由低到高）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="82"/>
        <source>A member reaches a tier with enough points (balance) or spend in the window — or both, when the tier needs all. Promotion is immediate; a member who falls below keeps the tier for the grace period, then moves down.</source>
        <translation>积分余额或统计期内的消费额达到门槛即可升级（设为“两者都要”时须同时达到）。升级立即生效；跌破门槛的成员在宽限期内保留等级，期满后才降级。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="92"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="93"/>
        <source>Min. points</source>
        <translation>最低积分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="94"/>
        <source>Min. spend</source>
        <translation>最低消费</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="95"/>
        <source>Spend window (days)</source>
        <translation>消费统计期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="96"/>
        <source>Needs</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="97"/>
        <source>Benefits</source>
        <translation>专属权益</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="109"/>
        <source>Add tier</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="110"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="111"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="112"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="118"/>
        <source>Grace period before moving down</source>
        <translation>降级宽限期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="127"/>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="129"/>
        <source>Save tiers</source>
        <translation>保存等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="131"/>
        <source>Recompute tiers now</source>
        <translation>立即重新计算等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="168"/>
        <location filename="../../ui/pages/incentive_settings.py" line="174"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="182"/>
        <source>either</source>
        <translation>满足其一</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="183"/>
        <source>both</source>
        <translation>两者都要</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="212"/>
        <source>New tier</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="249"/>
        <source>Write streak bonuses as days=points, e.g. 7=30, 21=100; nothing was saved.</source>
        <translation>连续打卡奖励请写成“天数=积分”，例如 7=30, 21=100；未保存任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="256"/>
        <source>Check-in settings saved.</source>
        <translation>签到设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="267"/>
        <source>Tiers saved. Recompute to apply them to every member now.</source>
        <translation>等级已保存。点击“立即重新计算等级”即可应用到所有成员。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="272"/>
        <source>Define at least one tier; nothing was saved.</source>
        <translation>至少需要一个等级；未保存任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="275"/>
        <source>%1 needs a points or a spend threshold; nothing was saved.</source>
        <translation>%1 需要设置积分或消费门槛；未保存任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="282"/>
        <source>Recomputing tiers</source>
        <translation>正在重新计算等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incentive_settings.py" line="291"/>
        <source>Tiers recomputed: %1 moved up, %2 moved down, %3 below their tier within the grace period.</source>
        <translation>等级已重新计算：%1 人升级，%2 人降级，%3 人低于当前等级、仍在宽限期内。</translation>
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
        <source>Message</source>
        <translation>发言</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Check-in</source>
        <translation>打卡</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Purchase</source>
        <translation>下单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Click</source>
        <translation>点击</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Perk claimed</source>
        <translation>领取福利</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Invited someone</source>
        <translation>邀请好友</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Left the group</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Removed</source>
        <translation>被移出群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Recall message sent</source>
        <translation>已发召回消息</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Replied to a recall</source>
        <translation>回复了召回</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Tier changed</source>
        <translation>等级变化</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Sticker</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Invited</source>
        <translation>邀请入群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>QR code</source>
        <translation>扫码入群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Idea</source>
        <translation>想法</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Posted</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Promotion</source>
        <translation>推广类</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Conversion</source>
        <translation>转化类</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Brand</source>
        <translation>品牌类</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Knowledge</source>
        <translation>知识核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Emotion</source>
        <translation>情感核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Knowledge core</source>
        <translation>知识核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Emotion core</source>
        <translation>情感核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Conversion core</source>
        <translation>转化核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Text</source>
        <translation>纯文字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Image and text</source>
        <translation>图文</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Poll</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Check-in task</source>
        <translation>打卡任务</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Product card</source>
        <translation>商品卡片</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Post</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Title library</source>
        <translation>标题库</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>FAQ / script</source>
        <translation>FAQ/话术</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Original</source>
        <translation>原创</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Repost</source>
        <translation>转载</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>UGC</source>
        <translation>UGC</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Ready</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Hit (爆款)</source>
        <translation>爆款</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Bestseller</source>
        <translation>热销</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>New</source>
        <translation>新品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Flash sale</source>
        <translation>秒杀</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Active</source>
        <translation>活跃型</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Lurker</source>
        <translation>潜水型</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Shallow churn</source>
        <translation>浅流失</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Deep churn</source>
        <translation>深流失</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Quiet</source>
        <translation>低频型</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Left</source>
        <translation>已退群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Advert</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Spam</source>
        <translation>刷屏</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Abuse</source>
        <translation>恶意攻击</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Off-topic</source>
        <translation>无关话题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>No action</source>
        <translation>不处理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Mute</source>
        <translation>禁言</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Removal</source>
        <translation>踢出</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Expired</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Streak bonus</source>
        <translation>连续打卡奖励</translation>
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
    <name>LadderSettings</name>
    <message>
        <location filename="../../ui/pages/ladder_settings.py" line="30"/>
        <source>Rule ladder (社区规则)</source>
        <translation>社区规则（分级处理）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ladder_settings.py" line="33"/>
        <source>Each violation is answered with the next step of the ladder, counting the steps already taken against the member in that group within the window. Untick a step to skip it (e.g. 违规首次警告，二次清退: warning, then removal).</source>
        <translation>每次违规按分级处理的下一步执行：统计期内该成员在本群已受过的处理决定下一步。取消勾选可跳过某一步（例如“违规首次警告，二次清退”：警告，然后踢出）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ladder_settings.py" line="43"/>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ladder_settings.py" line="53"/>
        <source>Steps</source>
        <translation>处理步骤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ladder_settings.py" line="56"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ladder_settings.py" line="58"/>
        <source>Count violations in the last</source>
        <translation>统计最近</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ladder_settings.py" line="65"/>
        <source>Use the rules of all groups</source>
        <translation>改用所有群的规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ladder_settings.py" line="67"/>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ladder_settings.py" line="82"/>
        <source>All groups (default)</source>
        <translation>所有群（默认）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ladder_settings.py" line="103"/>
        <source>This group has its own rules.</source>
        <translation>本群使用单独的规则。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ladder_settings.py" line="103"/>
        <source>Follows the rules of all groups.</source>
        <translation>沿用所有群的规则。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ladder_settings.py" line="111"/>
        <source>Tick at least one step; nothing was saved.</source>
        <translation>请至少勾选一个步骤；未保存任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ladder_settings.py" line="117"/>
        <source>Rules saved.</source>
        <translation>规则已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ladder_settings.py" line="128"/>
        <source>This group follows the rules of all groups again.</source>
        <translation>本群已恢复为沿用所有群的规则。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="202"/>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Qunzhu — community manager</source>
        <translation>群主 — 社群运营助手</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Updating points and tiers</source>
        <translation>正在更新积分与等级</translation>
    </message>
</context>
<context>
    <name>MemberDetailDialog</name>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="67"/>
        <source>Member: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="94"/>
        <source>Loading the timeline</source>
        <translation>正在加载动态</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/member_detail.py" line="104"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条发言</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="105"/>
        <source>last active %1</source>
        <translation>最近活跃 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="105"/>
        <source>never posted</source>
        <translation>从未发言</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/member_detail.py" line="106"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n 次打卡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/member_detail.py" line="108"/>
        <source>%n order(s), ¥%1</source>
        <translation>
            <numerusform>%n 笔订单，¥%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/member_detail.py" line="113"/>
        <source>invited %n member(s)</source>
        <translation>
            <numerusform>邀请了 %n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="115"/>
        <source>invited by %1</source>
        <translation>由 %1 邀请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="117"/>
        <source>imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="118"/>
        <source>No activity recorded yet.</source>
        <translation>还没有任何动态记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="133"/>
        <source>e.g. 2025-05-12 or 5月12日</source>
        <translation>例如 2025-05-12 或 5月12日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="136"/>
        <source>No tier yet</source>
        <translation>暂无等级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="145"/>
        <source>Do not contact (left out of recall lists)</source>
        <translation>勿扰（不出现在召回名单中）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="149"/>
        <source>Name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="150"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="151"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="152"/>
        <source>Other contact</source>
        <translation>其他联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="153"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="154"/>
        <location filename="../../ui/dialogs/member_detail.py" line="262"/>
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="155"/>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="156"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="157"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="159"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="160"/>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="190"/>
        <source>No custom fields yet. Define fields such as questionnaire answers (入群问卷) with “Custom fields…” on the Members page.</source>
        <translation>还没有自定义字段。可在成员页面点“自定义字段…”定义，例如入群问卷的答案。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="197"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="207"/>
        <source>Add tags…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="208"/>
        <source>Remove selected tags</source>
        <translation>移除选中的标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="217"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="230"/>
        <source>No tags yet.</source>
        <translation>还没有标签。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="246"/>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="246"/>
        <source>Tags to give this member:</source>
        <translation>给该成员添加的标签：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="262"/>
        <location filename="../../ui/dialogs/member_detail.py" line="385"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="262"/>
        <source>Left</source>
        <translation>退群时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="262"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="270"/>
        <source>Add to group</source>
        <translation>加入群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="271"/>
        <source>Left today</source>
        <translation>今天退群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="272"/>
        <source>Delete this stay</source>
        <translation>删除这条入群记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="280"/>
        <source>Dates as 2025-05-12; leave “Left” empty while the member is still in the group.</source>
        <translation>日期格式如 2025-05-12；成员仍在群内时，“退群时间”留空。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="285"/>
        <source>Groups</source>
        <translation>所在群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="347"/>
        <source>Names and IDs under which this member appears in chat exports; imports match by them.</source>
        <translation>该成员在聊天记录导出中使用过的名字和 ID；导入时据此匹配成员。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="357"/>
        <source>New alias</source>
        <translation>新别名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="358"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="359"/>
        <source>Remove selected</source>
        <translation>移除选中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="370"/>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="385"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="385"/>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="385"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="386"/>
        <source>Timeline</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="402"/>
        <source>Timeline (%1)</source>
        <translation>动态（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/member_detail.py" line="416"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="430"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="431"/>
        <source>Check-ins</source>
        <translation>打卡</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="432"/>
        <source>Moderation</source>
        <translation>违规记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="467"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_detail.py" line="471"/>
        <source>Not saved</source>
        <translation>未保存</translation>
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
    <name>MemberFilterPanel</name>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="31"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="32"/>
        <source>Shallow churn</source>
        <translation>浅流失</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="33"/>
        <source>Between shallow and deep churn</source>
        <translation>浅流失与深流失之间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="34"/>
        <source>Deep churn</source>
        <translation>深流失</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="35"/>
        <source>Never posted</source>
        <translation>从未发言</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="36"/>
        <source>Left the group</source>
        <translation>已退群</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="74"/>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;筛选&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="76"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="85"/>
        <source>Tags (any within a dimension, all across)</source>
        <translation>标签（同一维度任一，跨维度同时满足）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="89"/>
        <source>In group</source>
        <translation>所在群</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="93"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="103"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="106"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="107"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="120"/>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="123"/>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="124"/>
        <source>Only do-not-contact</source>
        <translation>仅勿扰成员</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="125"/>
        <source>Leave out do-not-contact</source>
        <translation>排除勿扰成员</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="127"/>
        <source>Do not contact</source>
        <translation>勿扰</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="130"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="171"/>
        <source>No tier yet</source>
        <translation>暂无等级</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="180"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="186"/>
        <source>contains…</source>
        <translation>包含…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_filter.py" line="186"/>
        <source>equals…</source>
        <translation>等于…</translation>
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
        <location filename="../../ui/models/member_table.py" line="44"/>
        <source>Name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="45"/>
        <source>Groups</source>
        <translation>所在群</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="46"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="47"/>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="48"/>
        <source>Days silent</source>
        <translation>沉默天数</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="49"/>
        <source>Messages</source>
        <translation>发言数</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="50"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="51"/>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="52"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="53"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="54"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/models/member_table.py" line="55"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/pages/members.py" line="51"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="54"/>
        <source>Search name, alias, WeChat ID, phone or notes…</source>
        <translation>搜索昵称、别名、微信号、手机号或备注…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="57"/>
        <location filename="../../ui/pages/members.py" line="263"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="62"/>
        <source>Saved views: a search and filters under a name</source>
        <translation>已保存的视图：带名称的搜索和筛选条件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="63"/>
        <source>Save view…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="64"/>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="74"/>
        <location filename="../../ui/pages/members.py" line="372"/>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="76"/>
        <location filename="../../ui/pages/members.py" line="193"/>
        <source>Bulk actions</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="80"/>
        <location filename="../../ui/pages/members.py" line="374"/>
        <source>Merge two…</source>
        <translation>合并两位…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="82"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="86"/>
        <source>Custom fields…</source>
        <translation>自定义字段…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="87"/>
        <source>Manage tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="88"/>
        <source>Import chats or orders…</source>
        <translation>导入聊天记录或订单…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="94"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="97"/>
        <source>Bulk check-in…</source>
        <translation>批量签到…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="104"/>
        <source>Show all members</source>
        <translation>显示全部成员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="193"/>
        <source>Bulk actions (%n)</source>
        <translation>
            <numerusform>批量操作（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="216"/>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="263"/>
        <source>Filters (%1)</source>
        <translation>筛选（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="268"/>
        <source>All members</source>
        <translation>全部成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="293"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="293"/>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="302"/>
        <source>View “%1” saved.</source>
        <translation>视图“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="322"/>
        <source>Showing: %1</source>
        <translation>仅显示：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="330"/>
        <source>%n member(s) found</source>
        <translation>
            <numerusform>找到 %n 位成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="332"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="335"/>
        <source>No members yet. Import a chat export, an order export or a member spreadsheet to begin.</source>
        <translation>还没有成员。导入聊天记录、订单导出或成员表格即可开始。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="339"/>
        <source>No member matches this search and these filters.</source>
        <translation>没有符合当前搜索和筛选条件的成员。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="347"/>
        <source>Add tags…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="348"/>
        <source>Remove tags…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="350"/>
        <source>Add to group…</source>
        <translation>加入群…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="351"/>
        <source>Move to group…</source>
        <translation>移到群…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="353"/>
        <source>Set tier</source>
        <translation>设置等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="354"/>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="357"/>
        <source>Mark do-not-contact</source>
        <translation>标记为勿扰</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="358"/>
        <source>Clear do-not-contact</source>
        <translation>取消勿扰</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="360"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="361"/>
        <source>Select all shown</source>
        <translation>全选当前列表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="392"/>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="392"/>
        <source>Tags to give the %n selected member(s):</source>
        <translation>
            <numerusform>给选中的 %n 位成员添加的标签：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="397"/>
        <source>Adding tags</source>
        <translation>正在添加标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="399"/>
        <source>%n tag(s) added.</source>
        <translation>
            <numerusform>已添加 %n 个标签。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="407"/>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="407"/>
        <source>Tags to take from the %n selected member(s):</source>
        <translation>
            <numerusform>从选中的 %n 位成员移除的标签：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="412"/>
        <source>Removing tags</source>
        <translation>正在移除标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="414"/>
        <source>%n tag(s) removed.</source>
        <translation>
            <numerusform>已移除 %n 个标签。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="422"/>
        <source>Move to group</source>
        <translation>移到群</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="422"/>
        <source>Move the %n selected member(s) to:</source>
        <translation>
            <numerusform>把选中的 %n 位成员移到：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="424"/>
        <source>Add to group</source>
        <translation>加入群</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="424"/>
        <source>Add the %n selected member(s) to:</source>
        <translation>
            <numerusform>把选中的 %n 位成员加入：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="432"/>
        <source>%n member(s) changed groups.</source>
        <translation>
            <numerusform>%n 位成员已调整所在群。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="439"/>
        <source>Editing members</source>
        <translation>正在修改成员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="441"/>
        <source>%n member(s) changed.</source>
        <translation>
            <numerusform>已修改 %n 位成员。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="471"/>
        <source>Merge two members</source>
        <translation>合并两位成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="474"/>
        <source>Are these the same person? Choose the member to keep: the other one&apos;s messages, orders, aliases, tags, groups and points move to it, and its name becomes an alias. A merge can be undone.</source>
        <translation>这是同一个人吗？请选择要保留的成员：另一位的发言、订单、别名、标签、所在群和积分都会移到保留的成员名下，其昵称会成为别名。合并可以撤销。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="481"/>
        <source>%n message(s), joined %1</source>
        <translation>
            <numerusform>%n 条发言，%1 入群</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="484"/>
        <location filename="../../ui/pages/members.py" line="485"/>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="493"/>
        <source>Merging members</source>
        <translation>正在合并成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="499"/>
        <source>Merged. Undo puts both members back as they were.</source>
        <translation>已合并。撤销可把两位成员恢复原状。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="523"/>
        <location filename="../../ui/pages/members.py" line="526"/>
        <location filename="../../ui/pages/members.py" line="533"/>
        <location filename="../../ui/pages/members.py" line="572"/>
        <source>Export members</source>
        <translation>导出成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="523"/>
        <source>There are no members to export.</source>
        <translation>没有可导出的成员。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="526"/>
        <source>members.xlsx</source>
        <translation>成员.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="526"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="534"/>
        <source>Export %n member(s) to %1?</source>
        <translation>
            <numerusform>将 %n 位成员导出到 %1？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="536"/>
        <source>Full phone numbers (otherwise masked as 138****8000)</source>
        <translation>导出完整手机号（否则显示为 138****8000）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="568"/>
        <source>Exporting members</source>
        <translation>正在导出成员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="570"/>
        <source>Exported %n member(s) to %1</source>
        <translation>
            <numerusform>已将 %n 位成员导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricHelpDialog</name>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="47"/>
        <source>Metric definitions</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="56"/>
        <source>The metric definitions (docs/metrics.md) are missing from this copy.</source>
        <translation>此安装中缺少指标定义文件（docs/metrics.md）。</translation>
    </message>
</context>
<context>
    <name>ModerationPanel</name>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="61"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="61"/>
        <location filename="../../ui/widgets/moderation_panel.py" line="81"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="61"/>
        <location filename="../../ui/widgets/moderation_panel.py" line="87"/>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="61"/>
        <location filename="../../ui/widgets/moderation_panel.py" line="84"/>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="61"/>
        <location filename="../../ui/widgets/moderation_panel.py" line="88"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="63"/>
        <source>No violations recorded. The group rules: warning → mute → removal.</source>
        <translation>暂无违规记录。群规分级处理：警告 → 禁言 → 踢出。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="79"/>
        <source>What happened, e.g. 发了外部链接</source>
        <translation>发生了什么，例如：发了外部链接</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="80"/>
        <source>Also record that the member was removed from the group</source>
        <translation>同时记录该成员已被移出本群</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="92"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="105"/>
        <source>Loading the moderation log</source>
        <translation>正在加载违规记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="120"/>
        <source>%1 (left)</source>
        <translation>%1（已退群）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="122"/>
        <source>No group</source>
        <translation>无群</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="142"/>
        <source>Suggested next step: &lt;b&gt;%1&lt;/b&gt; (%2 step(s) in the last %3 days, up to %4).</source>
        <translation>建议下一步：&lt;b&gt;%1&lt;/b&gt;（最近 %3 天内已处理 %2 次，最高到%4）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="145"/>
        <source>Suggested next step: &lt;b&gt;%1&lt;/b&gt; (nothing in the last %3 days).</source>
        <translation>建议下一步：&lt;b&gt;%1&lt;/b&gt;（最近 %3 天内无处理记录）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="161"/>
        <source>Remove from the group</source>
        <translation>移出群聊</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="162"/>
        <source>Record that this member was removed from %1 today? Their stay in the group ends now.</source>
        <translation>记录该成员今天已被移出 %1 吗？其在群里的记录将于此刻结束。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/moderation_panel.py" line="169"/>
        <source>Recording a violation</source>
        <translation>正在记录违规</translation>
    </message>
</context>
<context>
    <name>NpsDialog</name>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="125"/>
        <source>NPS survey scores</source>
        <translation>NPS 问卷评分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="128"/>
        <source>How likely is it that you would recommend us to a friend? 0–10. Promoters 9–10, passives 7–8, detractors 0–6.</source>
        <translation>您有多大可能把我们推荐给朋友？0–10 分。推荐者 9–10 分，被动者 7–8 分，贬损者 0–6 分。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="132"/>
        <source>Name, WeChat ID or phone (empty: anonymous)</source>
        <translation>昵称、微信号或手机号（留空：匿名）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="139"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="143"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="145"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="145"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="145"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="164"/>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="176"/>
        <source>No single member matches “%1”.</source>
        <translation>没有唯一匹配“%1”的成员。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="186"/>
        <source>Import NPS scores</source>
        <translation>导入 NPS 评分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="203"/>
        <source>Imported %1 scores (%2 matched to members).</source>
        <translation>已导入 %1 条评分（其中 %2 条匹配到成员）。</translation>
    </message>
</context>
<context>
    <name>PlanSidePanel</name>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="21"/>
        <source>&lt;b&gt;Library&lt;/b&gt; — drag onto a slot</source>
        <translation>&lt;b&gt;素材库&lt;/b&gt;——拖到时段上</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="23"/>
        <source>Search the library…</source>
        <translation>搜索素材库…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="29"/>
        <source>&lt;b&gt;Balance of the week&lt;/b&gt;</source>
        <translation>&lt;b&gt;本周内容配比&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="31"/>
        <source>Targets…</source>
        <translation>目标…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="69"/>
        <source>What worked (last 6 months, average result): best slots %1; best content %2</source>
        <translation>近 6 个月效果（平均效果分）：最佳时段 %1；最佳内容 %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="77"/>
        <source>Nothing planned yet this week.</source>
        <translation>本周还没有安排。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="84"/>
        <source>Core: %1</source>
        <translation>内容核：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="87"/>
        <source>Category: %1</source>
        <translation>分类：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="93"/>
        <source>Products in rotation: %1</source>
        <translation>轮换商品：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/plan_side_panel.py" line="99"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 还有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="104"/>
        <source>The mix is within your targets.</source>
        <translation>内容配比符合目标。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="110"/>
        <source>%1 promotion (target: at most %2)</source>
        <translation>推广类 %1（目标：最多 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="116"/>
        <source>%1 knowledge content (target: at least %2)</source>
        <translation>知识核内容 %1（目标：至少 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="121"/>
        <source>%1 promotional posts in a row in %2</source>
        <translation>%2 连续 %1 条推广/转化内容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="124"/>
        <source>%1 entries at the same time (%2) in %3</source>
        <translation>%3 在同一时间（%2）有 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_side_panel.py" line="131"/>
        <source>Nothing planned for %1 group %2 on %3</source>
        <translation>%1的群 %2 在 %3 没有安排内容</translation>
    </message>
</context>
<context>
    <name>PointsPanel</name>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="87"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="87"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="87"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="87"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="87"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="92"/>
        <source>No points yet. Grant some below, or log a check-in.</source>
        <translation>还没有积分。可在下方发放积分，或记录一次签到。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="102"/>
        <source>Reason, e.g. 晒单奖励 or 兑换礼品</source>
        <translation>原因，例如：晒单奖励、兑换礼品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="103"/>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="111"/>
        <source>Grant</source>
        <translation>发放</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="112"/>
        <source>Deduct</source>
        <translation>扣除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="115"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="130"/>
        <source>Loading points</source>
        <translation>正在加载积分</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="139"/>
        <source>Tier: %1</source>
        <translation>会员等级：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="141"/>
        <source>benefits: %1</source>
        <translation>专属权益：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="144"/>
        <source>below its threshold since %1; moves down on %2 unless it qualifies again</source>
        <translation>自 %1 起低于门槛；若届时仍未达标，将于 %2 降级</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="147"/>
        <source>No tier yet.</source>
        <translation>暂无会员等级。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="150"/>
        <source>Balance: %1 points</source>
        <translation>积分余额：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="153"/>
        <source>%1 expire on %2</source>
        <translation>其中 %1 积分将于 %2 过期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="178"/>
        <source>Deduct points</source>
        <translation>扣除积分</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="179"/>
        <source>The balance is %1 points; deducting %2 leaves %3. Deduct anyway?</source>
        <translation>积分余额为 %1，扣除 %2 后将变为 %3。仍要扣除吗？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/points_panel.py" line="193"/>
        <source>Changing points</source>
        <translation>正在修改积分</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="205"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="214"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="215"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="216"/>
        <source>Role</source>
        <translation>定位</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="234"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="236"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="237"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/content_item.py" line="238"/>
        <source>Remove</source>
        <translation>移除</translation>
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
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="69"/>
        <source>Weekly health report</source>
        <translation>社群健康度周报</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="76"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="77"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="77"/>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="82"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="83"/>
        <source>Save as HTML…</source>
        <translation>保存为 HTML…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="93"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="102"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dashboard_dialogs.py" line="108"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="267"/>
        <source>Results of the post</source>
        <translation>发布效果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="272"/>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="273"/>
        <source>Opens</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="274"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="275"/>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="276"/>
        <source>Clicks</source>
        <translation>点击</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="277"/>
        <source>Added to cart</source>
        <translation>加购</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="278"/>
        <source>Orders</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="282"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="286"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="297"/>
        <source>Enter whole numbers of 0 or more, or leave a field empty.</source>
        <translation>请输入 0 或以上的整数，或留空。</translation>
    </message>
</context>
<context>
    <name>RuleEditDialog</name>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="436"/>
        <source>Edit rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="436"/>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="446"/>
        <source>e.g. 高消费</source>
        <translation>例如：高消费</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="447"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="453"/>
        <source>Gives the tag:</source>
        <translation>打上标签：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="457"/>
        <source>Condition:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="464"/>
        <source>Switched on (applied after every chat or order import)</source>
        <translation>启用（每次导入聊天记录或订单后自动执行）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="468"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="470"/>
        <source>Preview: how many members the rule would tag now.</source>
        <translation>预览：现在执行这条规则会给多少成员打标签。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="485"/>
        <source>Create a tag first (Tags tab): a rule gives one tag.</source>
        <translation>请先在“标签”页创建标签：每条规则给成员打一个标签。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="502"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="505"/>
        <source>In the last:</source>
        <translation>最近：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="514"/>
        <source>Spent at least:</source>
        <translation>消费至少：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="517"/>
        <source>Orders, at least:</source>
        <translation>订单数至少：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="517"/>
        <location filename="../../ui/dialogs/tag_rules.py" line="538"/>
        <source>Messages, at least:</source>
        <translation>发言条数至少：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="521"/>
        <source>Joined at least:</source>
        <translation>入群至少：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="528"/>
        <source>Joined via:</source>
        <translation>入群渠道：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="529"/>
        <source>The member&apos;s source channel, or how a chat import saw them join.</source>
        <translation>成员的来源渠道，或导入聊天记录时识别到的入群方式。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="535"/>
        <source>e.g. 辅食, 米粉, 过敏</source>
        <translation>例如：辅食，米粉，过敏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="536"/>
        <source>Keywords (any of):</source>
        <translation>关键词（任一）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="541"/>
        <source>Message text is not kept unless you chose to store it, so keywords are counted as chats are imported: from the next import on, plus any message text you chose to store.</source>
        <translation>除非你选择保存消息原文，否则不会保留聊天内容，因此关键词在导入聊天记录时统计：从下一次导入开始计数，另加你选择保存的消息原文。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="553"/>
        <source>Group:</source>
        <translation>群：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="559"/>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="561"/>
        <source>is</source>
        <translation>等于</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="562"/>
        <source>is one of (separate with commas)</source>
        <translation>属于其中之一（用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="563"/>
        <source>is at least (numbers)</source>
        <translation>至少为（数字）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="565"/>
        <source>Comparison:</source>
        <translation>比较方式：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="567"/>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="569"/>
        <source>No custom fields yet: define them on the Members page.</source>
        <translation>还没有自定义字段：请在“成员”页定义。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="627"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="631"/>
        <source>Preview rule</source>
        <translation>预览规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="650"/>
        <source>Would tag %1 members, untag %2 (%3 qualify).</source>
        <translation>将给 %1 名成员打标签，移除 %2 名成员的标签（符合条件 %3 人）。</translation>
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
    <name>RulesTab</name>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="208"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="208"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="208"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="208"/>
        <source>Gives tag</source>
        <translation>打上标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="208"/>
        <source>Last run</source>
        <translation>上次执行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="223"/>
        <source>Add rule…</source>
        <translation>添加规则…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="224"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="225"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="227"/>
        <source>Preview all</source>
        <translation>全部预览</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="228"/>
        <source>Apply this rule</source>
        <translation>执行此规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="229"/>
        <source>Apply all now</source>
        <translation>立即全部执行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="235"/>
        <source>No rules yet. A rule tags members automatically, e.g. spend in the last 90 days ≥ 500 → 高消费, joined via QR code → a source tag, a message mentioning 辅食 → an interest tag.</source>
        <translation>还没有规则。规则会自动给成员打标签，例如：最近 90 天消费 ≥ 500 → 高消费；扫码入群 → 来源标签；发言提到“辅食” → 兴趣标签。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="246"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="293"/>
        <source>never</source>
        <translation>从未执行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="296"/>
        <source>%1 · %2 qualify</source>
        <translation>%1 · %2 人符合</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="306"/>
        <source>Last run %1: %2 members qualified, %3 tagged, %4 untagged.</source>
        <translation>上次执行 %1：%2 名成员符合条件，新打标签 %3 人，移除标签 %4 人。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="317"/>
        <source>Not applied yet.</source>
        <translation>尚未执行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="318"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="352"/>
        <source>Rule saved. Apply it to tag members now.</source>
        <translation>规则已保存。执行它即可给成员打标签。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="369"/>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="370"/>
        <source>Delete the rule “%1”? Members it tagged lose the tag “%2” (tags given by hand stay).</source>
        <translation>删除规则“%1”吗？由它打上的“%2”标签将被移除（手动打的标签保留）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="393"/>
        <source>Previewing…</source>
        <translation>正在预览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="393"/>
        <source>Applying rules…</source>
        <translation>正在执行规则…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="394"/>
        <source>Preview tag rules</source>
        <translation>预览标签规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="394"/>
        <source>Apply tag rules</source>
        <translation>执行标签规则</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="398"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="399"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="416"/>
        <source>No rule is switched on.</source>
        <translation>没有启用的规则。</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="159"/>
        <source>Edit recurring slot</source>
        <translation>编辑固定栏目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="159"/>
        <source>New recurring slot</source>
        <translation>新建固定栏目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="162"/>
        <source>e.g. 周三晚8点直播答疑</source>
        <translation>例如 周三晚8点直播答疑</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="164"/>
        <source>(none — just a title)</source>
        <translation>（无——只写标题）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="183"/>
        <source>No end (kept filled three months ahead)</source>
        <translation>不结束（始终提前排好三个月）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="184"/>
        <source>Until</source>
        <translation>截止到</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="185"/>
        <source>Number of times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="202"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="203"/>
        <source>Library item</source>
        <translation>素材</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="204"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="205"/>
        <source>Days</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="206"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="207"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="208"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="209"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="76"/>
        <source>Opening the database</source>
        <translation>正在打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="105"/>
        <location filename="../../ui/session.py" line="133"/>
        <location filename="../../ui/session.py" line="142"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="153"/>
        <source>Looking for a good backup…</source>
        <translation>正在查找完好的备份…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="156"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="157"/>
        <source>Qunzhu cannot use the database %1: it is damaged.</source>
        <translation>群主无法使用数据库 %1：它已损坏。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="163"/>
        <source>Qunzhu can put the damaged file aside (it is renamed, not deleted) and restore the newest good backup, from %1, with %2 members. Changes made after that backup are not in it.</source>
        <translation>群主可以把损坏的文件放到一边（只是改名，不会删除），并恢复最新的完好备份（%1，共 %2 名成员）。该备份之后所做的更改不在其中。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="169"/>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="173"/>
        <source>There is no good backup of it. Qunzhu can put the damaged file aside (it is renamed, not deleted) and start with an empty database, or quit and leave everything as it is.</source>
        <translation>没有它的完好备份。群主可以把损坏的文件放到一边（只是改名，不会删除）并从空数据库开始，或者退出并保持一切原样。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="177"/>
        <source>Start with an empty database</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="178"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="184"/>
        <location filename="../../ui/session.py" line="281"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="186"/>
        <location filename="../../ui/session.py" line="288"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="191"/>
        <source>Database restored</source>
        <translation>数据库已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="191"/>
        <source>New database</source>
        <translation>新数据库</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="192"/>
        <source>The damaged file was kept as:
%1</source>
        <translation>损坏的文件已保留为：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="221"/>
        <source>Checking the database</source>
        <translation>正在检查数据库</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="232"/>
        <source>Emptying old trash</source>
        <translation>正在清理过期的回收站项目</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="244"/>
        <source>Updating points and tiers</source>
        <translation>正在更新积分与等级</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="266"/>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="270"/>
        <source>Backup written.</source>
        <translation>备份已写入。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="292"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="293"/>
        <source>The backup was restored. The data as it was before is kept in the backup:
%1</source>
        <translation>备份已恢复。恢复之前的数据保存在备份中：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="326"/>
        <source>Backing up before closing…</source>
        <translation>关闭前正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="332"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="33"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="38"/>
        <location filename="../../ui/pages/settings.py" line="49"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="41"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="44"/>
        <source>Points and tiers</source>
        <translation>积分与等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="46"/>
        <source>Community rules</source>
        <translation>社区规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="52"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="56"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="57"/>
        <source>The new language is used from the next start.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="63"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="64"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="67"/>
        <source>Thresholds (from the community-operations guide)</source>
        <translation>阈值（来自社群运营指南）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="71"/>
        <source>Healthy speaking rate (发言率)</source>
        <translation>健康发言率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="72"/>
        <source>Healthy open rate (打开率)</source>
        <translation>健康打开率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="73"/>
        <source>Healthy NPS</source>
        <translation>健康 NPS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="74"/>
        <source>Flag funnel steps under</source>
        <translation>漏斗环节低于此值时标红</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="75"/>
        <source>Active: messages a week</source>
        <translation>活跃型：每周发言条数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="76"/>
        <source>Shallow churn: silent up to (days)</source>
        <translation>浅流失：沉默最多（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="77"/>
        <source>Deep churn: silent at least (days)</source>
        <translation>深流失：沉默至少（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="78"/>
        <source>Early warning: silent after a click (days)</source>
        <translation>预警：点击后沉默（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="87"/>
        <source>Save thresholds</source>
        <translation>保存阈值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="89"/>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="94"/>
        <source>Chat imports</source>
        <translation>聊天记录导入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="98"/>
        <source>Check-in keywords (comma-separated)</source>
        <translation>打卡关键词（用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="99"/>
        <source>Save keywords</source>
        <translation>保存关键词</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="122"/>
        <source>Check-in keywords saved; they apply to the next chat import.</source>
        <translation>打卡关键词已保存，下次导入聊天记录时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="132"/>
        <source>Shallow churn must end before deep churn begins; nothing was saved.</source>
        <translation>浅流失天数必须小于深流失天数；未保存任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="137"/>
        <source>Thresholds saved.</source>
        <translation>阈值已保存。</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="40"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="41"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="42"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="43"/>
        <source>Vermilion</source>
        <translation>朱红</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="44"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="45"/>
        <source>Sky blue</source>
        <translation>天蓝</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="46"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="47"/>
        <source>Black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="67"/>
        <source>Please enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="68"/>
        <source>A name can have at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="71"/>
        <source>That is not a colour.</source>
        <translation>这不是有效的颜色。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="72"/>
        <source>There is already a dimension named “%1”.</source>
        <translation>已有名为“%1”的标签维度。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="75"/>
        <source>“%1” already has a tag named “%2”.</source>
        <translation>“%1”中已有名为“%2”的标签。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="78"/>
        <source>“%1” already has a tag named “%2”: merge the two tags instead.</source>
        <translation>“%1”中已有名为“%2”的标签：请改为合并这两个标签。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="83"/>
        <source>A tag cannot be merged into itself.</source>
        <translation>标签不能合并到自身。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="84"/>
        <source>A dimension cannot be merged into itself.</source>
        <translation>标签维度不能合并到自身。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="85"/>
        <source>Choose the tag the rule gives.</source>
        <translation>请选择规则要打的标签。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="86"/>
        <source>That dimension no longer exists.</source>
        <translation>该标签维度已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="87"/>
        <source>There is already a rule named “%1”.</source>
        <translation>已有名为“%1”的规则。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="90"/>
        <source>Please enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="91"/>
        <source>The number must be at least %1.</source>
        <translation>数值至少为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="94"/>
        <source>Choose the channel members joined through.</source>
        <translation>请选择成员的入群渠道。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="95"/>
        <source>Enter at least one keyword.</source>
        <translation>请至少输入一个关键词。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="96"/>
        <source>Choose a group.</source>
        <translation>请选择一个群。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="97"/>
        <source>Choose a custom field.</source>
        <translation>请选择一个自定义字段。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="98"/>
        <source>Enter the value to look for.</source>
        <translation>请输入要匹配的值。</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="404"/>
        <source>Manage tags</source>
        <translation>标签管理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="409"/>
        <source>Tags sit in dimensions (e.g. 育儿阶段, 消费能力, 兴趣偏好). Rules give tags automatically and take them back when a member no longer qualifies; tags given by hand are never removed by a rule.</source>
        <translation>标签归属于标签维度（如育儿阶段、消费能力、兴趣偏好）。规则会自动打标签，并在成员不再符合条件时移除；手动打的标签不会被规则移除。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="419"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="420"/>
        <source>Automatic rules</source>
        <translation>自动标签规则</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../ui/dialogs/tag_picker.py" line="47"/>
        <source>There are no tags yet. Create them with “Manage tags…” on the Members page.</source>
        <translation>还没有标签。请在成员页面点“管理标签…”创建。</translation>
    </message>
</context>
<context>
    <name>TagRules</name>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="41"/>
        <source>Spend in the last N days</source>
        <translation>最近 N 天消费金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="42"/>
        <source>Orders in the last N days</source>
        <translation>最近 N 天订单数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="43"/>
        <source>Joined via a channel</source>
        <translation>入群渠道</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="44"/>
        <source>Messages containing keywords</source>
        <translation>发言包含关键词</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="45"/>
        <source>Messages in the last N days (active)</source>
        <translation>最近 N 天发言条数（活跃）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="46"/>
        <source>Days since joining</source>
        <translation>入群天数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="47"/>
        <source>Member of a group</source>
        <translation>所在群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="48"/>
        <source>Custom field value</source>
        <translation>自定义字段值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="51"/>
        <source>QR code</source>
        <translation>扫码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="52"/>
        <source>Invite link</source>
        <translation>邀请链接</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="53"/>
        <source>Invited by a member</source>
        <translation>成员邀请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="73"/>
        <source>spend in the last %1 days ≥ %2</source>
        <translation>最近 %1 天消费 ≥ %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="79"/>
        <source>orders in the last %1 days ≥ %2</source>
        <translation>最近 %1 天订单 ≥ %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="85"/>
        <source>messages in the last %1 days ≥ %2</source>
        <translation>最近 %1 天发言 ≥ %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="90"/>
        <source>joined via %1</source>
        <translation>通过%1入群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="94"/>
        <source>messages containing %1 ≥ %2</source>
        <translation>发言包含 %1 ≥ %2 次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="99"/>
        <source>joined at least %1 days ago</source>
        <translation>入群已满 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="101"/>
        <source>member of the group %1</source>
        <translation>在群“%1”中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="108"/>
        <source>%1 is %2</source>
        <translation>%1 为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="109"/>
        <source>%1 is one of %2</source>
        <translation>%1 属于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="110"/>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="123"/>
        <source>%1 times</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="128"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="135"/>
        <source>added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="138"/>
        <source>imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="140"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="144"/>
        <source>tagged by a rule that was deleted since</source>
        <translation>由已删除的规则打上</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="147"/>
        <source>tagged by rule %1: %2</source>
        <translation>由规则“%1”打上：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="153"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="162"/>
        <source>%1: %2 members qualify; would tag %3, untag %4</source>
        <translation>%1：%2 名成员符合条件；将新打标签 %3 人，移除 %4 人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="164"/>
        <source>%1: %2 members qualify; tagged %3, untagged %4</source>
        <translation>%1：%2 名成员符合条件；已新打标签 %3 人，移除 %4 人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_rules.py" line="166"/>
        <source>this rule</source>
        <translation>此规则</translation>
    </message>
</context>
<context>
    <name>TagTreeTab</name>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="114"/>
        <source>Dimension / tag</source>
        <translation>维度 / 标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="114"/>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="123"/>
        <source>New dimension…</source>
        <translation>新建维度…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="124"/>
        <source>New tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="125"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="127"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="135"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="136"/>
        <source>Move to dimension…</source>
        <translation>移到其他维度…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="137"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="138"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="139"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/tag_manager.py" line="159"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="212"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="221"/>
        <source>New dimension</source>
        <translation>新建维度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="221"/>
        <source>Name of the dimension (e.g. 育儿阶段):</source>
        <translation>维度名称（例如：育儿阶段）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="239"/>
        <source>New tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="239"/>
        <source>Name of the new tag in “%1”:</source>
        <translation>“%1”中新标签的名称：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="252"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="252"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="268"/>
        <source>Other colour…</source>
        <translation>其他颜色…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="271"/>
        <source>Use the dimension&apos;s colour</source>
        <translation>使用维度的颜色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="279"/>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="301"/>
        <source>Merge the dimension “%1” into:</source>
        <translation>将维度“%1”合并到：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="305"/>
        <source>Merge the tag “%1” into (its members get that tag):</source>
        <translation>将标签“%1”合并到（其成员会获得该标签）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="307"/>
        <location filename="../../ui/dialogs/tag_manager.py" line="309"/>
        <location filename="../../ui/dialogs/tag_manager.py" line="319"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="307"/>
        <source>There is nothing to merge it into yet.</source>
        <translation>还没有可合并的目标。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="315"/>
        <source>Merge “%1” into “%2”? “%1” is deleted afterwards.</source>
        <translation>将“%1”合并到“%2”吗？合并后“%1”将被删除。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/tag_manager.py" line="318"/>
        <source>%n member(s) carry it; they keep the tag under its new name.</source>
        <translation>
            <numerusform>%n 名成员带有它，合并后改为带有新标签。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="333"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="333"/>
        <source>Create another dimension first.</source>
        <translation>请先创建另一个维度。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="337"/>
        <source>Move to dimension</source>
        <translation>移到其他维度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="338"/>
        <source>Move the tag “%1” to:</source>
        <translation>将标签“%1”移到：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="380"/>
        <source>Delete the dimension “%1” and all its tags?</source>
        <translation>删除维度“%1”及其全部标签吗？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="382"/>
        <source>Delete the tag “%1”?</source>
        <translation>删除标签“%1”吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/tag_manager.py" line="384"/>
        <source>%n member(s) carry it and will lose it.</source>
        <translation>
            <numerusform>%n 名成员带有此标签，删除后将失去它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/tag_manager.py" line="386"/>
        <source>%n automatic rule(s) giving it will be deleted too.</source>
        <translation>
            <numerusform>打此标签的 %n 条自动规则也会一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_manager.py" line="387"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="344"/>
        <source>Content targets</source>
        <translation>内容目标</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="357"/>
        <source>Promotion (推广) at most</source>
        <translation>推广类最多</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="358"/>
        <source>Knowledge (知识核) at least</source>
        <translation>知识核至少</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="359"/>
        <source>Promotional posts in a row in one group, at most</source>
        <translation>同一群连续推广/转化内容最多</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="234"/>
        <source>Plan from a template</source>
        <translation>从模板排期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_dialogs.py" line="238"/>
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="244"/>
        <source>optional, e.g. 元旦快闪</source>
        <translation>可选，例如 元旦快闪</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="245"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="246"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="247"/>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="248"/>
        <source>Campaign</source>
        <translation>活动</translation>
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
        <location filename="../../ui/pages/today.py" line="45"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="50"/>
        <source>Bulk check-in…</source>
        <translation>批量签到…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="54"/>
        <source>&lt;b&gt;Planned for today&lt;/b&gt;</source>
        <translation>&lt;b&gt;今日计划&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="57"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="58"/>
        <location filename="../../ui/pages/today.py" line="91"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="59"/>
        <source>Post</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="60"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="61"/>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="62"/>
        <source>Results</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="67"/>
        <source>Copy text</source>
        <translation>复制文案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="68"/>
        <source>Copies the text with {群名} and {日期} filled in, and shows its images</source>
        <translation>复制填好 {群名} 和 {日期} 的文案，并显示配图</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="69"/>
        <source>Mark posted</source>
        <translation>标记已发布</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="70"/>
        <source>Mark skipped</source>
        <translation>标记已跳过</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="71"/>
        <source>Enter results…</source>
        <translation>录入效果…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="80"/>
        <source>Nothing is planned for today. Plan posts on the Calendar page.</source>
        <translation>今天还没有计划内容。请在“日历”页安排发布。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="84"/>
        <source>&lt;b&gt;Recall tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;召回任务&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="88"/>
        <source>&lt;b&gt;Groups, last 7 days&lt;/b&gt;</source>
        <translation>&lt;b&gt;各群近 7 天&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="92"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="93"/>
        <source>Stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="94"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="95"/>
        <source>Messages</source>
        <translation>发言数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="96"/>
        <source>Speaking rate</source>
        <translation>发言率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="97"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="98"/>
        <source>Left</source>
        <translation>已退群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="106"/>
        <source>No groups yet. Import a chat export or start with the demo community to see figures here.</source>
        <translation>还没有群。导入聊天记录或使用示例社群后，这里会显示各群数据。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="136"/>
        <source>Copied “%1”.</source>
        <translation>已复制“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/today.py" line="142"/>
        <source>%n image(s) in the media folder.</source>
        <translation>
            <numerusform>素材文件夹中有 %n 张图片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/today.py" line="144"/>
        <source>%n image(s) missing.</source>
        <translation>
            <numerusform>缺少 %n 张图片。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="151"/>
        <source>Marking</source>
        <translation>正在标记</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="162"/>
        <source>Saving results</source>
        <translation>正在保存效果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="166"/>
        <source>Loading today</source>
        <translation>正在加载今日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="173"/>
        <source>%1 members to contact today (%2); %3 already sent. Open the Recall page to start.</source>
        <translation>今天需联系 %1 位成员（%2）；已发送 %3 条。打开“召回”页开始吧。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="175"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="179"/>
        <source>Nobody to recall today; %1 message(s) sent.</source>
        <translation>今天没有需要召回的成员；已发送 %1 条。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="193"/>
        <source>reach %1 · clicks %2 · orders %3</source>
        <translation>触达 %1 · 点击 %2 · 付款 %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="211"/>
        <source>Healthy at %1 or more</source>
        <translation>达到 %1 及以上为健康</translation>
    </message>
</context>
<context>
    <name>TrashActions</name>
    <message>
        <location filename="../../ui/pages/trash.py" line="180"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="181"/>
        <location filename="../../ui/pages/trash.py" line="210"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="204"/>
        <source>Moving to the trash</source>
        <translation>正在移到回收站</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/trash.py" line="213"/>
        <source>%n moved to the trash. Undo or restore from the Trash page.</source>
        <translation>
            <numerusform>已将 %n 项移到回收站。可以撤销，或在“回收站”页面恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="218"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="218"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../ui/pages/trash.py" line="49"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="51"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="52"/>
        <source>Content items</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="53"/>
        <source>Calendar entries</source>
        <translation>日历条目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="59"/>
        <source>Restore selected</source>
        <translation>恢复所选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="60"/>
        <source>Delete selected for good…</source>
        <translation>永久删除所选…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="61"/>
        <source>Empty the trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="62"/>
        <location filename="../../ui/pages/trash.py" line="168"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="71"/>
        <source>Deleted items stay here for %1 days, then are deleted for good (a backup is taken first).</source>
        <translation>删除的项目会在这里保留 %1 天，之后被永久删除（删除前会先备份）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="76"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="76"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="76"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="80"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="95"/>
        <source>Loading the trash</source>
        <translation>正在载入回收站</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="136"/>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/trash.py" line="138"/>
        <source>%n restored from the trash.</source>
        <translation>
            <numerusform>已从回收站恢复 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="142"/>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/trash.py" line="148"/>
        <source>Delete %n item(s) for good? A backup is taken first; this cannot be undone here.</source>
        <translation>
            <numerusform>永久删除 %n 项吗？删除前会先备份；此操作无法在这里撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="152"/>
        <source>Deleting</source>
        <translation>正在删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/trash.py" line="154"/>
        <location filename="../../ui/pages/trash.py" line="163"/>
        <source>%n deleted for good.</source>
        <translation>
            <numerusform>已永久删除 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="158"/>
        <source>Empty the whole trash? A backup is taken first; this cannot be undone here.</source>
        <translation>清空整个回收站吗？删除前会先备份；此操作无法在这里撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="161"/>
        <source>Emptying the trash</source>
        <translation>正在清空回收站</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="170"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="170"/>
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
        <location filename="../../ui/pages/trash.py" line="33"/>
        <source>Undo: tags added to %n member(s)</source>
        <translation>
            <numerusform>撤销：给 %n 位成员添加的标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/trash.py" line="35"/>
        <source>Undo: %n tag(s) removed</source>
        <translation>
            <numerusform>撤销：移除了 %n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/trash.py" line="37"/>
        <source>Undo: %n member(s) regrouped</source>
        <translation>
            <numerusform>撤销：%n 位成员调整了所在群</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/trash.py" line="39"/>
        <source>Undo: merge of two members</source>
        <translation>撤销：合并两位成员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/trash.py" line="40"/>
        <source>Undo: %n edited</source>
        <translation>
            <numerusform>撤销：%n 项批量修改</numerusform>
        </translation>
    </message>
</context>
</TS>
