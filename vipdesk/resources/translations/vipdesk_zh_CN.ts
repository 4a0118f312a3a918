<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="73"/>
        <source>Something went wrong. Your data is safe; the details are in the log file:
%1</source>
        <translation>出了点问题。您的数据是安全的；详情已记录在日志文件中：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="251"/>
        <source>Building the search index… %1%</source>
        <translation>正在建立搜索索引… %1%</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="256"/>
        <source>The search index is ready.</source>
        <translation>搜索索引已就绪。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="262"/>
        <source>The search index could not be rebuilt: %1</source>
        <translation>无法重建搜索索引：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="282"/>
        <source>Not encrypted: an admin can encrypt it with `vipdesk encrypt`</source>
        <translation>数据库未加密：管理员可用 `vipdesk encrypt` 加密</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="288"/>
        <source>Database not encrypted</source>
        <translation>数据库未加密</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="290"/>
        <source>Anyone who copies this database file can read every guest. Close vipdesk on every counter, then an admin runs `vipdesk encrypt` (see the README).</source>
        <translation>任何人复制这个数据库文件都能读到所有客人资料。请先关闭每台前台电脑上的 vipdesk，再由管理员运行 `vipdesk encrypt`（见 README）。</translation>
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
        <location filename="../../ui/care_labels.py" line="50"/>
        <source>No stay yet</source>
        <translation>尚未入住</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="52"/>
        <source>A · first stay</source>
        <translation>A · 首次入住</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="53"/>
        <source>B · keep in touch</source>
        <translation>B · 保持联系</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="54"/>
        <source>C · 2nd stay: greet as a returning guest, recall their preferences</source>
        <translation>C · 第二次入住：以回头客相迎，记住其喜好</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="57"/>
        <source>D · retention</source>
        <translation>D · 维系</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="63"/>
        <source>New Year</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="64"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="65"/>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="66"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="67"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="68"/>
        <location filename="../../ui/care_labels.py" line="69"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="70"/>
        <source>Christmas</source>
        <translation>圣诞节</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="82"/>
        <source>no stay for %1 months</source>
        <translation>已 %1 个月未入住</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="85"/>
        <source>complaint #%1 is overdue</source>
        <translation>投诉 #%1 已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="86"/>
        <source>complaint #%1 was never resolved</source>
        <translation>投诉 #%1 未曾解决</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="89"/>
        <source>complaint #%1: satisfaction 2 or less at the follow-up</source>
        <translation>投诉 #%1：回访满意度不高于2</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="95"/>
        <source>first stay, left %1: say thank you</source>
        <translation>首次入住，%1 离店：致谢</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="99"/>
        <source>2nd stay: greet as a returning guest, recall their preferences</source>
        <translation>第二次入住：以回头客相迎，记住其喜好</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="103"/>
        <source>stay %1 ended: retention</source>
        <translation>第 %1 次入住结束：维系</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="106"/>
        <source>birthday on %1</source>
        <translation>%1 生日</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="107"/>
        <source>anniversary on %1</source>
        <translation>%1 纪念日</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="108"/>
        <source>special day on %1</source>
        <translation>%1 特别的日子</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="112"/>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="117"/>
        <source>611: message on the 1st and 15th</source>
        <translation>611：每月1日、15日短信</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="120"/>
        <source>611: mid-quarter call</source>
        <translation>611：季中短电话</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="121"/>
        <source>611: end-of-quarter call</source>
        <translation>611：季末长电话</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="128"/>
        <source>script-language: en</source>
        <translation>script-language: zh</translation>
    </message>
</context>
<context>
    <name>CareListModel</name>
    <message>
        <location filename="../../ui/care_view.py" line="119"/>
        <source>%1 (overdue)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="133"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="134"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="135"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="136"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="137"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="138"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="139"/>
        <source>Script hint</source>
        <translation>话术提示</translation>
    </message>
