<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="41"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="44"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="47"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="52"/>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="56"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="59"/>
        <source>Add a staff account</source>
        <translation>添加员工账户</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="60"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="61"/>
        <source>N&amp;ame:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="62"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="64"/>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="67"/>
        <source>&amp;Initial password:</source>
        <translation>初始密码(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="68"/>
        <source>Password a&amp;gain:</source>
        <translation>再次输入密码(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="72"/>
        <source>At least %1 characters, not the user name. Its owner chooses a password of their own at the next sign-in.</source>
        <translation>至少 %1 个字符，且不能与用户名相同。账户本人下次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="106"/>
        <source>Give a user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="108"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="110"/>
        <source>At least %1 characters, and not the user name.</source>
        <translation>至少 %1 个字符，且不能与用户名相同。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="74"/>
        <source>Something went wrong. Your data is safe; the details are in the log file:
%1</source>
        <translation>出了点问题。您的数据是安全的；详情已记录在日志文件中：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="253"/>
        <source>Building the search index… %1%</source>
        <translation>正在建立搜索索引… %1%</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="258"/>
        <source>The search index is ready.</source>
        <translation>搜索索引已就绪。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="264"/>
        <source>The search index could not be rebuilt: %1</source>
        <translation>无法重建搜索索引：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="284"/>
        <source>Not encrypted: an admin can encrypt it with `vipdesk encrypt`</source>
        <translation>数据库未加密：管理员可用 `vipdesk encrypt` 加密</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="290"/>
        <source>Database not encrypted</source>
        <translation>数据库未加密</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="292"/>
        <source>Anyone who copies this database file can read every guest. Close vipdesk on every counter, then an admin runs `vipdesk encrypt` (see the README).</source>
        <translation>任何人复制这个数据库文件都能读到所有客人资料。请先关闭每台前台电脑上的 vipdesk，再由管理员运行 `vipdesk encrypt`（见 README）。</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../ui/settings_audit.py" line="58"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="59"/>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="60"/>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="61"/>
        <source>Locked the screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="62"/>
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="63"/>
        <source>Unlock failed</source>
        <translation>解锁失败</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="64"/>
        <source>Viewed a guest</source>
        <translation>查看宾客</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="65"/>
        <source>Created a guest</source>
        <translation>新建宾客</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="66"/>
        <source>Edited a guest</source>
        <translation>编辑宾客</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="67"/>
        <source>Merged guests</source>
        <translation>合并宾客</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="68"/>
        <source>Erased a guest</source>
        <translation>删除宾客</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="69"/>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="70"/>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="71"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="72"/>
        <source>Changed a role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="73"/>
        <source>Changed settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="74"/>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="75"/>
        <source>Restored a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="76"/>
        <source>Added a staff account</source>
        <translation>添加员工账户</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="77"/>
        <source>Changed a password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="78"/>
        <source>Reset a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="79"/>
        <source>New audit key</source>
        <translation>新的审计密钥</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="80"/>
        <source>Added demo data</source>
        <translation>添加演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="81"/>
        <source>Edited a stay</source>
        <translation>编辑住店记录</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="82"/>
        <source>Marked as different people</source>
        <translation>标记为不同的人</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="83"/>
        <source>Logged a care contact</source>
        <translation>记录关怀联系</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="84"/>
        <source>Disabled an account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="85"/>
        <source>Lifted a lock-out</source>
        <translation>解除锁定</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../ui/audit_detail.py" line="13"/>
        <source>fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="14"/>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="15"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="16"/>
        <source>guests</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="17"/>
        <source>guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="18"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="19"/>
        <source>stays</source>
        <translation>入住记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="20"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="21"/>
        <source>first admin</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="22"/>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="23"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="24"/>
        <source>merged guest</source>
        <translation>合并的客人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="25"/>
        <source>other guest</source>
        <translation>另一位客人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="26"/>
        <source>kept in</source>
        <translation>保存于</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="27"/>
        <source>tables</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="28"/>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="29"/>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="30"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="31"/>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="32"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="33"/>
        <source>given</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="34"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="35"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="36"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="37"/>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="38"/>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="39"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="40"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="41"/>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="42"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="43"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="44"/>
        <source>dedicated to</source>
        <translation>专人负责</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="45"/>
        <source>do not contact</source>
        <translation>勿联系</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="46"/>
        <source>consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="54"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="55"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="68"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AuditObjects</name>
    <message>
        <location filename="../../ui/settings_audit.py" line="93"/>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="94"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="95"/>
        <source>Stay</source>
        <translation>住店</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="96"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="97"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="98"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/settings_audit.py" line="184"/>
        <source>Member no. or id</source>
        <translation>会员号或编号</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="185"/>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="188"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="189"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="190"/>
        <source>Si&amp;nce</source>
        <translation>起始日期(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="194"/>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="200"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="203"/>
        <source>&amp;Verify chain</source>
        <translation>校验链(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="209"/>
        <source>&amp;Guest</source>
        <translation>宾客(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="211"/>
        <source>Sta&amp;ff</source>
        <translation>员工(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="221"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="278"/>
        <source>The newest %1 entries; narrow the filters to see older ones.</source>
        <translation>最新的 %1 条记录；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_audit.py" line="283"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="290"/>
        <source>No such guest or staff member.</source>
        <translation>没有这位宾客或员工。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="297"/>
        <source>Checking…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="305"/>
        <source>No chained entries yet.</source>
        <translation>还没有链式记录。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="308"/>
        <source>Intact: entries %1–%2 checked.</source>
        <translation>完好：已校验第 %1–%2 条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="323"/>
        <source>Broken at entry %1: an entry was changed, deleted or inserted, or the latest entries were cut off.</source>
        <translation>在第 %1 条记录处断开：有记录被修改、删除或插入，或最新的记录被截掉。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="327"/>
        <source>Broken: the trail was changed outside vipdesk.</source>
        <translation>已断开：审计记录在 vipdesk 之外被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="331"/>
        <source>This computer does not hold the audit key of this database: verify on the computer that wrote the trail.</source>
        <translation>这台电脑没有此数据库的审计密钥：请在写入记录的电脑上校验。</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/settings_audit.py" line="131"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="132"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="133"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="134"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="135"/>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="136"/>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="137"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="69"/>
        <source>No complaints</source>
        <translation>没有投诉</translation>
    </message>
</context>
<context>
    <name>CareDetailsDialog</name>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="38"/>
        <source>Care and consent</source>
        <translation>关怀与营销同意</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="41"/>
        <location filename="../../ui/care_details_dialog.py" line="50"/>
        <source>Dedicated person</source>
        <translation>专人负责</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="44"/>
        <source>Do not contact (no calls, messages or wishes)</source>
        <translation>勿再联系（不打电话、不发短信、不送祝福）</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="59"/>
        <source>Consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="63"/>
        <source>How it was given: registration card, by phone…</source>
        <translation>同意方式：登记卡、电话……</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="64"/>
        <source>How consent was given</source>
        <translation>同意方式</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="65"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="81"/>
        <source>— nobody —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="90"/>
        <source>since %1</source>
        <translation>自 %1</translation>
    </message>
</context>
<context>
    <name>CareLabels</name>
    <message>
        <location filename="../../ui/care_labels.py" line="14"/>
        <source>611 message</source>
        <translation>611短信</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="15"/>
        <source>611 short call</source>
        <translation>611短电话</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="16"/>
        <source>611 long call</source>
        <translation>611长电话</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="17"/>
        <source>Keep in touch</source>
        <translation>保持联系</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="18"/>
        <source>Second visit</source>
        <translation>二次入住</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="19"/>
        <source>Retention</source>
        <translation>维系</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="20"/>
        <source>Wake up</source>
        <translation>唤醒沉睡客户</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="21"/>
        <source>Win back</source>
        <translation>挽留受伤客户</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="22"/>
        <source>Special day</source>
        <translation>特殊日子</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="23"/>
        <source>Festival</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="29"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="30"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="31"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="32"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="33"/>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="34"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="40"/>
        <source>Reached</source>
        <translation>联系上</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="41"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="42"/>
        <source>Left a message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="43"/>
        <source>Declined</source>
        <translation>婉拒</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="44"/>
        <source>Do not contact again</source>
        <translation>勿再联系</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="57"/>
        <source>No stay yet</source>
        <translation>尚未入住</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="59"/>
        <source>A · first stay</source>
        <translation>A · 首次入住</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="60"/>
        <source>B · keep in touch</source>
        <translation>B · 保持联系</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="61"/>
        <source>C · 2nd stay: greet as a returning guest, recall their preferences</source>
        <translation>C · 第二次入住：以回头客相迎，记住其喜好</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="64"/>
        <source>D · retention</source>
        <translation>D · 维系</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="70"/>
        <source>New Year</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="71"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="72"/>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="73"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="74"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="75"/>
        <location filename="../../ui/care_labels.py" line="76"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="77"/>
        <source>Christmas</source>
        <translation>圣诞节</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="89"/>
        <source>no stay for %1 months</source>
        <translation>已 %1 个月未入住</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="92"/>
        <source>complaint #%1 is overdue</source>
        <translation>投诉 #%1 已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="93"/>
        <source>complaint #%1 was never resolved</source>
        <translation>投诉 #%1 未曾解决</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="96"/>
        <source>complaint #%1: satisfaction 2 or less at the follow-up</source>
        <translation>投诉 #%1：回访满意度不高于2</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="102"/>
        <source>first stay, left %1: say thank you</source>
        <translation>首次入住，%1 离店：致谢</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="50"/>
        <location filename="../../ui/care_labels.py" line="106"/>
        <source>2nd stay: greet as a returning guest, recall their preferences</source>
        <translation>第二次入住：以回头客相迎，记住其喜好</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="110"/>
        <source>stay %1 ended: retention</source>
        <translation>第 %1 次入住结束：维系</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="113"/>
        <source>birthday on %1</source>
        <translation>%1 生日</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="114"/>
        <source>anniversary on %1</source>
        <translation>%1 纪念日</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="115"/>
        <source>special day on %1</source>
        <translation>%1 特别的日子</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="119"/>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="124"/>
        <source>611: message on the 1st and 15th</source>
        <translation>611：每月1日、15日短信</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="127"/>
        <source>611: mid-quarter call</source>
        <translation>611：季中短电话</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="128"/>
        <source>611: end-of-quarter call</source>
        <translation>611：季末长电话</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="135"/>
        <source>script-language: en</source>
        <translation>script-language: zh</translation>
    </message>
</context>
<context>
    <name>CareListModel</name>
    <message>
        <location filename="../../ui/care_list_model.py" line="86"/>
        <source>%1 (overdue)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="96"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="97"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="98"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="99"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="100"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="101"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="102"/>
        <source>Script hint</source>
        <translation>话术提示</translation>
    </message>
</context>
<context>
    <name>CareSettingsPage</name>
    <message>
        <location filename="../../ui/settings_care.py" line="45"/>
        <source>Tiers in the plan</source>
        <translation>纳入计划的等级</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="46"/>
        <source>Calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="47"/>
        <location filename="../../ui/settings_care.py" line="88"/>
        <source>Asleep after</source>
        <translation>多久未住视为沉睡</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="48"/>
        <source>Special days</source>
        <translation>特殊日子</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="49"/>
        <location filename="../../ui/settings_care.py" line="129"/>
        <source>Script hints</source>
        <translation>话术提示</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="73"/>
        <source>Guests of the tiers in the plan who have a completed stay get the 611 messages and calls, wake-up calls, special days and festivals. A guest is asleep after the months shown without a stay.</source>
        <translation>纳入计划的等级中已完成入住的客人会收到611短信和电话、唤醒电话、特殊日子和节日问候。超过所示月数没有入住的客人视为沉睡客户。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="80"/>
        <source>Who takes part</source>
        <translation>参与的客人</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="84"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="85"/>
        <source>In the plan</source>
        <translation>纳入计划</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="86"/>
        <source>Short call</source>
        <translation>短电话</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="87"/>
        <source>Long call</source>
        <translation>长电话</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="97"/>
        <source>%1 in the plan</source>
        <translation>%1纳入计划</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="98"/>
        <source>%1 get the short call</source>
        <translation>%1接短电话</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="99"/>
        <source>%1 get the long call</source>
        <translation>%1接长电话</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="110"/>
        <source>%1 asleep after months</source>
        <translation>%1几个月无入住视为沉睡</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="112"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="119"/>
        <source>Days before a special day</source>
        <translation>特殊日子前几天</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="121"/>
        <source> days before</source>
        <translation> 天前</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="122"/>
        <source>Special days and &amp;festivals</source>
        <translation>特殊日子和节日(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="132"/>
        <source>Task kind</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="137"/>
        <source>Script hint</source>
        <translation>话术提示</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="140"/>
        <source>Restore the &amp;default wording</source>
        <translation>恢复默认话术(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="252"/>
        <source>Choose at least one tier for the plan.</source>
        <translation>请至少选择一个纳入计划的等级。</translation>
    </message>
</context>
<context>
    <name>CareView</name>
    <message>
        <location filename="../../ui/care_view.py" line="197"/>
        <source>Care list — %1</source>
        <translation>关怀清单 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="204"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="207"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="209"/>
        <source>%1 and above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="210"/>
        <source>Everyone&apos;s</source>
        <translation>所有人的</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="211"/>
        <source>Mine (dedicated person)</source>
        <translation>我的（专人负责）</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="212"/>
        <source>For a duty manager</source>
        <translation>值班经理负责</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="218"/>
        <source>Task kind</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="219"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="220"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="221"/>
        <source>Care tasks</source>
        <translation>关怀任务</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="222"/>
        <source>Script hint (Enter: log contact)</source>
        <translation>话术提示（回车：登记联系）</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="223"/>
        <source>Script hint</source>
        <translation>话术提示</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="224"/>
        <source>Save script</source>
        <translation>保存话术</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="225"/>
        <source>Call &amp;sheet…</source>
        <translation>电话单(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="226"/>
        <source>Monthly &amp;report…</source>
        <translation>月报(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/care_view.py" line="310"/>
        <source>%1 of %n task(s)</source>
        <translation>
            <numerusform>显示 %1 / 共 %n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/care_view.py" line="312"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="351"/>
        <source>Call sheet %1</source>
        <translation>回访电话单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="364"/>
        <source>Care report %1</source>
        <translation>客户关怀月报 %1</translation>
    </message>
</context>
<context>
    <name>CodeTable</name>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="36"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="36"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="42"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="44"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ComplaintDetails</name>
    <message>
        <location filename="../../ui/complaint_details.py" line="35"/>
        <source>Recovery steps</source>
        <translation>补救步骤</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_details.py" line="47"/>
        <source>History</source>
        <translation>经过记录</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="90"/>
        <source>Complaint #%1 — %2</source>
        <translation>投诉 #%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="96"/>
        <location filename="../../ui/complaint_dialog.py" line="334"/>
        <source>Log a complaint — %1</source>
        <translation>登记投诉 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="98"/>
        <location filename="../../ui/complaint_dialog.py" line="331"/>
        <source>Log a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="136"/>
        <source>The request is excessive</source>
        <translation>诉求过分</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="151"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="174"/>
        <source>Returning guest?</source>
        <translation>回头客？</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="273"/>
        <source>Save this complaint?</source>
        <translation>保存这条投诉吗？</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="319"/>
        <source>it can no longer be edited, only annotated</source>
        <translation>不能再修改，只能添加备注</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="450"/>
        <source>choose one</source>
        <translation>请选择一项</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="197"/>
        <source>Recovery step</source>
        <translation>补救步骤</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="316"/>
        <location filename="../../ui/complaint_dialog.py" line="349"/>
        <source>returning guest</source>
        <translation>回头客</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="316"/>
        <location filename="../../ui/complaint_dialog.py" line="349"/>
        <source>new guest</source>
        <translation>新客</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="411"/>
        <source>give the time it was done</source>
        <translation>请填写完成时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="419"/>
        <source>pick the guest, or create them</source>
        <translation>请选择客人，或新建客人</translation>
    </message>
</context>
<context>
    <name>ComplaintFields</name>
    <message>
        <location filename="../../ui/complaint_fields.py" line="24"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="25"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="26"/>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="27"/>
        <source>Where / department</source>
        <translation>地点 / 部门</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="28"/>
        <source>Which service</source>
        <translation>涉及服务</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="29"/>
        <source>Staff involved</source>
        <translation>涉及员工</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="30"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="31"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="32"/>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="33"/>
        <source>The guest&apos;s real reason</source>
        <translation>客人不满的真正原因</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="34"/>
        <source>What the guest wants</source>
        <translation>客人诉求</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="35"/>
        <source>Excessive request</source>
        <translation>诉求过分</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="36"/>
        <source>Why excessive</source>
        <translation>过分的原因</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="37"/>
        <source>Promised feedback by</source>
        <translation>承诺反馈时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="38"/>
        <source>Apologised</source>
        <translation>已致歉</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="39"/>
        <source>Listened</source>
        <translation>已倾听</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="40"/>
        <source>Solution offered</source>
        <translation>已提出解决方案</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="41"/>
        <source>Remedial action taken</source>
        <translation>已采取补救措施</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="42"/>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="43"/>
        <source>Compensation value</source>
        <translation>补偿金额</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="44"/>
        <source>Duty manager</source>
        <translation>值班经理</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="45"/>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="46"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="47"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="65"/>
        <source>Feedback due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="66"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="67"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="68"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="69"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="70"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
</context>
<context>
    <name>ComplaintListsDialog</name>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="97"/>
        <source>Departments and categories</source>
        <translation>部门和类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="103"/>
        <source>&amp;Departments</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="104"/>
        <source>C&amp;ategories</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="107"/>
        <source>Codes are short lower-case words (letters, digits, _); complaints keep the code they were filed under.</source>
        <translation>代码为简短的小写英文单词（字母、数字、_）；已登记的投诉保留原来的代码。</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="111"/>
        <source>Only a duty manager can change these lists.</source>
        <translation>只有值班经理可以修改这些列表。</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="138"/>
        <source>%1: the code %2 is listed twice</source>
        <translation>%1：代码 %2 重复</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="148"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="149"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>ComplaintReportView</name>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="110"/>
        <source>Complaint report</source>
        <translation>投诉报告</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="120"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="121"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="122"/>
        <source>Resolved within the promised time</source>
        <translation>按承诺时间解决</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="123"/>
        <source>Median time to resolve</source>
        <translation>解决时长中位数</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="130"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="132"/>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="134"/>
        <source>&amp;Print / PDF…</source>
        <translation>打印 / PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="137"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="140"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="181"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="203"/>
        <source>Complaint report %1</source>
        <translation>投诉报告 %1</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <location filename="../../ui/complaints_view.py" line="83"/>
        <source>Complaints</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="99"/>
        <source>Not closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="229"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="234"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="107"/>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="111"/>
        <source>&amp;Happened since</source>
        <translation>发生于此日期之后(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="119"/>
        <source>Only complaints that happened on or after this day</source>
        <translation>只显示这一天及以后发生的投诉</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="123"/>
        <source>&amp;Overdue only</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="139"/>
        <source>&amp;Start handling</source>
        <translation>开始处理(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="140"/>
        <source>&amp;Resolved</source>
        <translation>已解决(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="141"/>
        <source>&amp;Follow-up call…</source>
        <translation>回访(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="142"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="149"/>
        <source>&amp;Note…</source>
        <translation>备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="154"/>
        <source>Complete or correct the complaint (Enter)</source>
        <translation>补充或更正投诉（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="157"/>
        <source>&amp;Incident report…</source>
        <translation>事件报告(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="162"/>
        <source>Im&amp;port logbook…</source>
        <translation>导入投诉记录(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="165"/>
        <source>An Excel complaint logbook saved as CSV (UTF-8 or GB18030)</source>
        <translation>另存为 CSV 的 Excel 投诉记录（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="169"/>
        <source>&amp;Lists…</source>
        <translation>列表(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="171"/>
        <source>Departments and categories</source>
        <translation>部门和类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="174"/>
        <source>&amp;Monthly report…</source>
        <translation>月度报告(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="251"/>
        <source>Import a complaint logbook</source>
        <translation>导入投诉记录</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="253"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints_view.py" line="325"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints_view.py" line="325"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 条逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="152"/>
        <source>Op&amp;en / edit…</source>
        <translation>打开 / 修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_prompts.py" line="34"/>
        <source>Resolved without a remedial action</source>
        <translation>未采取补救措施即解决</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_prompts.py" line="35"/>
        <source>No remedial action is recorded for this complaint. Why is it resolved without one? (kept in its history)</source>
        <translation>这条投诉没有记录补救措施。为什么不经补救就解决？（将记入经过记录）</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_prompts.py" line="17"/>
        <source>Close complaint</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_prompts.py" line="18"/>
        <source>Close complaint #%1 (%2)? A closed complaint can no longer be edited, only annotated.</source>
        <translation>结案投诉 #%1（%2）？结案后不能再修改，只能添加备注。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="387"/>
        <source>Resolved without a remedial action: %1</source>
        <translation>未采取补救措施即解决：%1</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="465"/>
        <source>Incident report #%1</source>
        <translation>事件报告 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="479"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="479"/>
        <source>Add to the history:</source>
        <translation>添加到处理记录：</translation>
    </message>
</context>
<context>
    <name>ConflictPrompt</name>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="114"/>
        <source>Changed in another window</source>
        <translation>有人在别处修改了</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="63"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="127"/>
        <source>Changed in another window by %1 at %2, after you opened it.</source>
        <translation>在您打开之后，%1 于 %2 在另一个窗口修改了这条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="130"/>
        <source>Changed in another window by %1, after you opened it.</source>
        <translation>在您打开之后，%1 在另一个窗口修改了这条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="72"/>
        <source>Your changes are not saved, so nothing of theirs is undone.</source>
        <translation>您的修改尚未保存，对方的修改不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="77"/>
        <source>What they changed: %1</source>
        <translation>对方修改了：%1</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="86"/>
        <source>Reload shows what is stored now, with your text beside it to copy.</source>
        <translation>重新载入会显示当前保存的内容，您输入的文字会保留在旁边，可复制使用。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="91"/>
        <source>&amp;Reload (keep my text visible)</source>
        <translation>重新载入（保留我输入的文字）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="96"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="113"/>
        <source>Changed at another counter</source>
        <translation>有人在另一个柜台修改了</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="119"/>
        <source>Changed at another counter by %1 at %2, after you opened it.</source>
        <translation>在您打开之后，%1 于 %2 在另一个柜台修改了这条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="123"/>
        <source>Changed at another counter by %1, after you opened it.</source>
        <translation>在您打开之后，%1 在另一个柜台修改了这条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="163"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="165"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="192"/>
        <source>Your text from before the reload (not saved; copy what you still need):</source>
        <translation>重新载入前您输入的文字（未保存；请复制仍需要的部分）：</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="202"/>
        <source>Your text from before the reload</source>
        <translation>重新载入前您输入的文字</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../ui/curtain.py" line="28"/>
        <source>vipdesk is locked</source>
        <translation>vipdesk 已锁定</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../../ui/guest_rights.py" line="47"/>
        <source>Erase guest data</source>
        <translation>删除客人资料</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="50"/>
        <source>Erase the personal data of %1, member no. %2? This cannot be undone. Type the member no. to confirm.</source>
        <translation>要删除 %1（会员号 %2）的个人资料吗？此操作无法撤销。请输入会员号确认。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="53"/>
        <source>&amp;Member no.:</source>
        <translation>会员号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="56"/>
        <source>Erase the personal data of %1 (no member no.)? This cannot be undone. Type the name as shown to confirm.</source>
        <translation>要删除 %1（无会员号）的个人资料吗？此操作无法撤销。请按所示输入姓名确认。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="59"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="65"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="70"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="76"/>
        <source>&amp;Erase</source>
        <translation>删除(&amp;E)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="171"/>
        <source>Set up vipdesk</source>
        <translation>设置 vipdesk</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="175"/>
        <source>No one can sign in to this database yet. Create the first administrator: they add the other staff accounts.</source>
        <translation>此数据库还没有可以登录的账户。请创建第一位管理员，由其添加其他员工账户。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="183"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="185"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="188"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="191"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="192"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="193"/>
        <source>N&amp;ame:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="194"/>
        <source>&amp;Password (8 characters or more):</source>
        <translation>密码（至少 8 个字符）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="195"/>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="215"/>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="229"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="243"/>
        <source>I have written it down</source>
        <translation>我已记下</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="249"/>
        <source>Recovery code: %1
Write it down and keep it away from this PC. It is shown only this once, and resets this administrator&apos;s password if it is forgotten.</source>
        <translation>恢复码：%1
请抄写下来并与这台电脑分开保管。它只显示这一次；忘记密码时可用它重设此管理员的密码。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/followup_dialog.py" line="31"/>
        <source>Follow-up call — %1</source>
        <translation>回访 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="35"/>
        <source>What did the guest say?</source>
        <translation>客人怎么说？</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="42"/>
        <source>very unhappy</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="43"/>
        <source>neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="44"/>
        <source>delighted</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="51"/>
        <source>(1 very unhappy … 5 delighted)</source>
        <translation>（1 非常不满意 … 5 非常满意）</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="63"/>
        <source>What the guest said *</source>
        <translation>客人的回答 *</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="65"/>
        <source>Satisfaction after recovery</source>
        <translation>补救后的满意度</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="78"/>
        <source>Say what the guest answered.</source>
        <translation>请填写客人的回答。</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="83"/>
        <source>Choose how satisfied the guest is now (1–5).</source>
        <translation>请选择客人现在的满意度（1–5）。</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../ui/guest_dialog.py" line="83"/>
        <source>Open e&amp;xisting</source>
        <translation>打开已有客人(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="85"/>
        <source>Merge &amp;into existing</source>
        <translation>合并到已有客人(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="87"/>
        <source>It&apos;s a di&amp;fferent person</source>
        <translation>不是同一个人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="109"/>
        <source>Care and con&amp;sent…</source>
        <translation>关怀与同意(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="119"/>
        <source>Edit guest</source>
        <translation>编辑客人</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="119"/>
        <source>New guest</source>
        <translation>新建客人</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="165"/>
        <source>This guest may already be on file. Open the existing guest, merge into it, or save as a different person.</source>
        <translation>这位客人可能已有档案。请打开已有客人、合并到已有客人，或作为另一位客人保存。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="169"/>
        <source>A matching guest is on the caution list: ask the duty manager.</source>
        <translation>有一位相符的客人在注意名单上：请先询问值班经理。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="172"/>
        <source>A guest on file: ask the duty manager</source>
        <translation>已有一位客人档案：请询问值班经理</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="319"/>
        <source>Save the changes to this guest?</source>
        <translation>保存对这位客人的修改吗？</translation>
    </message>
</context>
<context>
    <name>GuestFields</name>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="30"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="31"/>
        <source>Member number</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="32"/>
        <source>Name in own script</source>
        <translation>母语姓名</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="33"/>
        <source>Latin name</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="34"/>
        <source>Pronunciation</source>
        <translation>读音</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="35"/>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="36"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="37"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="38"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="39"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="40"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="41"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="42"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="43"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="44"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="45"/>
        <source>Allergies and taboos</source>
        <translation>禁忌与过敏</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="46"/>
        <source>Special dates</source>
        <translation>特殊日期</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="47"/>
        <source>Stays</source>
        <translation>住店记录</translation>
    </message>
</context>
<context>
    <name>GuestForm</name>
    <message>
        <location filename="../../ui/guest_form.py" line="120"/>
        <source>as the guest says it, e.g. Xiè, not Jiě</source>
        <translation>客人自己的读法，如 Xiè（不读 Jiě）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="146"/>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="147"/>
        <source>Pron&amp;unciation</source>
        <translation>读音(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="148"/>
        <source>&amp;Honorific</source>
        <translation>称谓(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="149"/>
        <source>Name in native script</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="150"/>
        <source>Name in Latin letters</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="151"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="152"/>
        <source>&amp;Tier</source>
        <translation>等级(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="153"/>
        <source>&amp;Member no.</source>
        <translation>会员号(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="154"/>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="155"/>
        <source>&amp;E-mail</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="156"/>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="157"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="158"/>
        <source>Preferred language</source>
        <translation>偏好语言</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="178"/>
        <source>e.g. +86 138 0013 8000; +852 9123 4567</source>
        <translation>例如 +86 138 0013 8000; +852 9123 4567</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="185"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="185"/>
        <source>Preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="189"/>
        <location filename="../../ui/guest_form.py" line="197"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="189"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="189"/>
        <source>Must never happen</source>
        <translation>绝对禁忌</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="197"/>
        <source>Date (month-day or year-month-day)</source>
        <translation>日期（月-日 或 年-月-日）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="197"/>
        <source>Label</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="202"/>
        <source>&amp;Add taboo or allergy</source>
        <translation>添加禁忌或过敏(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="202"/>
        <source>&amp;Remove taboo</source>
        <translation>删除禁忌(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="203"/>
        <source>Add &amp;preference</source>
        <translation>添加偏好(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="203"/>
        <source>Remo&amp;ve preference</source>
        <translation>删除偏好(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="204"/>
        <source>&amp;Add date</source>
        <translation>添加日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="204"/>
        <source>&amp;Remove date</source>
        <translation>删除日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="215"/>
        <source>Taboos and allergies</source>
        <translation>禁忌与过敏</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="218"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="224"/>
        <source>Birthdays and anniversaries (the year may be left out)</source>
        <translation>生日与纪念日（年份可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="236"/>
        <source>Choose &amp;photo…</source>
        <translation>选择照片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="239"/>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="257"/>
        <source>&amp;Guest</source>
        <translation>客人(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="258"/>
        <source>&amp;Likes and taboos</source>
        <translation>喜好与禁忌(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="259"/>
        <source>&amp;Dates</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="260"/>
        <source>N&amp;otes and photo</source>
        <translation>备注与照片(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="329"/>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="329"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="338"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="338"/>
        <source>This file is not an image vipdesk can read.</source>
        <translation>无法读取这个文件，它不是 vipdesk 支持的图片。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="360"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
</context>
<context>
    <name>GuestPicker</name>
    <message>
        <location filename="../../ui/guest_picker.py" line="33"/>
        <source>in house</source>
        <translation>在住</translation>
    </message>
    <message>
        <location filename="../../ui/guest_picker.py" line="52"/>
        <source>Name, pinyin, initials, phone digits, member no.</source>
        <translation>姓名、拼音、首字母、电话号码、会员号</translation>
    </message>
    <message>
        <location filename="../../ui/guest_picker.py" line="54"/>
        <source>New &amp;guest…</source>
        <translation>新建客人(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_picker.py" line="110"/>
        <source>No guest found: use New guest… (Alt+G)</source>
        <translation>未找到客人：请用“新建客人…”（Alt+G）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_picker.py" line="129"/>
        <source>Complaint by %1</source>
        <translation>投诉人：%1</translation>
    </message>
</context>
<context>
    <name>GuestPrivacyDialog</name>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="68"/>
        <source>Identity and privacy — %1</source>
        <translation>证件与隐私 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="72"/>
        <source>ID documents</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="81"/>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="82"/>
        <source>type or scan the whole number</source>
        <translation>输入或扫描完整号码</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="86"/>
        <source>Issuing country</source>
        <translation>签发国家</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="87"/>
        <source>CN, US, JP… (CN if empty)</source>
        <translation>CN、US、JP…（留空为 CN）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="89"/>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="90"/>
        <source>&amp;Number</source>
        <translation>号码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="91"/>
        <source>Issuing &amp;country</source>
        <translation>签发国家(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="93"/>
        <source>&amp;Add document</source>
        <translation>添加证件(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="97"/>
        <source>Only the last 4 characters are kept to show.</source>
        <translation>只保存号码末 4 位用于显示。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="104"/>
        <source>R&amp;emove the selected document</source>
        <translation>删除所选证件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="110"/>
        <source>Caution list (duty managers)</source>
        <translation>注意名单（值班经理）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="118"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="121"/>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="122"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="124"/>
        <source>&amp;Flag</source>
        <translation>列入名单(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="127"/>
        <source>Take &amp;off the list</source>
        <translation>移出名单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="135"/>
        <source>Confidential guest (duty managers)</source>
        <translation>保密客人（值班经理）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="139"/>
        <source>Alias</source>
        <translation>化名</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="140"/>
        <source>the name the desk will see</source>
        <translation>前台看到的称呼</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="141"/>
        <source>A&amp;lias</source>
        <translation>化名(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="143"/>
        <source>&amp;Mark confidential</source>
        <translation>设为保密(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="146"/>
        <source>No longer confi&amp;dential</source>
        <translation>取消保密(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="222"/>
        <source>Document added.</source>
        <translation>证件已添加。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="228"/>
        <source>Choose a document in the list first.</source>
        <translation>请先在列表中选择证件。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="231"/>
        <source>Document removed.</source>
        <translation>证件已删除。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="238"/>
        <source>The guest is on the caution list.</source>
        <translation>该客人已列入注意名单。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="245"/>
        <source>The guest is off the caution list.</source>
        <translation>该客人已移出注意名单。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="252"/>
        <source>The desk now sees this guest only by the alias.</source>
        <translation>前台现在只能看到该客人的化名。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="259"/>
        <source>The guest is no longer confidential.</source>
        <translation>该客人已取消保密。</translation>
    </message>
</context>
<context>
    <name>GuestRightsActions</name>
    <message>
        <location filename="../../ui/guest_rights.py" line="142"/>
        <source>Copy of guest &amp;data…</source>
        <translation>客人资料副本(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="143"/>
        <source>Erase guest data…</source>
        <translation>删除客人资料…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="153"/>
        <location filename="../../ui/guest_rights.py" line="196"/>
        <source>Find and select a guest first.</source>
        <translation>请先查找并选择客人。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="157"/>
        <source>Save a copy of the guest&apos;s data</source>
        <translation>保存客人资料副本</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="186"/>
        <source>Saved the copy of the guest&apos;s data to %1</source>
        <translation>客人资料副本已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="209"/>
        <source>This database is on a PostgreSQL server: the old versions of the erased rows stay in the server&apos;s data files until its VACUUM reuses the space, and vipdesk keeps no backups of its own there: the server&apos;s backups (pg_dump) made before now still hold this guest until they rotate out. Ask IT how long they are kept.</source>
        <translation>此数据库在 PostgreSQL 服务器上：被清除的记录的旧版本仍留在服务器的数据文件中，直到服务器的 VACUUM 重新使用这些空间；vipdesk 在那里不保留自己的备份：服务器此前做的备份（pg_dump）仍包含此客人的资料，直到这些备份轮换删除。备份保留多久，请询问 IT。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="216"/>
        <source>No backup holds this guest.</source>
        <translation>没有备份包含此客人的资料。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guest_rights.py" line="221"/>
        <source>%n older daily backup(s) still hold this guest until they rotate out (7 daily and 4 weekly copies are kept); the last one is gone by %1.</source>
        <translation>
            <numerusform>较早的 %n 份每日备份仍包含此客人的资料，直到轮换删除（保留 7 份每日和 4 份每周备份）；最后一份将于 %1 前删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guest_rights.py" line="230"/>
        <source>%n copy/copies kept before an upgrade or a restore hold them until deleted by hand.</source>
        <translation>
            <numerusform>升级或恢复前保留的 %n 份副本也包含此客人的资料，需手动删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="245"/>
        <source>%1, member no. %2</source>
        <translation>%1（会员号 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="248"/>
        <source>Erase guest data</source>
        <translation>删除客人资料</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="250"/>
        <source>Erase the personal data of %3 (guest #%1)?

Removed: name, member no., phones, e-mail, dates, preferences, taboos, photo, notes, ID documents, care and complaint texts. Kept: stay dates and rooms, complaint categories and times, so reports stay true.

%2</source>
        <translation>要删除 %3（客人 #%1）的个人资料吗？

删除：姓名、会员号、电话、邮箱、日期、偏好、忌讳、照片、备注、证件、关怀与投诉的文字。保留：入住日期和房号、投诉类别和时间，报表仍然准确。

%2</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="276"/>
        <source>Erased the personal data of guest #%1. %2</source>
        <translation>已删除客人 #%1 的个人资料。%2</translation>
    </message>
</context>
<context>
    <name>KeyBackupBox</name>
    <message>
        <location filename="../../ui/key_backup.py" line="39"/>
        <source>The database is encrypted. Save its key now, on a USB stick or in the hotel&apos;s safe, not beside the backups: without it no backup can be restored on another PC (later: vipdesk key export).</source>
        <translation>数据库已加密。请立即保存其密钥（存到U盘或酒店保险柜，不要与备份放在一起）：没有密钥，任何备份都无法在另一台电脑上恢复（以后可用 vipdesk key export 导出）。</translation>
    </message>
    <message>
        <location filename="../../ui/key_backup.py" line="50"/>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <location filename="../../ui/key_backup.py" line="51"/>
        <source>Save the &amp;key</source>
        <translation>保存密钥(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/key_backup.py" line="74"/>
        <source>Key saved to %1. Keep it safe.</source>
        <translation>密钥已保存到 %1。请妥善保管。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Double VIP</source>
        <translation>双VIP</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Triple VIP</source>
        <translation>三VIP</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Regular</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Answer every question</source>
        <translation>有问必答</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Keep in touch</source>
        <translation>保持沟通</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>A dedicated person</source>
        <translation>专人负责</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Beyond-standard service</source>
        <translation>超常服务</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Professional advisor</source>
        <translation>专业顾问</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Long-term partner</source>
        <translation>成长伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Room</source>
        <translation>客房</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Food &amp; drink</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Amenities</source>
        <translation>客用品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>DANGER</source>
        <translation>危险</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Taboo</source>
        <translation>禁忌</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Allergy</source>
        <translation>过敏</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Special day</source>
        <translation>特别日子</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <location filename="../../ui/labels.py" line="193"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>exact</source>
        <translation>完全匹配</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>starts with</source>
        <translation>开头匹配</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <location filename="../../ui/labels.py" line="108"/>
        <source>initials</source>
        <translation>首字母</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>inside</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>ends with</source>
        <translation>结尾匹配</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>e-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>alias</source>
        <translation>化名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>%1 today!</source>
        <translation>今天%1！</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>%1 tomorrow</source>
        <translation>明天%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="124"/>
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%n天后%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>lunar leap %1-%2</source>
        <translation>农历闰%1月%2日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>lunar %1-%2</source>
        <translation>农历%1月%2日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="168"/>
        <source>Anonymised guest #%1</source>
        <translation>匿名客人 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185"/>
        <source>service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>slow or untimely service</source>
        <translation>服务不及时</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187"/>
        <source>rigid rules</source>
        <translation>规章僵化</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>facilities</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>cleanliness</source>
        <translation>卫生</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>noise</source>
        <translation>噪音</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="191"/>
        <source>billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="192"/>
        <source>food</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>front office</source>
        <translation>前厅</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <source>housekeeping</source>
        <translation>客房</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="203"/>
        <source>food &amp; beverage</source>
        <translation>餐饮部</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>engineering</source>
        <translation>工程部</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>other department</source>
        <translation>其他部门</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="221"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="222"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="223"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="224"/>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="231"/>
        <source>logged</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="56"/>
        <location filename="../../ui/lock_screen.py" line="66"/>
        <source>vipdesk is locked</source>
        <translation>vipdesk 已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="73"/>
        <source>Locked by %1. Only they can unlock it.</source>
        <translation>由 %1 锁定，只有本人可以解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="93"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="108"/>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock_screen.py" line="130"/>
        <source>Someone else may sign in instead. The windows %1 left open are then closed, and the unsaved changes in %n of them are discarded.</source>
        <translation>
            <numerusform>也可以由其他人登录。登录后 %1 打开的窗口将被关闭，其中 %n 个窗口里未保存的修改将被放弃。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="136"/>
        <source>Someone else may sign in instead. The windows %1 left open are then closed.</source>
        <translation>也可以由其他人登录。登录后 %1 打开的窗口将被关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="141"/>
        <source>&amp;Password or PIN:</source>
        <translation>密码或 PIN(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="141"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="184"/>
        <source>Too many wrong PINs: unlock with your password.</source>
        <translation>PIN 错误次数过多：请用密码解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="187"/>
        <source>Unlock failed. After 10 failed attempts the account is locked for 30 minutes.</source>
        <translation>解锁失败。连续失败 10 次后，账户将被锁定 30 分钟。</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../ui/care_view.py" line="92"/>
        <location filename="../../ui/care_view.py" line="97"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="93"/>
        <location filename="../../ui/care_view.py" line="98"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="94"/>
        <location filename="../../ui/care_view.py" line="99"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="96"/>
        <source>Log contact</source>
        <translation>登记联系</translation>
    </message>
</context>
<context>
    <name>LogbookResultDialog</name>
    <message>
        <location filename="../../ui/logbook_import.py" line="51"/>
        <source>Logbook imported</source>
        <translation>投诉记录已导入</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_import.py" line="53"/>
        <source>%1: %2 imported, %3 already there, %4 rejected.</source>
        <translation>%1：导入 %2 条，已存在 %3 条，拒收 %4 条。</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_import.py" line="68"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_import.py" line="68"/>
        <source>Why it was rejected</source>
        <translation>拒收原因</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_import.py" line="77"/>
        <source>Every rejected row, with its reason and original cells, is in %1.</source>
        <translation>所有拒收的行（含原因和原始内容）已保存在 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logbook_import.py" line="80"/>
        <source>%n more not shown here.</source>
        <translation>
            <numerusform>另有 %n 条未在此显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>vipdesk — guest recognition</source>
        <translation>vipdesk — 宾客识别</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Name, pinyin, initials, phone digits, member no., room…  (Ctrl+F)</source>
        <translation>姓名、拼音、首字母、手机尾号、会员号、房号…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Find a guest</source>
        <translation>查找客人</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Guests found</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>&amp;Guest</source>
        <translation>客人(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Find guest</source>
        <translation>查找客人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;New guest…</source>
        <translation>新建客人(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>&amp;Edit guest…</source>
        <translation>编辑客人(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>&amp;Identity and privacy…</source>
        <translation>证件与隐私(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>&amp;Print cards of the selected guests…</source>
        <translation>打印所选客人的卡片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Print &amp;registration cards…</source>
        <translation>打印入住登记卡(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Log a &amp;complaint…</source>
        <translation>登记投诉(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>&amp;All complaints…</source>
        <translation>全部投诉(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Care &amp;list…</source>
        <translation>关怀清单(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>My quick-unlock &amp;PIN…</source>
        <translation>我的快速解锁 PIN(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Lock the screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>Database: %1 · Staff: %2</source>
        <translation>数据库：%1 · 员工：%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>Arrow keys choose, Enter opens the profile.</source>
        <translation>用方向键选择，按回车打开档案。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="359"/>
        <source>%n guest(s) found</source>
        <translation>
            <numerusform>找到 %n 位客人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>No guest found. Check the spelling or try the phone number.</source>
        <translation>未找到客人。请检查拼写，或试试手机号。</translation>
    </message>
    <message>
        <location filename="../../ui/counter_dialogs.py" line="168"/>
        <source>Find and select a guest first.</source>
        <translation>请先查找并选择客人。</translation>
    </message>
    <message>
        <location filename="../../ui/counter_dialogs.py" line="177"/>
        <source>Guest cards</source>
        <translation>客人卡片</translation>
    </message>
    <message>
        <location filename="../../ui/counter_dialogs.py" line="179"/>
        <source>Registration cards</source>
        <translation>入住登记卡</translation>
    </message>
    <message>
        <location filename="../../ui/counter_dialogs.py" line="59"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/labels.py" line="252"/>
        <source>your role may not do this</source>
        <translation>您的角色无权执行此操作</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>The guest database on the server %1 cannot be opened. Check that the server is running and this computer reaches it, and this counter&apos;s role and password (PGPASSWORD or .pgpass). The details are in the log.</source>
        <translation>无法打开服务器上的宾客数据库 %1。请检查服务器是否在运行、本机能否连到它，以及本柜台的角色和密码（PGPASSWORD 或 .pgpass）。详情见日志。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269"/>
        <source>%1 could not be saved: you have no permission to write in that folder. Choose another folder, such as Documents.</source>
        <translation>无法保存 %1：您没有写入该文件夹的权限。请选择其他文件夹，例如“文档”。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="274"/>
        <source>%1 could not be saved: the disk is full. Free some space or choose another disk.</source>
        <translation>无法保存 %1：磁盘已满。请腾出空间或选择其他磁盘。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="278"/>
        <source>%1 could not be saved: the folder does not exist (was a USB stick removed?). Choose another folder.</source>
        <translation>无法保存 %1：文件夹不存在（U 盘是否已拔出？）。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="283"/>
        <source>%1 could not be saved: the disk is read-only. Choose another disk or folder.</source>
        <translation>无法保存 %1：磁盘为只读。请选择其他磁盘或文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="288"/>
        <source>%1 could not be saved. Choose another folder or try again.</source>
        <translation>无法保存 %1。请选择其他文件夹或重试。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="302"/>
        <source>is required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="303"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="304"/>
        <source>is in the future</source>
        <translation>不能是将来的时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="305"/>
        <source>is before the complaint happened</source>
        <translation>早于投诉发生时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="308"/>
        <source>is not between 1 and 5</source>
        <translation>须在 1 到 5 之间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="309"/>
        <source>say what the guest answered</source>
        <translation>请填写客人的回答</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="310"/>
        <source>the password needs at least 8 characters</source>
        <translation>密码至少需要 8 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="313"/>
        <source>the password must not be the user name</source>
        <translation>密码不能与用户名相同</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="316"/>
        <source>a PIN is 4 to 6 digits</source>
        <translation>PIN 码为 4 至 6 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="317"/>
        <source>choose 1 to 60 minutes</source>
        <translation>请选择 1 到 60 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="318"/>
        <source>the list is empty</source>
        <translation>列表为空</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="319"/>
        <source>“%1” is not a code: use lower-case letters, digits and _</source>
        <translation>“%1”不是有效的代码：只能用小写字母、数字和 _</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="322"/>
        <source>the label “%1” is used twice</source>
        <translation>名称“%1”用了两次</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="323"/>
        <source>“%1” is not a phone number: check the digits</source>
        <translation>“%1”不是有效的电话号码：请检查数字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="326"/>
        <source>“%1” is not a date: write e.g. 1990-03-05, 3月5日, 03-05 or 农历八月十五</source>
        <translation>“%1”不是日期：请写成 1990-03-05、3月5日、03-05 或 农历八月十五 等形式</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="330"/>
        <source>“%1” is not a real date: check the month and the day</source>
        <translation>“%1”不是真实存在的日期：请检查月份和日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="341"/>
        <source>at least one duty manager or admin must remain</source>
        <translation>至少要保留一名值班经理或管理员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="344"/>
        <source>at least one administrator who can sign in must remain</source>
        <translation>必须至少保留一位可以登录的管理员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="347"/>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="348"/>
        <source>too many wrong PINs: sign in with your password</source>
        <translation>PIN 码错误次数过多：请用密码登录</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="351"/>
        <source>this database already has accounts: an administrator adds more</source>
        <translation>此数据库已有账户：请由管理员添加新账户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="354"/>
        <source>this user name is taken</source>
        <translation>此用户名已被使用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="355"/>
        <source>there is no such user</source>
        <translation>没有这个用户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="356"/>
        <source>this guest is confidential: ask the duty manager to change their file</source>
        <translation>该客人为保密客人：请值班经理修改其档案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="359"/>
        <source>this guest&apos;s data was erased: create a new guest instead</source>
        <translation>该客人的资料已删除：请新建客人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="362"/>
        <source>type the document number</source>
        <translation>请输入证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="363"/>
        <source>a resident ID number has 17 digits and a digit or X</source>
        <translation>居民身份证号码为 17 位数字加一位数字或 X</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="366"/>
        <source>the birth date inside this resident ID number is not real</source>
        <translation>该身份证号码中的出生日期不存在</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="369"/>
        <source>this resident ID number&apos;s check digit is wrong: check the number</source>
        <translation>该身份证号码校验位不正确：请核对号码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="372"/>
        <source>a document number is letters and digits only</source>
        <translation>证件号码只能包含字母和数字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="375"/>
        <source>say which country issued the document</source>
        <translation>请填写签发国家</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="378"/>
        <source>the issuing country is a 2- or 3-letter code such as CN</source>
        <translation>签发国家为 2 或 3 个字母的代码，如 CN</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="381"/>
        <source>this document is already on a guest&apos;s file: ask the duty manager</source>
        <translation>该证件已登记在某位客人的档案中：请询问值班经理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="384"/>
        <source>say why the guest is flagged</source>
        <translation>请说明列入名单的原因</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="387"/>
        <source>give the alias the desk will see</source>
        <translation>请填写前台看到的化名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="388"/>
        <source>the alias must not be the guest&apos;s name</source>
        <translation>化名不能与客人真实姓名相同</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="391"/>
        <source>The guest database is busy: another counter or program is holding what this needs. Nothing was saved: try again in a moment.</source>
        <translation>客人数据库正忙：另一台前台电脑或程序正占用这项操作所需的数据。未保存任何内容，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="396"/>
        <source>The guest database server cannot be reached, so nothing was saved or read. vipdesk keeps retrying: try again in a moment, or ask IT to check the server.</source>
        <translation>无法连接宾客数据库服务器，因此没有保存或读取任何内容。vipdesk 正在不断重试：请稍后再试，或请 IT 检查服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="406"/>
        <source>this guest is confidential: ask the duty manager</source>
        <translation>该客人为保密客人：请询问值班经理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="409"/>
        <source>only a duty manager or an admin can change the caution list</source>
        <translation>只有值班经理或管理员可以修改注意名单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="412"/>
        <source>only a duty manager or an admin can close a complaint</source>
        <translation>只有值班经理或管理员可以关闭投诉</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="415"/>
        <source>only an administrator can manage staff accounts and roles</source>
        <translation>只有管理员可以管理员工账户和角色</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="418"/>
        <source>only a duty manager or an admin can change the hotel&apos;s details</source>
        <translation>只有值班经理或管理员可以修改酒店信息</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="421"/>
        <source>only a duty manager or an admin can change the service standards</source>
        <translation>只有值班经理或管理员可以修改服务标准</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="424"/>
        <source>only a duty manager or an admin can change the complaint lists</source>
        <translation>只有值班经理或管理员可以修改投诉列表</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="427"/>
        <source>only a duty manager or an admin can skip a care task</source>
        <translation>只有值班经理或管理员可以跳过关怀任务</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="430"/>
        <source>only a duty manager or an admin can edit the care scripts</source>
        <translation>只有值班经理或管理员可以修改话术</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="433"/>
        <source>only a duty manager or an admin can change the care plan settings</source>
        <translation>只有值班经理或管理员可以修改关怀计划设置</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="436"/>
        <source>only a duty manager or an admin can set a guest&apos;s dedicated person</source>
        <translation>只有值班经理或管理员可以指定专人负责</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="338"/>
        <source>a closed complaint cannot be edited; add a note instead</source>
        <translation>已关闭的投诉不能修改，请添加备注</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/pin_dialog.py" line="46"/>
        <source>My quick-unlock PIN</source>
        <translation>我的快速解锁 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="51"/>
        <source>A PIN of 4 to 6 digits unlocks your own locked screen. After 5 wrong PINs your password is needed.</source>
        <translation>4 到 6 位数字的 PIN 可以解锁您自己锁定的屏幕。PIN 输错 5 次后需要输入密码。</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="62"/>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="63"/>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="64"/>
        <source>New PIN again</source>
        <translation>再次输入新 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="68"/>
        <source>Your &amp;password:</source>
        <translation>您的密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="69"/>
        <source>&amp;New PIN:</source>
        <translation>新 PIN(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="70"/>
        <source>PIN &amp;again:</source>
        <translation>再次输入 PIN(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="80"/>
        <source>&amp;Save PIN</source>
        <translation>保存 PIN(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="84"/>
        <source>&amp;Remove PIN</source>
        <translation>删除 PIN(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="100"/>
        <source>You have a PIN. A new one replaces it.</source>
        <translation>您已设置 PIN，新的 PIN 将取代它。</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="100"/>
        <source>No PIN yet.</source>
        <translation>尚未设置 PIN。</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="112"/>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>PIN 为 4 到 6 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="116"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="137"/>
        <source>That is not your password.</source>
        <translation>密码不正确。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/print_preview.py" line="125"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="128"/>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_preview.py" line="145"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="152"/>
        <source>The hotel&apos;s name is not set: these cards print without a hotel header. A duty manager can set the hotel&apos;s details in Settings (Ctrl+,).</source>
        <translation>尚未设置酒店名称：这些登记卡打印时没有酒店抬头。值班经理可以在“设置”（Ctrl+,）中填写酒店信息。</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="184"/>
        <source>The page (%1 × %2 mm) is larger than the printer&apos;s paper (%3 × %4 mm). Choose larger paper in the print dialog.</source>
        <translation>页面（%1 × %2 毫米）大于打印机的纸张（%3 × %4 毫米）。请在打印对话框中选择更大的纸张。</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="196"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="212"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
</context>
<context>
    <name>PrivacyMarks</name>
    <message>
        <location filename="../../ui/privacy_marks.py" line="30"/>
        <source>Confidential guest: use only this name, confirm nothing</source>
        <translation>保密客人：只用此称呼，不向任何人确认其入住</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="35"/>
        <source>Confidential: the desk sees this guest as “%1”; confirm nothing</source>
        <translation>保密：前台看到的称呼为“%1”；不向任何人确认其入住</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="43"/>
        <source>Unpaid bill</source>
        <translation>逃账（跑账）</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="44"/>
        <source>Damage</source>
        <translation>损坏物品</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="45"/>
        <source>Harassment</source>
        <translation>骚扰</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="46"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="47"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="53"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="54"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="55"/>
        <source>Hong Kong/Macau permit</source>
        <translation>港澳通行证</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="56"/>
        <source>Taiwan permit</source>
        <translation>台湾通行证</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="57"/>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="66"/>
        <source>Caution: ask the duty manager</source>
        <translation>注意：请先询问值班经理</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="69"/>
        <source>Caution: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="75"/>
        <source>set by %1 on %2</source>
        <translation>由 %1 于 %2 设置</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../ui/profile_panel.py" line="75"/>
        <source>Guest profile</source>
        <translation>客人档案</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="174"/>
        <source>No guest selected</source>
        <translation>未选择客人</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="200"/>
        <source>Type a name, pinyin, initials or phone digits to find a guest.</source>
        <translation>输入姓名、拼音、首字母或手机号码查找客人。</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="238"/>
        <source>as the guest says it</source>
        <translation>客人本人的读法</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="259"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="280"/>
        <source>Care (AD stage)</source>
        <translation>关怀（AD阶段）</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="302"/>
        <source>Member %1</source>
        <translation>会员 %1</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="309"/>
        <source>&lt;b&gt;In house&lt;/b&gt;: room %1 until %2</source>
        <translation>&lt;b&gt;在住&lt;/b&gt;：%1 房，至 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="315"/>
        <source>%n stay(s)</source>
        <translation>
            <numerusform>入住 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="317"/>
        <source>last %1, room %2</source>
        <translation>上次 %1，%2 房</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="322"/>
        <source>First stay</source>
        <translation>首次入住</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="347"/>
        <source>ID documents</source>
        <translation>证件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="355"/>
        <source>%n unresolved complaint(s): handle with care</source>
        <translation>
            <numerusform>有 %n 条未解决的投诉：请格外用心</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="370"/>
        <source>Must never happen</source>
        <translation>绝对禁忌</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="380"/>
        <source>(turning %n)</source>
        <translation>
            <numerusform>（%n 岁）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="382"/>
        <source>(%n year(s))</source>
        <translation>
            <numerusform>（%n 周年）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="392"/>
        <source>Service standard for %1</source>
        <translation>%1的服务标准</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="407"/>
        <source>Likes</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="416"/>
        <source>Complaints</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="417"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="429"/>
        <source>room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="444"/>
        <source>Stays</source>
        <translation>入住记录</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="23"/>
        <source>Receptionist</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="24"/>
        <source>Duty manager</source>
        <translation>值班经理</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="25"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../ui/screen_lock.py" line="101"/>
        <location filename="../../ui/screen_lock.py" line="155"/>
        <source>vipdesk — locked</source>
        <translation>vipdesk — 已锁定</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search_model.py" line="130"/>
        <source>birthday %1</source>
        <translation>生日 %1</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="120"/>
        <source>in house · %1</source>
        <translation>在住 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="112"/>
        <source>caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="114"/>
        <source>confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="120"/>
        <source>in house</source>
        <translation>在住</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="123"/>
        <source>arriving today</source>
        <translation>今日抵店</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="132"/>
        <source>last stay %1</source>
        <translation>上次入住 %1</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="140"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="140"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="140"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="140"/>
        <source>Matched</source>
        <translation>匹配</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../ui/settings_security.py" line="37"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_security.py" line="38"/>
        <source>Lock the screen after idle minutes</source>
        <translation>无操作多少分钟后锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../ui/settings_security.py" line="41"/>
        <source>&amp;Lock the screen after</source>
        <translation>锁定屏幕的等待时间(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_security.py" line="44"/>
        <source>Without keyboard or mouse input for this long, every vipdesk window on every counter is covered until its user unlocks it (1 to 60 minutes). Ctrl+Shift+L locks at once.</source>
        <translation>在这段时间内没有键盘或鼠标操作时，每台前台电脑上的所有 vipdesk 窗口都会被遮盖，直到使用者解锁（1 到 60 分钟）。按 Ctrl+Shift+L 立即锁定。</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <location filename="../../ui/live_link.py" line="44"/>
        <source>The guest database server cannot be reached — retrying…</source>
        <translation>无法连接宾客数据库服务器——正在重试…</translation>
    </message>
</context>
<context>
    <name>ServiceCall</name>
    <message>
        <location filename="../../ui/operations.py" line="186"/>
        <source>Something went wrong. Your data is safe; the details are in the log.</source>
        <translation>出了点问题。您的数据是安全的；详情已记录在日志中。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>Last good backup</source>
        <translation>上次成功备份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>&amp;Workstation</source>
        <translation>本机(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>&amp;Hotel</source>
        <translation>酒店(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>&amp;Staff</source>
        <translation>员工(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Service s&amp;tandards</source>
        <translation>服务标准(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>Secur&amp;ity</source>
        <translation>安全(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>A&amp;udit trail</source>
        <translation>审计记录(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="126"/>
        <source>&amp;Care plan</source>
        <translation>客户关怀(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="147"/>
        <source>Hotel &amp;name</source>
        <translation>酒店名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="149"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="150"/>
        <source>Printed on registration cards and complaint reports.</source>
        <translation>打印在入住登记卡和投诉报告上。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <source>Only a duty manager or an administrator can change the hotel&apos;s details.</source>
        <translation>只有值班经理或管理员可以修改酒店信息。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="187"/>
        <source>What each tier is owed; the profile shows it as a checklist.</source>
        <translation>每个等级应享有的服务；客人资料中以清单显示。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="240"/>
        <source>made by the server&apos;s own backups (pg_dump): ask IT when</source>
        <translation>由服务器自己的备份（pg_dump）完成：备份时间请询问 IT</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="247"/>
        <source>none yet: one is made each day the app starts</source>
        <translation>尚无：每天首次启动时自动备份</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="52"/>
        <source>Sign in to vipdesk</source>
        <translation>登录 vipdesk</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="56"/>
        <source>Who is at the counter?</source>
        <translation>谁在前台？</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="63"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="66"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="67"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="68"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="71"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="72"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="79"/>
        <source>Demo database: sign in as %1 with the password %2.</source>
        <translation>演示数据库：请以 %1 登录，密码为 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="94"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="128"/>
        <source>Sign-in failed. After 10 failed attempts an account is locked for 30 minutes.</source>
        <translation>登录失败。连续失败 10 次后，账户将被锁定 30 分钟。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="138"/>
        <source>An admin reset your password: choose your own now.</source>
        <translation>管理员已重设您的密码：请现在设置您自己的密码。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/settings_staff.py" line="50"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="52"/>
        <source>Locked out</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="54"/>
        <source>No password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="56"/>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="58"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="59"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="110"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="111"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="112"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="113"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="130"/>
        <source>Staff accounts</source>
        <translation>员工账户</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="141"/>
        <source>&amp;Add account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="142"/>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="143"/>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="144"/>
        <source>Unl&amp;ock</source>
        <translation>解除锁定(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="147"/>
        <source>Role of the selected account</source>
        <translation>所选账户的角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="150"/>
        <source>Set ro&amp;le</source>
        <translation>设置角色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="151"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="268"/>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="270"/>
        <source>Disable %1? They can no longer sign in. The account is kept: the history refers to it.</source>
        <translation>停用 %1？此人将无法再登录。账户会保留，因为历史记录引用它。</translation>
    </message>
</context>
<context>
    <name>StayLabels</name>
    <message>
        <location filename="../../ui/stay_labels.py" line="23"/>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="24"/>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="25"/>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="26"/>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="27"/>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="28"/>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="29"/>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="36"/>
        <source>1 night</source>
        <translation>1晚</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="38"/>
        <source>%1 nights</source>
        <translation>%1晚</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="45"/>
        <source>first stay</source>
        <translation>首次入住</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="47"/>
        <source>%1 stay</source>
        <translation>第%2次入住</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="56"/>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="57"/>
        <source>anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="58"/>
        <source>special date</source>
        <translation>特别日期</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="61"/>
        <source>%1 on the arrival day</source>
        <translation>抵店当天%1</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="63"/>
        <source>%1 on %2, during the stay</source>
        <translation>住店期间%2%1</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="71"/>
        <source>Arriving today</source>
        <translation>今日抵店</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="73"/>
        <source>room %1</source>
        <translation>房间 %1</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="85"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="87"/>
        <source>no-show</source>
        <translation>未到店</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="89"/>
        <source>in house</source>
        <translation>在住</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="91"/>
        <source>arriving today</source>
        <translation>今日抵店</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="93"/>
        <source>arriving %1</source>
        <translation>%1 抵店</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <location filename="../../ui/text_prompt.py" line="40"/>
        <source>Ctrl+Enter to confirm, Esc to cancel</source>
        <translation>Ctrl+Enter 确认，Esc 取消</translation>
    </message>
</context>
<context>
    <name>TodayBoard</name>
    <message>
        <location filename="../../ui/today_board.py" line="203"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today_board.py" line="208"/>
        <source>%n arrival(s)</source>
        <translation>
            <numerusform>抵店 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today_board.py" line="209"/>
        <source>%n VIP and above</source>
        <translation>
            <numerusform>VIP及以上 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today_board.py" line="210"/>
        <source>%n not matched</source>
        <translation>
            <numerusform>未匹配 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today_board.py" line="211"/>
        <source>%n birthday(s)</source>
        <translation>
            <numerusform>生日 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="216"/>
        <source>Arrivals (%1)</source>
        <translation>抵店 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="217"/>
        <source>In house (%1)</source>
        <translation>在住 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="218"/>
        <source>Departures (%1)</source>
        <translation>离店 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="290"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="291"/>
        <source>To&amp;morrow</source>
        <translation>明天(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="292"/>
        <source>Day shown on the board</source>
        <translation>看板显示的日期</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="293"/>
        <source>Today&apos;s guests</source>
        <translation>今日宾客</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="294"/>
        <source>Arrivals, in house, departures</source>
        <translation>抵店、在住、离店</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="297"/>
        <source>Enter opens the profile · Space selects · Ctrl+P prints the registration and guest cards of the selected arrivals · Ctrl+1/2/3 arrivals, in house, departures · Esc back to the search box</source>
        <translation>回车打开档案 · 空格选择 · Ctrl+P 打印所选抵店客人的入住登记卡和宾客卡 · Ctrl+1/2/3 抵店、在住、离店 · Esc 返回搜索框</translation>
    </message>
</context>
<context>
    <name>TodayBoardModel</name>
    <message>
        <location filename="../../ui/today_board_model.py" line="83"/>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="84"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="85"/>
        <source>Stay</source>
        <translation>入住</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="86"/>
        <source>Requests</source>
        <translation>特殊要求</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="87"/>
        <source>Take care</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="137"/>
        <location filename="../../ui/today_board_model.py" line="175"/>
        <source>Not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="153"/>
        <source>caution: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="155"/>
        <source>caution: ask the duty manager</source>
        <translation>注意：请先询问值班经理</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="157"/>
        <source>not matched to a guest yet</source>
        <translation>尚未匹配到宾客档案</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="160"/>
        <source>allergy</source>
        <translation>过敏</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="160"/>
        <source>taboo</source>
        <translation>禁忌</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="167"/>
        <source>open complaint</source>
        <translation>有未结投诉</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="177"/>
        <source>until %1</source>
        <translation>住至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="181"/>
        <source>also booked: %1 until %2</source>
        <translation>另订 %1 至 %2</translation>
    </message>
</context>
<context>
    <name>TodayHome</name>
    <message>
        <location filename="../../ui/today_home.py" line="133"/>
        <source>Select the arrivals to print first (Space selects).</source>
        <translation>请先选择要打印的抵店客人（空格选择）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today_home.py" line="137"/>
        <source>Registration and guest cards of %n arrival(s)</source>
        <translation>
            <numerusform>%n 位抵店客人的入住登记卡和宾客卡</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message>
        <location filename="../../ui/unsaved_prompt.py" line="22"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
</context>
</TS>