</context>
<context>
    <name>CareView</name>
    <message>
        <location filename="../../ui/care_view.py" line="313"/>
        <source>Care list — %1</source>
        <translation>关怀清单 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="320"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="323"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="325"/>
        <source>%1 and above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="326"/>
        <source>Everyone&apos;s</source>
        <translation>所有人的</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="327"/>
        <source>Mine (dedicated person)</source>
        <translation>我的（专人负责）</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="328"/>
        <source>For a duty manager</source>
        <translation>值班经理负责</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="334"/>
        <source>Task kind</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="335"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="336"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="337"/>
        <source>Care tasks</source>
        <translation>关怀任务</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="338"/>
        <source>Script hint (Enter: log contact)</source>
        <translation>话术提示（回车：登记联系）</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="339"/>
        <source>Script hint</source>
        <translation>话术提示</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="340"/>
        <source>Save script</source>
        <translation>保存话术</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="341"/>
        <source>Call &amp;sheet…</source>
        <translation>电话单(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="342"/>
        <source>Monthly &amp;report…</source>
        <translation>月报(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="384"/>
        <source>%1 of %2 tasks · %3 overdue</source>
        <translation>显示 %1 / 共 %2 项任务 · %3 项逾期</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="419"/>
        <source>Call sheet %1</source>
        <translation>回访电话单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="427"/>
        <source>Care report %1</source>
        <translation>客户关怀月报 %1</translation>
    </message>
</context>
<context>
    <name>CodeTable</name>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="35"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="35"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="41"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="43"/>
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
        <location filename="../../ui/complaint_dialog.py" line="132"/>
        <source>Complaint #%1 — %2</source>
        <translation>投诉 #%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="138"/>
        <location filename="../../ui/complaint_dialog.py" line="403"/>
        <source>Log a complaint — %1</source>
        <translation>登记投诉 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="140"/>
        <location filename="../../ui/complaint_dialog.py" line="400"/>
        <source>Log a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="178"/>
        <source>The request is excessive</source>
        <translation>诉求过分</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="193"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="216"/>
        <source>Returning guest?</source>
        <translation>回头客？</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="330"/>
        <source>Save this complaint?</source>
        <translation>保存这条投诉吗？</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="380"/>
        <source>it can no longer be edited, only annotated</source>
        <translation>不能再修改，只能添加备注</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="519"/>
        <source>choose one</source>
        <translation>请选择一项</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="252"/>
        <source>Recovery step</source>
        <translation>补救步骤</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="377"/>
        <location filename="../../ui/complaint_dialog.py" line="418"/>
        <source>returning guest</source>
        <translation>回头客</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="377"/>
        <location filename="../../ui/complaint_dialog.py" line="418"/>
        <source>new guest</source>
        <translation>新客</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="480"/>
        <source>give the time it was done</source>
        <translation>请填写完成时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="488"/>
        <source>pick the guest, or create them</source>
        <translation>请选择客人，或新建客人</translation>
    </message>
</context>
<context>
    <name>ComplaintFields</name>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="69"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="70"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="71"/>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="72"/>
        <source>Where / department</source>
        <translation>地点 / 部门</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="73"/>
        <source>Which service</source>
        <translation>涉及服务</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="74"/>
        <source>Staff involved</source>
        <translation>涉及员工</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="75"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="76"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="77"/>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="78"/>
        <source>The guest&apos;s real reason</source>
        <translation>客人不满的真正原因</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="79"/>
        <source>What the guest wants</source>
        <translation>客人诉求</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="80"/>
        <source>Excessive request</source>
        <translation>诉求过分</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="81"/>
        <source>Why excessive</source>
        <translation>过分的原因</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="82"/>
        <source>Promised feedback by</source>
        <translation>承诺反馈时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="83"/>
        <source>Apologised</source>
        <translation>已致歉</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="84"/>
        <source>Listened</source>
        <translation>已倾听</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="85"/>
        <source>Solution offered</source>
        <translation>已提出解决方案</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="86"/>
        <source>Remedial action taken</source>
        <translation>已采取补救措施</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="87"/>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="88"/>
        <source>Compensation value</source>
        <translation>补偿金额</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="89"/>
        <source>Duty manager</source>
        <translation>值班经理</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="90"/>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="91"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="92"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="73"/>
        <source>Feedback due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="74"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="75"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="76"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="77"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="78"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
</context>
<context>
    <name>ComplaintListsDialog</name>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="96"/>
        <source>Departments and categories</source>
        <translation>部门和类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="102"/>
        <source>&amp;Departments</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="103"/>
        <source>C&amp;ategories</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="106"/>
        <source>Codes are short lower-case words (letters, digits, _); complaints keep the code they were filed under.</source>
        <translation>代码为简短的小写英文单词（字母、数字、_）；已登记的投诉保留原来的代码。</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="110"/>
        <source>Only a duty manager can change these lists.</source>
        <translation>只有值班经理可以修改这些列表。</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="137"/>
        <source>%1: the code %2 is listed twice</source>
        <translation>%1：代码 %2 重复</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="147"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="148"/>
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
        <location filename="../../ui/complaints_view.py" line="84"/>
        <source>Complaints</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="100"/>
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
        <location filename="../../ui/complaints_view.py" line="108"/>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="112"/>
        <source>&amp;Happened since</source>
        <translation>发生于此日期之后(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="120"/>
        <source>Only complaints that happened on or after this day</source>
        <translation>只显示这一天及以后发生的投诉</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="124"/>
        <source>&amp;Overdue only</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="140"/>
        <source>&amp;Start handling</source>
        <translation>开始处理(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="141"/>
        <source>&amp;Resolved</source>
        <translation>已解决(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="142"/>
        <source>&amp;Follow-up call…</source>
        <translation>回访(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="143"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="150"/>
        <source>&amp;Note…</source>
        <translation>备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="155"/>
        <source>Complete or correct the complaint (Enter)</source>
        <translation>补充或更正投诉（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="158"/>
        <source>&amp;Incident report…</source>
        <translation>事件报告(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="163"/>
        <source>Im&amp;port logbook…</source>
        <translation>导入投诉记录(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="166"/>
        <source>An Excel complaint logbook saved as CSV (UTF-8 or GB18030)</source>
        <translation>另存为 CSV 的 Excel 投诉记录（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="170"/>
        <source>&amp;Lists…</source>
        <translation>列表(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="172"/>
        <source>Departments and categories</source>
        <translation>部门和类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="175"/>
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
        <location filename="../../ui/complaints_view.py" line="153"/>
        <source>Op&amp;en / edit…</source>
        <translation>打开 / 修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="374"/>
        <source>Resolved without a remedial action</source>
        <translation>未采取补救措施即解决</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="376"/>
        <source>No remedial action is recorded for this complaint. Why is it resolved without one? (kept in its history)</source>
        <translation>这条投诉没有记录补救措施。为什么不经补救就解决？（将记入经过记录）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="388"/>
        <source>Close complaint</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="390"/>
        <source>Close complaint #%1 (%2)? A closed complaint can no longer be edited, only annotated.</source>
        <translation>结案投诉 #%1（%2）？结案后不能再修改，只能添加备注。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="410"/>
        <source>Resolved without a remedial action: %1</source>
        <translation>未采取补救措施即解决：%1</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="484"/>
        <source>Incident report #%1</source>
        <translation>事件报告 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="498"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="498"/>
        <source>Add to the history:</source>
        <translation>添加到处理记录：</translation>
    </message>
</context>
<context>
    <name>ConflictPrompt</name>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="61"/>
        <source>Changed in another window</source>
        <translation>有人在别处修改了</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="62"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="65"/>
        <source>Changed in another window by %1 at %2, after you opened it.</source>
        <translation>在您打开之后，%1 于 %2 在另一个窗口修改了这条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="70"/>
        <source>Changed in another window by %1, after you opened it.</source>
        <translation>在您打开之后，%1 在另一个窗口修改了这条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="75"/>
        <source>Your changes are not saved, so nothing of theirs is undone.</source>
        <translation>您的修改尚未保存，对方的修改不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="80"/>
        <source>What they changed: %1</source>
        <translation>对方修改了：%1</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="89"/>
        <source>Reload shows what is stored now, with your text beside it to copy.</source>
        <translation>重新载入会显示当前保存的内容，您输入的文字会保留在旁边，可复制使用。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="94"/>
        <source>&amp;Reload (keep my text visible)</source>
        <translation>重新载入（保留我输入的文字）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="99"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="142"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="144"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="171"/>
        <source>Your text from before the reload (not saved; copy what you still need):</source>
        <translation>重新载入前您输入的文字（未保存；请复制仍需要的部分）：</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="181"/>
        <source>Your text from before the reload</source>
        <translation>重新载入前您输入的文字</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="170"/>
        <source>Set up vipdesk</source>
        <translation>设置 vipdesk</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="174"/>
        <source>No one can sign in to this database yet. Create the first administrator: they add the other staff accounts.</source>
        <translation>此数据库还没有可以登录的账户。请创建第一位管理员，由其添加其他员工账户。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="182"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="184"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="187"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="190"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="191"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="192"/>
        <source>N&amp;ame:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="193"/>
        <source>&amp;Password (8 characters or more):</source>
        <translation>密码（至少 8 个字符）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="194"/>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="210"/>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="223"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="237"/>
        <source>I have written it down</source>
        <translation>我已记下</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="243"/>
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
        <location filename="../../ui/guest_dialog.py" line="82"/>
        <source>&amp;Open existing</source>
        <translation>打开已有客人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="84"/>
        <source>&amp;Merge into existing</source>
        <translation>合并到已有客人(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="86"/>
        <source>It&apos;s a &amp;different person</source>
        <translation>不是同一个人(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="107"/>
        <source>Care and &amp;consent…</source>
        <translation>关怀与同意(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="117"/>
        <source>Edit guest</source>
        <translation>编辑客人</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="117"/>
        <source>New guest</source>
        <translation>新建客人</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="164"/>
        <source>This guest may already be on file. Open the existing guest, merge into it, or save as a different person.</source>
        <translation>这位客人可能已有档案。请打开已有客人、合并到已有客人，或作为另一位客人保存。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="294"/>
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
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="35"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="36"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="37"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="38"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="39"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="40"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="41"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="42"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="43"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="44"/>
        <source>Allergies and taboos</source>
        <translation>禁忌与过敏</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="45"/>
        <source>Special dates</source>
        <translation>特殊日期</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="46"/>
        <source>Stays</source>
        <translation>住店记录</translation>
    </message>
</context>
<context>
    <name>GuestForm</name>
    <message>
        <location filename="../../ui/guest_form.py" line="142"/>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="143"/>
        <source>&amp;Honorific</source>
        <translation>称谓(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="144"/>
        <source>Name in native script</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="145"/>
        <source>Name in Latin letters</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="146"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="147"/>
        <source>&amp;Tier</source>
        <translation>等级(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="148"/>
        <source>&amp;Member no.</source>
        <translation>会员号(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="149"/>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="150"/>
        <source>&amp;E-mail</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="151"/>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="152"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="153"/>
        <source>Preferred language</source>
        <translation>偏好语言</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="173"/>
        <source>e.g. +86 138 0013 8000; +852 9123 4567</source>
        <translation>例如 +86 138 0013 8000; +852 9123 4567</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="180"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="180"/>
        <source>Preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="184"/>
        <location filename="../../ui/guest_form.py" line="192"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="184"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="184"/>
        <source>Must never happen</source>
        <translation>绝对禁忌</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="192"/>
        <source>Date (month-day or year-month-day)</source>
        <translation>日期（月-日 或 年-月-日）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="192"/>
        <source>Label</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="197"/>
        <source>&amp;Add taboo or allergy</source>
        <translation>添加禁忌或过敏(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="197"/>
        <source>&amp;Remove taboo</source>
        <translation>删除禁忌(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="198"/>
        <source>Add &amp;preference</source>
        <translation>添加偏好(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="198"/>
        <source>Remo&amp;ve preference</source>
        <translation>删除偏好(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="199"/>
        <source>&amp;Add date</source>
        <translation>添加日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="199"/>
        <source>&amp;Remove date</source>
        <translation>删除日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="210"/>
        <source>Taboos and allergies</source>
        <translation>禁忌与过敏</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="213"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="219"/>
        <source>Birthdays and anniversaries (the year may be left out)</source>
        <translation>生日与纪念日（年份可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="231"/>
        <source>Choose &amp;photo…</source>
        <translation>选择照片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="234"/>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="252"/>
        <source>&amp;Guest</source>
        <translation>客人(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="253"/>
        <source>&amp;Likes and taboos</source>
        <translation>喜好与禁忌(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="254"/>
        <source>&amp;Dates</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="255"/>
        <source>N&amp;otes and photo</source>
        <translation>备注与照片(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="322"/>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="322"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="331"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="331"/>
        <source>This file is not an image vipdesk can read.</source>
        <translation>无法读取这个文件，它不是 vipdesk 支持的图片。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="353"/>
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
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Double VIP</source>
        <translation>双VIP</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Triple VIP</source>
        <translation>三VIP</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Regular</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Answer every question</source>
        <translation>有问必答</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Keep in touch</source>
        <translation>保持沟通</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>A dedicated person</source>
        <translation>专人负责</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Beyond-standard service</source>
        <translation>超常服务</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Professional advisor</source>
        <translation>专业顾问</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Long-term partner</source>
        <translation>成长伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Room</source>
        <translation>客房</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Food &amp; drink</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Amenities</source>
        <translation>客用品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>DANGER</source>
        <translation>危险</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Taboo</source>
        <translation>禁忌</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Allergy</source>
        <translation>过敏</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Special day</source>
        <translation>特别日子</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <location filename="../../ui/labels.py" line="163"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>exact</source>
        <translation>完全匹配</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>starts with</source>
        <translation>开头匹配</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <location filename="../../ui/labels.py" line="105"/>
        <source>initials</source>
        <translation>首字母</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>inside</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>ends with</source>
        <translation>结尾匹配</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>e-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>%1 today!</source>
        <translation>今天%1！</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>%1 tomorrow</source>
        <translation>明天%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="119"/>
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%n天后%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="148"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="156"/>
        <source>slow or untimely service</source>
        <translation>服务不及时</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>rigid rules</source>
        <translation>规章僵化</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>facilities</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>cleanliness</source>
        <translation>卫生</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>noise</source>
        <translation>噪音</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161"/>
        <source>billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162"/>
        <source>food</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171"/>
        <source>front office</source>
        <translation>前厅</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172"/>
        <source>housekeeping</source>
        <translation>客房</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="173"/>
        <source>food &amp; beverage</source>
        <translation>餐饮部</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>engineering</source>
        <translation>工程部</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>other department</source>
        <translation>其他部门</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="191"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="192"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="193"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="194"/>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>logged</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="203"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../ui/care_view.py" line="211"/>
        <location filename="../../ui/care_view.py" line="216"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="212"/>
        <location filename="../../ui/care_view.py" line="217"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="213"/>
        <location filename="../../ui/care_view.py" line="218"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="215"/>
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
        <location filename="../../ui/main_window.py" line="228"/>
        <source>vipdesk — guest recognition</source>
        <translation>vipdesk — 宾客识别</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Name, pinyin, initials, phone digits, member no., room…  (Ctrl+F)</source>
        <translation>姓名、拼音、首字母、手机尾号、会员号、房号…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Find a guest</source>
        <translation>查找客人</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>Guests found</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>&amp;Guest</source>
        <translation>客人(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>&amp;Find guest</source>
        <translation>查找客人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;New guest…</source>
        <translation>新建客人(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>&amp;Edit guest…</source>
        <translation>编辑客人(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;Print cards of the selected guests…</source>
        <translation>打印所选客人的卡片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Print &amp;registration cards…</source>
        <translation>打印入住登记卡(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Log a &amp;complaint…</source>
        <translation>登记投诉(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;All complaints…</source>
        <translation>全部投诉(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Care &amp;list…</source>
        <translation>关怀清单(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Database: %1 · Staff: %2</source>
        <translation>数据库：%1 · 员工：%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Arrow keys choose, Enter opens the profile.</source>
        <translation>用方向键选择，按回车打开档案。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="363"/>
        <source>%n guest(s) found</source>
        <translation>
            <numerusform>找到 %n 位客人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>No guest found. Check the spelling or try the phone number.</source>
        <translation>未找到客人。请检查拼写，或试试手机号。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>Find and select a guest first.</source>
        <translation>请先查找并选择客人。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>Guest cards</source>
        <translation>客人卡片</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>Registration cards</source>
        <translation>入住登记卡</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="554"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/labels.py" line="222"/>
        <source>your role may not do this</source>
        <translation>您的角色无权执行此操作</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <source>is required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236"/>
        <source>is in the future</source>
        <translation>不能是将来的时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="237"/>
        <source>is before the complaint happened</source>
        <translation>早于投诉发生时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="240"/>
        <source>is not between 1 and 5</source>
        <translation>须在 1 到 5 之间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="241"/>
        <source>say what the guest answered</source>
        <translation>请填写客人的回答</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="242"/>
        <source>the password needs at least 8 characters</source>
        <translation>密码至少需要 8 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="245"/>
        <source>the password must not be the user name</source>
        <translation>密码不能与用户名相同</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="248"/>
        <source>a PIN is 4 to 6 digits</source>
        <translation>PIN 码为 4 至 6 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257"/>
        <source>at least one duty manager or admin must remain</source>
        <translation>至少要保留一名值班经理或管理员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260"/>
        <source>at least one administrator who can sign in must remain</source>
        <translation>必须至少保留一位可以登录的管理员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263"/>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264"/>
        <source>too many wrong PINs: sign in with your password</source>
        <translation>PIN 码错误次数过多：请用密码登录</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>this database already has accounts: an administrator adds more</source>
        <translation>此数据库已有账户：请由管理员添加新账户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270"/>
        <source>this user name is taken</source>
        <translation>此用户名已被使用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271"/>
        <source>there is no such user</source>
        <translation>没有这个用户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="277"/>
        <source>only a duty manager or an admin can close a complaint</source>
        <translation>只有值班经理或管理员可以关闭投诉</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="280"/>
        <source>only an administrator can manage staff accounts and roles</source>
        <translation>只有管理员可以管理员工账户和角色</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="283"/>
        <source>only a duty manager or an admin can change the hotel&apos;s details</source>
        <translation>只有值班经理或管理员可以修改酒店信息</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="286"/>
        <source>only a duty manager or an admin can change the service standards</source>
        <translation>只有值班经理或管理员可以修改服务标准</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="289"/>
        <source>only a duty manager or an admin can change the complaint lists</source>
        <translation>只有值班经理或管理员可以修改投诉列表</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="292"/>
        <source>only a duty manager or an admin can skip a care task</source>
        <translation>只有值班经理或管理员可以跳过关怀任务</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="295"/>
        <source>only a duty manager or an admin can edit the care scripts</source>
        <translation>只有值班经理或管理员可以修改话术</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="298"/>
        <source>only a duty manager or an admin can change the care plan settings</source>
        <translation>只有值班经理或管理员可以修改关怀计划设置</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="301"/>
        <source>only a duty manager or an admin can set a guest&apos;s dedicated person</source>
        <translation>只有值班经理或管理员可以指定专人负责</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="254"/>
        <source>a closed complaint cannot be edited; add a note instead</source>
        <translation>已关闭的投诉不能修改，请添加备注</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/print_preview.py" line="124"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="127"/>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_preview.py" line="144"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="151"/>
        <source>The hotel&apos;s name is not set: these cards print without a hotel header. A duty manager can set the hotel&apos;s details in Settings (Ctrl+,).</source>
        <translation>尚未设置酒店名称：这些登记卡打印时没有酒店抬头。值班经理可以在“设置”（Ctrl+,）中填写酒店信息。</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="183"/>
        <source>The page (%1 × %2 mm) is larger than the printer&apos;s paper (%3 × %4 mm). Choose larger paper in the print dialog.</source>
        <translation>页面（%1 × %2 毫米）大于打印机的纸张（%3 × %4 毫米）。请在打印对话框中选择更大的纸张。</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="195"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="211"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
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
        <location filename="../../ui/profile_panel.py" line="160"/>
        <source>No guest selected</source>
        <translation>未选择客人</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="183"/>
        <source>Type a name, pinyin, initials or phone digits to find a guest.</source>
        <translation>输入姓名、拼音、首字母或手机号码查找客人。</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="229"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="250"/>
        <source>Care (AD stage)</source>
        <translation>关怀（AD阶段）</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="272"/>
        <source>Member %1</source>
        <translation>会员 %1</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="279"/>
        <source>&lt;b&gt;In house&lt;/b&gt;: room %1 until %2</source>
        <translation>&lt;b&gt;在住&lt;/b&gt;：%1 房，至 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="285"/>
        <source>%n stay(s)</source>
        <translation>
            <numerusform>入住 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="287"/>
        <source>last %1, room %2</source>
        <translation>上次 %1，%2 房</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="292"/>
        <source>First stay</source>
        <translation>首次入住</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="309"/>
        <source>%n unresolved complaint(s): handle with care</source>
        <translation>
            <numerusform>有 %n 条未解决的投诉：请格外用心</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="324"/>
        <source>Must never happen</source>
        <translation>绝对禁忌</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="334"/>
        <source>(turning %n)</source>
        <translation>
            <numerusform>（%n 岁）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="336"/>
        <source>(%n year(s))</source>
        <translation>
            <numerusform>（%n 周年）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="346"/>
        <source>Service standard for %1</source>
        <translation>%1的服务标准</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="361"/>
        <source>Likes</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="370"/>
        <source>Complaints</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="371"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="383"/>
        <source>room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="391"/>
        <source>Stays</source>
        <translation>入住记录</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>Receptionist</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>Duty manager</source>
        <translation>值班经理</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search_model.py" line="124"/>
        <source>birthday %1</source>
        <translation>生日 %1</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="114"/>
        <source>in house · %1</source>
        <translation>在住 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="114"/>
        <source>in house</source>
        <translation>在住</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="117"/>
        <source>arriving today</source>
        <translation>今日抵店</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="126"/>
        <source>last stay %1</source>
        <translation>上次入住 %1</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="134"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="134"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="134"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="134"/>
        <source>Matched</source>
        <translation>匹配</translation>
    </message>
</context>
<context>
    <name>ServiceCall</name>
    <message>
        <location filename="../../ui/operations.py" line="177"/>
        <source>Something went wrong. Your data is safe; the details are in the log.</source>
        <translation>出了点问题。您的数据是安全的；详情已记录在日志中。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Last good backup</source>
        <translation>上次成功备份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>&amp;Workstation</source>
        <translation>本机(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>&amp;Hotel</source>
        <translation>酒店(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>&amp;Staff</source>
        <translation>员工(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>Service s&amp;tandards</source>
        <translation>服务标准(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>Hotel &amp;name</source>
        <translation>酒店名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="142"/>
        <source>Printed on registration cards and complaint reports.</source>
        <translation>打印在入住登记卡和投诉报告上。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="144"/>
        <source>Only a duty manager or an administrator can change the hotel&apos;s details.</source>
        <translation>只有值班经理或管理员可以修改酒店信息。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="179"/>
        <source>What each tier is owed; the profile shows it as a checklist.</source>
        <translation>每个等级应享有的服务；客人资料中以清单显示。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="211"/>
        <source>&amp;Add staff member</source>
        <translation>添加员工(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="260"/>
        <source>Row %1: give a user name.</source>
        <translation>第 %1 行：请填写用户名。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="265"/>
        <source>The user name %1 is listed twice.</source>
        <translation>用户名 %1 重复。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="313"/>
        <source>Duty managers close complaints and change these settings.</source>
        <translation>值班经理可以关闭投诉并修改这些设置。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="315"/>
        <source>Only an administrator can change roles.</source>
        <translation>只有管理员可以更改角色。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="324"/>
        <source>none yet: one is made each day the app starts</source>
        <translation>尚无：每天首次启动时自动备份</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="51"/>
        <source>Sign in to vipdesk</source>
        <translation>登录 vipdesk</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="55"/>
        <source>Who is at the counter?</source>
        <translation>谁在前台？</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="62"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="65"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="66"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="67"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="70"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="71"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="78"/>
        <source>Demo database: sign in as %1 with the password %2.</source>
        <translation>演示数据库：请以 %1 登录，密码为 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="93"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="127"/>
        <source>Sign-in failed. After 10 failed attempts an account is locked for 30 minutes.</source>
        <translation>登录失败。连续失败 10 次后，账户将被锁定 30 分钟。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="137"/>
        <source>An admin reset your password: choose your own now.</source>
        <translation>管理员已重设您的密码：请现在设置您自己的密码。</translation>
    </message>
</context>
<context>
    <name>StayLabels</name>
    <message>
        <location filename="../../ui/stay_labels.py" line="15"/>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="16"/>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="17"/>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="18"/>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="19"/>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="20"/>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="21"/>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="28"/>
        <source>1 night</source>
        <translation>1晚</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="30"/>
        <source>%1 nights</source>
        <translation>%1晚</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="37"/>
        <source>first stay</source>
        <translation>首次入住</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="39"/>
        <source>%1 stay</source>
        <translation>第%2次入住</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="48"/>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="49"/>
        <source>anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="50"/>
        <source>special date</source>
        <translation>特别日期</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="53"/>
        <source>%1 on the arrival day</source>
        <translation>抵店当天%1</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="55"/>
        <source>%1 on %2, during the stay</source>
        <translation>住店期间%2%1</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="63"/>
        <source>Arriving today</source>
        <translation>今日抵店</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="65"/>
        <source>room %1</source>
        <translation>房间 %1</translation>
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
        <location filename="../../ui/today_board.py" line="348"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="351"/>
        <source>%1 arrivals · %2 VIP and above · %3 not matched · %4 birthdays</source>
        <translation>抵店 %1 位 · VIP及以上 %2 位 · 未匹配 %3 位 · 生日 %4 位</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="358"/>
        <source>Arrivals (%1)</source>
        <translation>抵店 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="359"/>
        <source>In house (%1)</source>
        <translation>在住 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="360"/>
        <source>Departures (%1)</source>
        <translation>离店 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="432"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="433"/>
        <source>To&amp;morrow</source>
        <translation>明天(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="434"/>
        <source>Day shown on the board</source>
        <translation>看板显示的日期</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="435"/>
        <source>Today&apos;s guests</source>
        <translation>今日宾客</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="436"/>
        <source>Arrivals, in house, departures</source>
        <translation>抵店、在住、离店</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="439"/>
        <source>Enter opens the profile · Space selects · Ctrl+P prints the registration and guest cards of the selected arrivals · Ctrl+1/2/3 arrivals, in house, departures · Esc back to the search box</source>
        <translation>回车打开档案 · 空格选择 · Ctrl+P 打印所选抵店客人的入住登记卡和宾客卡 · Ctrl+1/2/3 抵店、在住、离店 · Esc 返回搜索框</translation>
    </message>
</context>
<context>
    <name>TodayBoardModel</name>
    <message>
        <location filename="../../ui/today_board.py" line="112"/>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="113"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="114"/>
        <source>Stay</source>
        <translation>入住</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="115"/>
        <source>Requests</source>
        <translation>特殊要求</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="116"/>
        <source>Take care</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="165"/>
        <location filename="../../ui/today_board.py" line="197"/>
        <source>Not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="181"/>
        <source>not matched to a guest yet</source>
        <translation>尚未匹配到宾客档案</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="184"/>
        <source>allergy</source>
        <translation>过敏</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="184"/>
        <source>taboo</source>
        <translation>禁忌</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="189"/>
        <source>open complaint</source>
        <translation>有未结投诉</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="199"/>
        <source>until %1</source>
        <translation>住至 %1</translation>
    </message>
</context>
<context>
    <name>TodayHome</name>
    <message>
        <location filename="../../ui/today_home.py" line="85"/>
        <source>Select the arrivals to print first (Space selects).</source>
        <translation>请先选择要打印的抵店客人（空格选择）。</translation>
    </message>
    <message>
        <location filename="../../ui/today_home.py" line="89"/>
        <source>Registration and guest cards of %1 arrivals</source>
        <translation>%1 位抵店客人的入住登记卡和宾客卡</translation>
    </message>
</context>
</TS>
