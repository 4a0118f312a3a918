<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../vipdesk/ui/app.py" line="59"/>
        <source>Something went wrong. Your data is safe; the details are in the log file:
%1</source>
        <translation>Something went wrong. Your data is safe; the details are in the log file:
%1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/app.py" line="214"/>
        <source>Building the search index… %1%</source>
        <translation>Building the search index… %1%</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/app.py" line="219"/>
        <source>The search index is ready.</source>
        <translation>The search index is ready.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/app.py" line="225"/>
        <source>The search index could not be rebuilt: %1</source>
        <translation>The search index could not be rebuilt: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../vipdesk/ui/complaint_report_view.py" line="69"/>
        <source>No complaints</source>
        <translation>No complaints</translation>
    </message>
</context>
<context>
    <name>CareDetailsDialog</name>
    <message>
        <location filename="../../vipdesk/ui/care_details_dialog.py" line="38"/>
        <source>Care and consent</source>
        <translation>Care and consent</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_details_dialog.py" line="41"/>
        <location filename="../../vipdesk/ui/care_details_dialog.py" line="50"/>
        <source>Dedicated person</source>
        <translation>Dedicated person</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_details_dialog.py" line="44"/>
        <source>Do not contact (no calls, messages or wishes)</source>
        <translation>Do not contact (no calls, messages or wishes)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_details_dialog.py" line="59"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_details_dialog.py" line="63"/>
        <source>How it was given: registration card, by phone…</source>
        <translation>How it was given: registration card, by phone…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_details_dialog.py" line="64"/>
        <source>How consent was given</source>
        <translation>How consent was given</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_details_dialog.py" line="65"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_details_dialog.py" line="81"/>
        <source>— nobody —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_details_dialog.py" line="90"/>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
</context>
<context>
    <name>CareLabels</name>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="14"/>
        <source>611 message</source>
        <translation>611 message</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="15"/>
        <source>611 short call</source>
        <translation>611 short call</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="16"/>
        <source>611 long call</source>
        <translation>611 long call</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="17"/>
        <source>Keep in touch</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="18"/>
        <source>Second visit</source>
        <translation>Second visit</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="19"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="20"/>
        <source>Wake up</source>
        <translation>Wake up</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="21"/>
        <source>Win back</source>
        <translation>Win back</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="22"/>
        <source>Special day</source>
        <translation>Special day</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="23"/>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="29"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="30"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="31"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="32"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="33"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="34"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="40"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="41"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="42"/>
        <source>Left a message</source>
        <translation>Left a message</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="43"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="44"/>
        <source>Do not contact again</source>
        <translation>Do not contact again</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="50"/>
        <source>No stay yet</source>
        <translation>No stay yet</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="52"/>
        <source>A · first stay</source>
        <translation>A · first stay</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="53"/>
        <source>B · keep in touch</source>
        <translation>B · keep in touch</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="54"/>
        <source>C · 2nd stay: greet as a returning guest, recall their preferences</source>
        <translation>C · 2nd stay: greet as a returning guest, recall their preferences</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="57"/>
        <source>D · retention</source>
        <translation>D · retention</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="63"/>
        <source>New Year</source>
        <translation>New Year</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="64"/>
        <source>Spring Festival</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="65"/>
        <source>Lantern Festival</source>
        <translation>Lantern Festival</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="66"/>
        <source>Dragon Boat Festival</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="67"/>
        <source>Mid-Autumn Festival</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="68"/>
        <location filename="../../vipdesk/ui/care_labels.py" line="69"/>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="70"/>
        <source>Christmas</source>
        <translation>Christmas</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="82"/>
        <source>no stay for %1 months</source>
        <translation>no stay for %1 months</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="85"/>
        <source>complaint #%1 is overdue</source>
        <translation>complaint #%1 is overdue</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="86"/>
        <source>complaint #%1 was never resolved</source>
        <translation>complaint #%1 was never resolved</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="89"/>
        <source>complaint #%1: satisfaction 2 or less at the follow-up</source>
        <translation>complaint #%1: satisfaction 2 or less at the follow-up</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="95"/>
        <source>first stay, left %1: say thank you</source>
        <translation>first stay, left %1: say thank you</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="99"/>
        <source>2nd stay: greet as a returning guest, recall their preferences</source>
        <translation>2nd stay: greet as a returning guest, recall their preferences</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="103"/>
        <source>stay %1 ended: retention</source>
        <translation>stay %1 ended: retention</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="106"/>
        <source>birthday on %1</source>
        <translation>birthday on %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="107"/>
        <source>anniversary on %1</source>
        <translation>anniversary on %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="108"/>
        <source>special day on %1</source>
        <translation>special day on %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="112"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="117"/>
        <source>611: message on the 1st and 15th</source>
        <translation>611: message on the 1st and 15th</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="120"/>
        <source>611: mid-quarter call</source>
        <translation>611: mid-quarter call</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="121"/>
        <source>611: end-of-quarter call</source>
        <translation>611: end-of-quarter call</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_labels.py" line="128"/>
        <source>script-language: en</source>
        <translation>script-language: en</translation>
    </message>
</context>
<context>
    <name>CareListModel</name>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="119"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="133"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="134"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="135"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="136"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="137"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="138"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="139"/>
        <source>Script hint</source>
        <translation>Script hint</translation>
    </message>
</context>
<context>
    <name>CareView</name>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="313"/>
        <source>Care list — %1</source>
        <translation>Care list — %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="320"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="323"/>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="325"/>
        <source>%1 and above</source>
        <translation>%1 and above</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="326"/>
        <source>Everyone&apos;s</source>
        <translation>Everyone&apos;s</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="327"/>
        <source>Mine (dedicated person)</source>
        <translation>Mine (dedicated person)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="328"/>
        <source>For a duty manager</source>
        <translation>For a duty manager</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="334"/>
        <source>Task kind</source>
        <translation>Task kind</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="335"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="336"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="337"/>
        <source>Care tasks</source>
        <translation>Care tasks</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="338"/>
        <source>Script hint (Enter: log contact)</source>
        <translation>Script hint (Enter: log contact)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="339"/>
        <source>Script hint</source>
        <translation>Script hint</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="340"/>
        <source>Save script</source>
        <translation>Save script</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="341"/>
        <source>Call &amp;sheet…</source>
        <translation>Call &amp;sheet…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="342"/>
        <source>Monthly &amp;report…</source>
        <translation>Monthly &amp;report…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="384"/>
        <source>%1 of %2 tasks · %3 overdue</source>
        <translation>%1 of %2 tasks · %3 overdue</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="419"/>
        <source>Call sheet %1</source>
        <translation>Call sheet %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="427"/>
        <source>Care report %1</source>
        <translation>Care report %1</translation>
    </message>
</context>
<context>
    <name>CodeTable</name>
    <message>
        <location filename="../../vipdesk/ui/complaint_lists_dialog.py" line="35"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_lists_dialog.py" line="35"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_lists_dialog.py" line="41"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_lists_dialog.py" line="43"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>ComplaintDetails</name>
    <message>
        <location filename="../../vipdesk/ui/complaint_details.py" line="35"/>
        <source>Recovery steps</source>
        <translation>Recovery steps</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_details.py" line="47"/>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="130"/>
        <source>Complaint #%1 — %2</source>
        <translation>Complaint #%1 — %2</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="136"/>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="358"/>
        <source>Log a complaint — %1</source>
        <translation>Log a complaint — %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="138"/>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="355"/>
        <source>Log a complaint</source>
        <translation>Log a complaint</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="176"/>
        <source>The request is excessive</source>
        <translation>The request is excessive</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="208"/>
        <source>Returning guest?</source>
        <translation>Returning guest?</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="335"/>
        <source>it can no longer be edited, only annotated</source>
        <translation>it can no longer be edited, only annotated</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="244"/>
        <source>Recovery step</source>
        <translation>Recovery step</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="332"/>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="373"/>
        <source>returning guest</source>
        <translation>returning guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="332"/>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="373"/>
        <source>new guest</source>
        <translation>new guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="435"/>
        <source>give the time it was done</source>
        <translation>give the time it was done</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="443"/>
        <source>pick the guest, or create them</source>
        <translation>pick the guest, or create them</translation>
    </message>
</context>
<context>
    <name>ComplaintFields</name>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="67"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="69"/>
        <source>When it happened</source>
        <translation>When it happened</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="70"/>
        <source>Where / department</source>
        <translation>Where / department</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="71"/>
        <source>Which service</source>
        <translation>Which service</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="72"/>
        <source>Staff involved</source>
        <translation>Staff involved</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="73"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="74"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="75"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="76"/>
        <source>The guest&apos;s real reason</source>
        <translation>The guest&apos;s real reason</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="77"/>
        <source>What the guest wants</source>
        <translation>What the guest wants</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="78"/>
        <source>Excessive request</source>
        <translation>Excessive request</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="79"/>
        <source>Why excessive</source>
        <translation>Why excessive</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="80"/>
        <source>Promised feedback by</source>
        <translation>Promised feedback by</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="81"/>
        <source>Apologised</source>
        <translation>Apologised</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="82"/>
        <source>Listened</source>
        <translation>Listened</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="83"/>
        <source>Solution offered</source>
        <translation>Solution offered</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="84"/>
        <source>Remedial action taken</source>
        <translation>Remedial action taken</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="85"/>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="86"/>
        <source>Compensation value</source>
        <translation>Compensation value</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="87"/>
        <source>Duty manager</source>
        <translation>Duty manager</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="88"/>
        <source>Follow-up call</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="89"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="90"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <location filename="../../vipdesk/ui/complaint_list_model.py" line="73"/>
        <source>Feedback due</source>
        <translation>Feedback due</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_list_model.py" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_list_model.py" line="75"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_list_model.py" line="76"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_list_model.py" line="77"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_list_model.py" line="78"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
</context>
<context>
    <name>ComplaintListsDialog</name>
    <message>
        <location filename="../../vipdesk/ui/complaint_lists_dialog.py" line="96"/>
        <source>Departments and categories</source>
        <translation>Departments and categories</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_lists_dialog.py" line="102"/>
        <source>&amp;Departments</source>
        <translation>&amp;Departments</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_lists_dialog.py" line="103"/>
        <source>C&amp;ategories</source>
        <translation>C&amp;ategories</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_lists_dialog.py" line="106"/>
        <source>Codes are short lower-case words (letters, digits, _); complaints keep the code they were filed under.</source>
        <translation>Codes are short lower-case words (letters, digits, _); complaints keep the code they were filed under.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_lists_dialog.py" line="110"/>
        <source>Only a duty manager can change these lists.</source>
        <translation>Only a duty manager can change these lists.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_lists_dialog.py" line="137"/>
        <source>%1: the code %2 is listed twice</source>
        <translation>%1: the code %2 is listed twice</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_lists_dialog.py" line="147"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_lists_dialog.py" line="148"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
</context>
<context>
    <name>ComplaintReportView</name>
    <message>
        <location filename="../../vipdesk/ui/complaint_report_view.py" line="110"/>
        <source>Complaint report</source>
        <translation>Complaint report</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_report_view.py" line="120"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_report_view.py" line="121"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_report_view.py" line="122"/>
        <source>Resolved within the promised time</source>
        <translation>Resolved within the promised time</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_report_view.py" line="123"/>
        <source>Median time to resolve</source>
        <translation>Median time to resolve</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_report_view.py" line="130"/>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_report_view.py" line="132"/>
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_report_view.py" line="134"/>
        <source>&amp;Print / PDF…</source>
        <translation>&amp;Print / PDF…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_report_view.py" line="137"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_report_view.py" line="140"/>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_report_view.py" line="181"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_report_view.py" line="203"/>
        <source>Complaint report %1</source>
        <translation>Complaint report %1</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="85"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="100"/>
        <source>Not closed</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="211"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="216"/>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="108"/>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="112"/>
        <source>&amp;Happened since</source>
        <translation>&amp;Happened since</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="120"/>
        <source>Only complaints that happened on or after this day</source>
        <translation>Only complaints that happened on or after this day</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="124"/>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="140"/>
        <source>&amp;Start handling</source>
        <translation>&amp;Start handling</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="141"/>
        <source>&amp;Resolved</source>
        <translation>&amp;Resolved</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="142"/>
        <source>&amp;Follow-up call…</source>
        <translation>&amp;Follow-up call…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="143"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="150"/>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="155"/>
        <source>Complete or correct the complaint (Enter)</source>
        <translation>Complete or correct the complaint (Enter)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="158"/>
        <source>&amp;Incident report…</source>
        <translation>&amp;Incident report…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="163"/>
        <source>Im&amp;port logbook…</source>
        <translation>Im&amp;port logbook…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="166"/>
        <source>An Excel complaint logbook saved as CSV (UTF-8 or GB18030)</source>
        <translation>An Excel complaint logbook saved as CSV (UTF-8 or GB18030)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="170"/>
        <source>&amp;Lists…</source>
        <translation>&amp;Lists…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="172"/>
        <source>Departments and categories</source>
        <translation>Departments and categories</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="175"/>
        <source>&amp;Monthly report…</source>
        <translation>&amp;Monthly report…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="233"/>
        <source>Import a complaint logbook</source>
        <translation>Import a complaint logbook</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="235"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/complaints_view.py" line="308"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/complaints_view.py" line="308"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="153"/>
        <source>Op&amp;en / edit…</source>
        <translation>Op&amp;en / edit…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="434"/>
        <source>Incident report #%1</source>
        <translation>Incident report #%1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="449"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="449"/>
        <source>Add to the history:</source>
        <translation>Add to the history:</translation>
    </message>
</context>
<context>
    <name>ConflictPrompt</name>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="61"/>
        <source>Changed in another window</source>
        <translation>Changed in another window</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="62"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="65"/>
        <source>Changed in another window by %1 at %2, after you opened it.</source>
        <translation>Changed in another window by %1 at %2, after you opened it.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="70"/>
        <source>Changed in another window by %1, after you opened it.</source>
        <translation>Changed in another window by %1, after you opened it.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="75"/>
        <source>Your changes are not saved, so nothing of theirs is undone.</source>
        <translation>Your changes are not saved, so nothing of theirs is undone.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="80"/>
        <source>What they changed: %1</source>
        <translation>What they changed: %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="89"/>
        <source>Reload shows what is stored now, with your text beside it to copy.</source>
        <translation>Reload shows what is stored now, with your text beside it to copy.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="94"/>
        <source>&amp;Reload (keep my text visible)</source>
        <translation>&amp;Reload (keep my text visible)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="99"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="142"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="144"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="171"/>
        <source>Your text from before the reload (not saved; copy what you still need):</source>
        <translation>Your text from before the reload (not saved; copy what you still need):</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="181"/>
        <source>Your text from before the reload</source>
        <translation>Your text from before the reload</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../vipdesk/ui/followup_dialog.py" line="31"/>
        <source>Follow-up call — %1</source>
        <translation>Follow-up call — %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/followup_dialog.py" line="35"/>
        <source>What did the guest say?</source>
        <translation>What did the guest say?</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/followup_dialog.py" line="42"/>
        <source>very unhappy</source>
        <translation>very unhappy</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/followup_dialog.py" line="43"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/followup_dialog.py" line="44"/>
        <source>delighted</source>
        <translation>delighted</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/followup_dialog.py" line="51"/>
        <source>(1 very unhappy … 5 delighted)</source>
        <translation>(1 very unhappy … 5 delighted)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/followup_dialog.py" line="63"/>
        <source>What the guest said *</source>
        <translation>What the guest said *</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/followup_dialog.py" line="65"/>
        <source>Satisfaction after recovery</source>
        <translation>Satisfaction after recovery</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/followup_dialog.py" line="78"/>
        <source>Say what the guest answered.</source>
        <translation>Say what the guest answered.</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="81"/>
        <source>&amp;Open existing</source>
        <translation>&amp;Open existing</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="83"/>
        <source>&amp;Merge into existing</source>
        <translation>&amp;Merge into existing</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="85"/>
        <source>It&apos;s a &amp;different person</source>
        <translation>It&apos;s a &amp;different person</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="106"/>
        <source>Care and &amp;consent…</source>
        <translation>Care and &amp;consent…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="116"/>
        <source>Edit guest</source>
        <translation>Edit guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="116"/>
        <source>New guest</source>
        <translation>New guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="156"/>
        <source>This guest may already be on file. Open the existing guest, merge into it, or save as a different person.</source>
        <translation>This guest may already be on file. Open the existing guest, merge into it, or save as a different person.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="282"/>
        <source>Save the changes to this guest?</source>
        <translation>Save the changes to this guest?</translation>
    </message>
</context>
<context>
    <name>GuestFields</name>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="31"/>
        <source>Member number</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="32"/>
        <source>Name in own script</source>
        <translation>Name in own script</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="33"/>
        <source>Latin name</source>
        <translation>Latin name</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="34"/>
        <source>Honorific</source>
        <translation>Honorific</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="35"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="36"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="37"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="38"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="39"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="40"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="41"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="42"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="43"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="44"/>
        <source>Allergies and taboos</source>
        <translation>Allergies and taboos</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="45"/>
        <source>Special dates</source>
        <translation>Special dates</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/conflict_prompt.py" line="46"/>
        <source>Stays</source>
        <translation>Stays</translation>
    </message>
</context>
<context>
    <name>GuestForm</name>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="120"/>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="121"/>
        <source>&amp;Honorific</source>
        <translation>&amp;Honorific</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="122"/>
        <source>Name in native script</source>
        <translation>Name in native script</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="123"/>
        <source>Name in Latin letters</source>
        <translation>Name in Latin letters</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="124"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="125"/>
        <source>&amp;Tier</source>
        <translation>&amp;Tier</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="126"/>
        <source>&amp;Member no.</source>
        <translation>&amp;Member no.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="127"/>
        <source>&amp;Phones</source>
        <translation>&amp;Phones</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="128"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="129"/>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="130"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="131"/>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="147"/>
        <source>e.g. +86 138 0013 8000; +852 9123 4567</source>
        <translation>e.g. +86 138 0013 8000; +852 9123 4567</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="154"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="154"/>
        <source>Preference</source>
        <translation>Preference</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="158"/>
        <location filename="../../vipdesk/ui/guest_form.py" line="164"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="158"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="158"/>
        <source>Must never happen</source>
        <translation>Must never happen</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="164"/>
        <source>Date (month-day or year-month-day)</source>
        <translation>Date (month-day or year-month-day)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="164"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="169"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="169"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="180"/>
        <source>Taboos and allergies</source>
        <translation>Taboos and allergies</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="183"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="189"/>
        <source>Birthdays and anniversaries (the year may be left out)</source>
        <translation>Birthdays and anniversaries (the year may be left out)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="201"/>
        <source>Choose &amp;photo…</source>
        <translation>Choose &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="204"/>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="213"/>
        <source>&amp;Guest</source>
        <translation>&amp;Guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="214"/>
        <source>&amp;Likes and taboos</source>
        <translation>&amp;Likes and taboos</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="215"/>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="216"/>
        <source>N&amp;otes and photo</source>
        <translation>N&amp;otes and photo</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="272"/>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="272"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="281"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="281"/>
        <source>This file is not an image vipdesk can read.</source>
        <translation>This file is not an image vipdesk can read.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="303"/>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
</context>
<context>
    <name>GuestPicker</name>
    <message>
        <location filename="../../vipdesk/ui/guest_picker.py" line="33"/>
        <source>in house</source>
        <translation>in house</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_picker.py" line="52"/>
        <source>Name, pinyin, initials, phone digits, member no.</source>
        <translation>Name, pinyin, initials, phone digits, member no.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_picker.py" line="54"/>
        <source>New &amp;guest…</source>
        <translation>New &amp;guest…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_picker.py" line="110"/>
        <source>No guest found: use New guest… (Alt+G)</source>
        <translation>No guest found: use New guest… (Alt+G)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_picker.py" line="129"/>
        <source>Complaint by %1</source>
        <translation>Complaint by %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="26"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="27"/>
        <source>Double VIP</source>
        <translation>Double VIP</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="28"/>
        <source>Triple VIP</source>
        <translation>Triple VIP</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="24"/>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="25"/>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="34"/>
        <source>Answer every question</source>
        <translation>Answer every question</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="35"/>
        <source>Keep in touch</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="36"/>
        <source>A dedicated person</source>
        <translation>A dedicated person</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="37"/>
        <source>Beyond-standard service</source>
        <translation>Beyond-standard service</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="38"/>
        <source>Professional advisor</source>
        <translation>Professional advisor</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="39"/>
        <source>Long-term partner</source>
        <translation>Long-term partner</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="45"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="46"/>
        <source>Food &amp; drink</source>
        <translation>Food &amp; drink</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="47"/>
        <source>Amenities</source>
        <translation>Amenities</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="48"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="49"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="55"/>
        <source>caution</source>
        <translation>caution</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="56"/>
        <source>serious</source>
        <translation>serious</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="57"/>
        <source>DANGER</source>
        <translation>DANGER</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="63"/>
        <source>Taboo</source>
        <translation>Taboo</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="64"/>
        <source>Allergy</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="70"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="71"/>
        <source>Anniversary</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="72"/>
        <source>Special day</source>
        <translation>Special day</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="80"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="81"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="82"/>
        <location filename="../../vipdesk/ui/labels.py" line="140"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="88"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="89"/>
        <source>starts with</source>
        <translation>starts with</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="90"/>
        <location filename="../../vipdesk/ui/labels.py" line="100"/>
        <source>initials</source>
        <translation>initials</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="91"/>
        <source>inside</source>
        <translation>inside</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="92"/>
        <source>similar</source>
        <translation>similar</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="98"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="99"/>
        <source>pinyin</source>
        <translation>pinyin</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="101"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="102"/>
        <source>member no.</source>
        <translation>member no.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="103"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="104"/>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="105"/>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="113"/>
        <source>%1 today!</source>
        <translation>%1 today!</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="115"/>
        <source>%1 tomorrow</source>
        <translation>%1 tomorrow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/labels.py" line="116"/>
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 in %n day</numerusform>
            <numerusform>%1 in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="121"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="122"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="123"/>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="124"/>
        <source>followed up</source>
        <translation>followed up</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="125"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="132"/>
        <source>service attitude</source>
        <translation>service attitude</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="133"/>
        <source>slow or untimely service</source>
        <translation>slow or untimely service</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="134"/>
        <source>rigid rules</source>
        <translation>rigid rules</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="135"/>
        <source>facilities</source>
        <translation>facilities</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="136"/>
        <source>cleanliness</source>
        <translation>cleanliness</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="137"/>
        <source>noise</source>
        <translation>noise</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="138"/>
        <source>billing</source>
        <translation>billing</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="139"/>
        <source>food</source>
        <translation>food</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="148"/>
        <source>front office</source>
        <translation>front office</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="149"/>
        <source>housekeeping</source>
        <translation>housekeeping</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="150"/>
        <source>food &amp; beverage</source>
        <translation>food &amp; beverage</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="151"/>
        <source>engineering</source>
        <translation>engineering</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="152"/>
        <source>other department</source>
        <translation>other department</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="168"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="169"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="170"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="171"/>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="178"/>
        <source>logged</source>
        <translation>logged</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="179"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="180"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="181"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="182"/>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="211"/>
        <location filename="../../vipdesk/ui/care_view.py" line="216"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="212"/>
        <location filename="../../vipdesk/ui/care_view.py" line="217"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="213"/>
        <location filename="../../vipdesk/ui/care_view.py" line="218"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/care_view.py" line="215"/>
        <source>Log contact</source>
        <translation>Log contact</translation>
    </message>
</context>
<context>
    <name>LogbookResultDialog</name>
    <message>
        <location filename="../../vipdesk/ui/logbook_import.py" line="51"/>
        <source>Logbook imported</source>
        <translation>Logbook imported</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/logbook_import.py" line="53"/>
        <source>%1: %2 imported, %3 already there, %4 rejected.</source>
        <translation>%1: %2 imported, %3 already there, %4 rejected.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/logbook_import.py" line="68"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/logbook_import.py" line="68"/>
        <source>Why it was rejected</source>
        <translation>Why it was rejected</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/logbook_import.py" line="77"/>
        <source>Every rejected row, with its reason and original cells, is in %1.</source>
        <translation>Every rejected row, with its reason and original cells, is in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/logbook_import.py" line="80"/>
        <source>%n more not shown here.</source>
        <translation>
            <numerusform>%n more not shown here.</numerusform>
            <numerusform>%n more not shown here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="192"/>
        <source>vipdesk — guest recognition</source>
        <translation>vipdesk — guest recognition</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="194"/>
        <source>Name, pinyin, initials, phone digits, member no., room…  (Ctrl+F)</source>
        <translation>Name, pinyin, initials, phone digits, member no., room…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="196"/>
        <source>Find a guest</source>
        <translation>Find a guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="197"/>
        <source>Guests found</source>
        <translation>Guests found</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="198"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="199"/>
        <source>&amp;Guest</source>
        <translation>&amp;Guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="200"/>
        <source>&amp;Find guest</source>
        <translation>&amp;Find guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="201"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="202"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="203"/>
        <source>&amp;New guest…</source>
        <translation>&amp;New guest…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="204"/>
        <source>&amp;Edit guest…</source>
        <translation>&amp;Edit guest…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="205"/>
        <source>&amp;Print cards of the selected guests…</source>
        <translation>&amp;Print cards of the selected guests…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="206"/>
        <source>Print &amp;registration cards…</source>
        <translation>Print &amp;registration cards…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="207"/>
        <source>Log a &amp;complaint…</source>
        <translation>Log a &amp;complaint…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="208"/>
        <source>&amp;All complaints…</source>
        <translation>&amp;All complaints…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="209"/>
        <source>Care &amp;list…</source>
        <translation>Care &amp;list…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="225"/>
        <source>Database: %1 · Staff: %2</source>
        <translation>Database: %1 · Staff: %2</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="285"/>
        <source>Arrow keys choose, Enter opens the profile.</source>
        <translation>Arrow keys choose, Enter opens the profile.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/main_window.py" line="287"/>
        <source>%n guest(s) found</source>
        <translation>
            <numerusform>%n guest found</numerusform>
            <numerusform>%n guests found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="290"/>
        <source>No guest found. Check the spelling or try the phone number.</source>
        <translation>No guest found. Check the spelling or try the phone number.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="333"/>
        <source>Find and select a guest first.</source>
        <translation>Find and select a guest first.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="340"/>
        <source>Guest cards</source>
        <translation>Guest cards</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="340"/>
        <source>Registration cards</source>
        <translation>Registration cards</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="212"/>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="213"/>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="214"/>
        <source>is in the future</source>
        <translation>is in the future</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="215"/>
        <source>is before the complaint happened</source>
        <translation>is before the complaint happened</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="218"/>
        <source>is not between 1 and 5</source>
        <translation>is not between 1 and 5</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="219"/>
        <source>say what the guest answered</source>
        <translation>say what the guest answered</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="228"/>
        <source>at least one duty manager or admin must remain</source>
        <translation>Something went wrong. Your data is safe; the details are in the log file:
%1&lt;/source&gt;
        &lt;translation&gt;Something went wrong. Your data is safe; the details are in the log file:
%1&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;BarChart&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_report_view.py&quot; line=&quot;69&quot;/&gt;
        &lt;source&gt;No complaints&lt;/source&gt;
        &lt;translation&gt;No complaints&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CodeTable&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_lists_dialog.py&quot; line=&quot;35&quot;/&gt;
        &lt;source&gt;Code&lt;/source&gt;
        &lt;translation&gt;Code&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_lists_dialog.py&quot; line=&quot;35&quot;/&gt;
        &lt;source&gt;Label&lt;/source&gt;
        &lt;translation&gt;Label&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_lists_dialog.py&quot; line=&quot;41&quot;/&gt;
        &lt;source&gt;&amp;Add&lt;/source&gt;
        &lt;translation&gt;&amp;Add&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_lists_dialog.py&quot; line=&quot;43&quot;/&gt;
        &lt;source&gt;&amp;Remove&lt;/source&gt;
        &lt;translation&gt;&amp;Remove&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ComplaintDetails&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_details.py&quot; line=&quot;35&quot;/&gt;
        &lt;source&gt;Recovery steps&lt;/source&gt;
        &lt;translation&gt;Recovery steps&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_details.py&quot; line=&quot;47&quot;/&gt;
        &lt;source&gt;History&lt;/source&gt;
        &lt;translation&gt;History&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ComplaintDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;127&quot;/&gt;
        &lt;source&gt;Complaint #%1 — %2&lt;/source&gt;
        &lt;translation&gt;Complaint #%1 — %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;133&quot;/&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;353&quot;/&gt;
        &lt;source&gt;Log a complaint — %1&lt;/source&gt;
        &lt;translation&gt;Log a complaint — %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;135&quot;/&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;350&quot;/&gt;
        &lt;source&gt;Log a complaint&lt;/source&gt;
        &lt;translation&gt;Log a complaint&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;171&quot;/&gt;
        &lt;source&gt;The request is excessive&lt;/source&gt;
        &lt;translation&gt;The request is excessive&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;203&quot;/&gt;
        &lt;source&gt;Returning guest?&lt;/source&gt;
        &lt;translation&gt;Returning guest?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;330&quot;/&gt;
        &lt;source&gt;it can no longer be edited, only annotated&lt;/source&gt;
        &lt;translation&gt;it can no longer be edited, only annotated&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;239&quot;/&gt;
        &lt;source&gt;Recovery step&lt;/source&gt;
        &lt;translation&gt;Recovery step&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;327&quot;/&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;368&quot;/&gt;
        &lt;source&gt;returning guest&lt;/source&gt;
        &lt;translation&gt;returning guest&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;327&quot;/&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;368&quot;/&gt;
        &lt;source&gt;new guest&lt;/source&gt;
        &lt;translation&gt;new guest&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;430&quot;/&gt;
        &lt;source&gt;give the time it was done&lt;/source&gt;
        &lt;translation&gt;give the time it was done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;438&quot;/&gt;
        &lt;source&gt;pick the guest, or create them&lt;/source&gt;
        &lt;translation&gt;pick the guest, or create them&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ComplaintFields&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;64&quot;/&gt;
        &lt;source&gt;Guest&lt;/source&gt;
        &lt;translation&gt;Guest&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;65&quot;/&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;66&quot;/&gt;
        &lt;source&gt;When it happened&lt;/source&gt;
        &lt;translation&gt;When it happened&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;67&quot;/&gt;
        &lt;source&gt;Where / department&lt;/source&gt;
        &lt;translation&gt;Where / department&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;68&quot;/&gt;
        &lt;source&gt;Which service&lt;/source&gt;
        &lt;translation&gt;Which service&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;69&quot;/&gt;
        &lt;source&gt;Staff involved&lt;/source&gt;
        &lt;translation&gt;Staff involved&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;70&quot;/&gt;
        &lt;source&gt;Category&lt;/source&gt;
        &lt;translation&gt;Category&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;71&quot;/&gt;
        &lt;source&gt;Severity&lt;/source&gt;
        &lt;translation&gt;Severity&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;72&quot;/&gt;
        &lt;source&gt;What happened&lt;/source&gt;
        &lt;translation&gt;What happened&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;73&quot;/&gt;
        &lt;source&gt;The guest&apos;s real reason&lt;/source&gt;
        &lt;translation&gt;The guest&apos;s real reason&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;74&quot;/&gt;
        &lt;source&gt;What the guest wants&lt;/source&gt;
        &lt;translation&gt;What the guest wants&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;75&quot;/&gt;
        &lt;source&gt;Excessive request&lt;/source&gt;
        &lt;translation&gt;Excessive request&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;76&quot;/&gt;
        &lt;source&gt;Why excessive&lt;/source&gt;
        &lt;translation&gt;Why excessive&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;77&quot;/&gt;
        &lt;source&gt;Promised feedback by&lt;/source&gt;
        &lt;translation&gt;Promised feedback by&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;78&quot;/&gt;
        &lt;source&gt;Apologised&lt;/source&gt;
        &lt;translation&gt;Apologised&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;79&quot;/&gt;
        &lt;source&gt;Listened&lt;/source&gt;
        &lt;translation&gt;Listened&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;80&quot;/&gt;
        &lt;source&gt;Solution offered&lt;/source&gt;
        &lt;translation&gt;Solution offered&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;81&quot;/&gt;
        &lt;source&gt;Remedial action taken&lt;/source&gt;
        &lt;translation&gt;Remedial action taken&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;82&quot;/&gt;
        &lt;source&gt;Compensation&lt;/source&gt;
        &lt;translation&gt;Compensation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;83&quot;/&gt;
        &lt;source&gt;Compensation value&lt;/source&gt;
        &lt;translation&gt;Compensation value&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;84&quot;/&gt;
        &lt;source&gt;Duty manager&lt;/source&gt;
        &lt;translation&gt;Duty manager&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;85&quot;/&gt;
        &lt;source&gt;Follow-up call&lt;/source&gt;
        &lt;translation&gt;Follow-up call&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;86&quot;/&gt;
        &lt;source&gt;Satisfaction&lt;/source&gt;
        &lt;translation&gt;Satisfaction&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_dialog.py&quot; line=&quot;87&quot;/&gt;
        &lt;source&gt;Note&lt;/source&gt;
        &lt;translation&gt;Note&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ComplaintListModel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_list_model.py&quot; line=&quot;73&quot;/&gt;
        &lt;source&gt;Feedback due&lt;/source&gt;
        &lt;translation&gt;Feedback due&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_list_model.py&quot; line=&quot;74&quot;/&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_list_model.py&quot; line=&quot;75&quot;/&gt;
        &lt;source&gt;Category&lt;/source&gt;
        &lt;translation&gt;Category&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_list_model.py&quot; line=&quot;76&quot;/&gt;
        &lt;source&gt;Severity&lt;/source&gt;
        &lt;translation&gt;Severity&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_list_model.py&quot; line=&quot;77&quot;/&gt;
        &lt;source&gt;Department&lt;/source&gt;
        &lt;translation&gt;Department&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_list_model.py&quot; line=&quot;78&quot;/&gt;
        &lt;source&gt;Guest&lt;/source&gt;
        &lt;translation&gt;Guest&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ComplaintListsDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_lists_dialog.py&quot; line=&quot;96&quot;/&gt;
        &lt;source&gt;Departments and categories&lt;/source&gt;
        &lt;translation&gt;Departments and categories&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_lists_dialog.py&quot; line=&quot;102&quot;/&gt;
        &lt;source&gt;&amp;Departments&lt;/source&gt;
        &lt;translation&gt;&amp;Departments&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_lists_dialog.py&quot; line=&quot;103&quot;/&gt;
        &lt;source&gt;C&amp;ategories&lt;/source&gt;
        &lt;translation&gt;C&amp;ategories&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_lists_dialog.py&quot; line=&quot;106&quot;/&gt;
        &lt;source&gt;Codes are short lower-case words (letters, digits, _); complaints keep the code they were filed under.&lt;/source&gt;
        &lt;translation&gt;Codes are short lower-case words (letters, digits, _); complaints keep the code they were filed under.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_lists_dialog.py&quot; line=&quot;110&quot;/&gt;
        &lt;source&gt;Only a duty manager can change these lists.&lt;/source&gt;
        &lt;translation&gt;Only a duty manager can change these lists.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_lists_dialog.py&quot; line=&quot;137&quot;/&gt;
        &lt;source&gt;%1: the code %2 is listed twice&lt;/source&gt;
        &lt;translation&gt;%1: the code %2 is listed twice&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_lists_dialog.py&quot; line=&quot;147&quot;/&gt;
        &lt;source&gt;Departments&lt;/source&gt;
        &lt;translation&gt;Departments&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_lists_dialog.py&quot; line=&quot;148&quot;/&gt;
        &lt;source&gt;Categories&lt;/source&gt;
        &lt;translation&gt;Categories&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ComplaintReportView&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_report_view.py&quot; line=&quot;110&quot;/&gt;
        &lt;source&gt;Complaint report&lt;/source&gt;
        &lt;translation&gt;Complaint report&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_report_view.py&quot; line=&quot;120&quot;/&gt;
        &lt;source&gt;Complaints&lt;/source&gt;
        &lt;translation&gt;Complaints&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_report_view.py&quot; line=&quot;121&quot;/&gt;
        &lt;source&gt;Resolved&lt;/source&gt;
        &lt;translation&gt;Resolved&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_report_view.py&quot; line=&quot;122&quot;/&gt;
        &lt;source&gt;Resolved within the promised time&lt;/source&gt;
        &lt;translation&gt;Resolved within the promised time&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_report_view.py&quot; line=&quot;123&quot;/&gt;
        &lt;source&gt;Median time to resolve&lt;/source&gt;
        &lt;translation&gt;Median time to resolve&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_report_view.py&quot; line=&quot;130&quot;/&gt;
        &lt;source&gt;By category&lt;/source&gt;
        &lt;translation&gt;By category&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_report_view.py&quot; line=&quot;132&quot;/&gt;
        &lt;source&gt;By department&lt;/source&gt;
        &lt;translation&gt;By department&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_report_view.py&quot; line=&quot;134&quot;/&gt;
        &lt;source&gt;&amp;Print / PDF…&lt;/source&gt;
        &lt;translation&gt;&amp;Print / PDF…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_report_view.py&quot; line=&quot;137&quot;/&gt;
        &lt;source&gt;Close&lt;/source&gt;
        &lt;translation&gt;Close&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_report_view.py&quot; line=&quot;140&quot;/&gt;
        &lt;source&gt;&amp;Month:&lt;/source&gt;
        &lt;translation&gt;&amp;Month:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_report_view.py&quot; line=&quot;181&quot;/&gt;
        &lt;source&gt;%1 h&lt;/source&gt;
        &lt;translation&gt;%1 h&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaint_report_view.py&quot; line=&quot;203&quot;/&gt;
        &lt;source&gt;Complaint report %1&lt;/source&gt;
        &lt;translation&gt;Complaint report %1&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ComplaintsView&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;85&quot;/&gt;
        &lt;source&gt;Complaints&lt;/source&gt;
        &lt;translation&gt;Complaints&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;100&quot;/&gt;
        &lt;source&gt;Not closed&lt;/source&gt;
        &lt;translation&gt;Not closed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;211&quot;/&gt;
        &lt;source&gt;All categories&lt;/source&gt;
        &lt;translation&gt;All categories&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;216&quot;/&gt;
        &lt;source&gt;All departments&lt;/source&gt;
        &lt;translation&gt;All departments&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;108&quot;/&gt;
        &lt;source&gt;All severities&lt;/source&gt;
        &lt;translation&gt;All severities&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;112&quot;/&gt;
        &lt;source&gt;&amp;Happened since&lt;/source&gt;
        &lt;translation&gt;&amp;Happened since&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;120&quot;/&gt;
        &lt;source&gt;Only complaints that happened on or after this day&lt;/source&gt;
        &lt;translation&gt;Only complaints that happened on or after this day&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;124&quot;/&gt;
        &lt;source&gt;&amp;Overdue only&lt;/source&gt;
        &lt;translation&gt;&amp;Overdue only&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;140&quot;/&gt;
        &lt;source&gt;&amp;Start handling&lt;/source&gt;
        &lt;translation&gt;&amp;Start handling&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;141&quot;/&gt;
        &lt;source&gt;&amp;Resolved&lt;/source&gt;
        &lt;translation&gt;&amp;Resolved&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;142&quot;/&gt;
        &lt;source&gt;&amp;Follow-up call…&lt;/source&gt;
        &lt;translation&gt;&amp;Follow-up call…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;143&quot;/&gt;
        &lt;source&gt;&amp;Close&lt;/source&gt;
        &lt;translation&gt;&amp;Close&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;150&quot;/&gt;
        &lt;source&gt;&amp;Note…&lt;/source&gt;
        &lt;translation&gt;&amp;Note…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;155&quot;/&gt;
        &lt;source&gt;Complete or correct the complaint (Enter)&lt;/source&gt;
        &lt;translation&gt;Complete or correct the complaint (Enter)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;158&quot;/&gt;
        &lt;source&gt;&amp;Incident report…&lt;/source&gt;
        &lt;translation&gt;&amp;Incident report…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;163&quot;/&gt;
        &lt;source&gt;Im&amp;port logbook…&lt;/source&gt;
        &lt;translation&gt;Im&amp;port logbook…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;166&quot;/&gt;
        &lt;source&gt;An Excel complaint logbook saved as CSV (UTF-8 or GB18030)&lt;/source&gt;
        &lt;translation&gt;An Excel complaint logbook saved as CSV (UTF-8 or GB18030)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;170&quot;/&gt;
        &lt;source&gt;&amp;Lists…&lt;/source&gt;
        &lt;translation&gt;&amp;Lists…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;172&quot;/&gt;
        &lt;source&gt;Departments and categories&lt;/source&gt;
        &lt;translation&gt;Departments and categories&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;175&quot;/&gt;
        &lt;source&gt;&amp;Monthly report…&lt;/source&gt;
        &lt;translation&gt;&amp;Monthly report…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;233&quot;/&gt;
        &lt;source&gt;Import a complaint logbook&lt;/source&gt;
        &lt;translation&gt;Import a complaint logbook&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;235&quot;/&gt;
        &lt;source&gt;CSV files (*.csv);;All files (*)&lt;/source&gt;
        &lt;translation&gt;CSV files (*.csv);;All files (*)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;310&quot;/&gt;
        &lt;source&gt;%n complaint(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n complaint&lt;/numerusform&gt;
            &lt;numerusform&gt;%n complaints&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;310&quot;/&gt;
        &lt;source&gt;%n overdue&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n overdue&lt;/numerusform&gt;
            &lt;numerusform&gt;%n overdue&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;153&quot;/&gt;
        &lt;source&gt;Op&amp;en / edit…&lt;/source&gt;
        &lt;translation&gt;Op&amp;en / edit…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;436&quot;/&gt;
        &lt;source&gt;Incident report #%1&lt;/source&gt;
        &lt;translation&gt;Incident report #%1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;451&quot;/&gt;
        &lt;source&gt;Note&lt;/source&gt;
        &lt;translation&gt;Note&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/complaints_view.py&quot; line=&quot;451&quot;/&gt;
        &lt;source&gt;Add to the history:&lt;/source&gt;
        &lt;translation&gt;Add to the history:&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FollowUpDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/followup_dialog.py&quot; line=&quot;31&quot;/&gt;
        &lt;source&gt;Follow-up call — %1&lt;/source&gt;
        &lt;translation&gt;Follow-up call — %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/followup_dialog.py&quot; line=&quot;35&quot;/&gt;
        &lt;source&gt;What did the guest say?&lt;/source&gt;
        &lt;translation&gt;What did the guest say?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/followup_dialog.py&quot; line=&quot;42&quot;/&gt;
        &lt;source&gt;very unhappy&lt;/source&gt;
        &lt;translation&gt;very unhappy&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/followup_dialog.py&quot; line=&quot;43&quot;/&gt;
        &lt;source&gt;neutral&lt;/source&gt;
        &lt;translation&gt;neutral&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/followup_dialog.py&quot; line=&quot;44&quot;/&gt;
        &lt;source&gt;delighted&lt;/source&gt;
        &lt;translation&gt;delighted&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/followup_dialog.py&quot; line=&quot;51&quot;/&gt;
        &lt;source&gt;(1 very unhappy … 5 delighted)&lt;/source&gt;
        &lt;translation&gt;(1 very unhappy … 5 delighted)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/followup_dialog.py&quot; line=&quot;63&quot;/&gt;
        &lt;source&gt;What the guest said *&lt;/source&gt;
        &lt;translation&gt;What the guest said *&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/followup_dialog.py&quot; line=&quot;65&quot;/&gt;
        &lt;source&gt;Satisfaction after recovery&lt;/source&gt;
        &lt;translation&gt;Satisfaction after recovery&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/followup_dialog.py&quot; line=&quot;78&quot;/&gt;
        &lt;source&gt;Say what the guest answered.&lt;/source&gt;
        &lt;translation&gt;Say what the guest answered.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;GuestDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_dialog.py&quot; line=&quot;76&quot;/&gt;
        &lt;source&gt;&amp;Open existing&lt;/source&gt;
        &lt;translation&gt;&amp;Open existing&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_dialog.py&quot; line=&quot;78&quot;/&gt;
        &lt;source&gt;&amp;Merge into existing&lt;/source&gt;
        &lt;translation&gt;&amp;Merge into existing&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_dialog.py&quot; line=&quot;80&quot;/&gt;
        &lt;source&gt;It&apos;s a &amp;different person&lt;/source&gt;
        &lt;translation&gt;It&apos;s a &amp;different person&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_dialog.py&quot; line=&quot;104&quot;/&gt;
        &lt;source&gt;Edit guest&lt;/source&gt;
        &lt;translation&gt;Edit guest&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_dialog.py&quot; line=&quot;104&quot;/&gt;
        &lt;source&gt;New guest&lt;/source&gt;
        &lt;translation&gt;New guest&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_dialog.py&quot; line=&quot;134&quot;/&gt;
        &lt;source&gt;This guest may already be on file. Open the existing guest, merge into it, or save as a different person.&lt;/source&gt;
        &lt;translation&gt;This guest may already be on file. Open the existing guest, merge into it, or save as a different person.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_dialog.py&quot; line=&quot;216&quot;/&gt;
        &lt;source&gt;Save the changes to this guest?&lt;/source&gt;
        &lt;translation&gt;Save the changes to this guest?&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;GuestForm&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;119&quot;/&gt;
        &lt;source&gt;&amp;Name *&lt;/source&gt;
        &lt;translation&gt;&amp;Name *&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;120&quot;/&gt;
        &lt;source&gt;&amp;Honorific&lt;/source&gt;
        &lt;translation&gt;&amp;Honorific&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;121&quot;/&gt;
        &lt;source&gt;Name in native script&lt;/source&gt;
        &lt;translation&gt;Name in native script&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;122&quot;/&gt;
        &lt;source&gt;Name in Latin letters&lt;/source&gt;
        &lt;translation&gt;Name in Latin letters&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;123&quot;/&gt;
        &lt;source&gt;Gender&lt;/source&gt;
        &lt;translation&gt;Gender&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;124&quot;/&gt;
        &lt;source&gt;&amp;Tier&lt;/source&gt;
        &lt;translation&gt;&amp;Tier&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;125&quot;/&gt;
        &lt;source&gt;&amp;Member no.&lt;/source&gt;
        &lt;translation&gt;&amp;Member no.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;126&quot;/&gt;
        &lt;source&gt;&amp;Phones&lt;/source&gt;
        &lt;translation&gt;&amp;Phones&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;127&quot;/&gt;
        &lt;source&gt;&amp;E-mail&lt;/source&gt;
        &lt;translation&gt;&amp;E-mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;128&quot;/&gt;
        &lt;source&gt;&amp;Company&lt;/source&gt;
        &lt;translation&gt;&amp;Company&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;129&quot;/&gt;
        &lt;source&gt;Nationality&lt;/source&gt;
        &lt;translation&gt;Nationality&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;130&quot;/&gt;
        &lt;source&gt;Preferred language&lt;/source&gt;
        &lt;translation&gt;Preferred language&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;146&quot;/&gt;
        &lt;source&gt;e.g. +86 138 0013 8000; +852 9123 4567&lt;/source&gt;
        &lt;translation&gt;e.g. +86 138 0013 8000; +852 9123 4567&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;153&quot;/&gt;
        &lt;source&gt;Category&lt;/source&gt;
        &lt;translation&gt;Category&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;153&quot;/&gt;
        &lt;source&gt;Preference&lt;/source&gt;
        &lt;translation&gt;Preference&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;157&quot;/&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;163&quot;/&gt;
        &lt;source&gt;Kind&lt;/source&gt;
        &lt;translation&gt;Kind&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;157&quot;/&gt;
        &lt;source&gt;Severity&lt;/source&gt;
        &lt;translation&gt;Severity&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;157&quot;/&gt;
        &lt;source&gt;Must never happen&lt;/source&gt;
        &lt;translation&gt;Must never happen&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;163&quot;/&gt;
        &lt;source&gt;Date (month-day or year-month-day)&lt;/source&gt;
        &lt;translation&gt;Date (month-day or year-month-day)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;163&quot;/&gt;
        &lt;source&gt;Label&lt;/source&gt;
        &lt;translation&gt;Label&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;168&quot;/&gt;
        &lt;source&gt;Add&lt;/source&gt;
        &lt;translation&gt;Add&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;168&quot;/&gt;
        &lt;source&gt;Remove&lt;/source&gt;
        &lt;translation&gt;Remove&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;179&quot;/&gt;
        &lt;source&gt;Taboos and allergies&lt;/source&gt;
        &lt;translation&gt;Taboos and allergies&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;182&quot;/&gt;
        &lt;source&gt;Preferences&lt;/source&gt;
        &lt;translation&gt;Preferences&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;188&quot;/&gt;
        &lt;source&gt;Birthdays and anniversaries (the year may be left out)&lt;/source&gt;
        &lt;translation&gt;Birthdays and anniversaries (the year may be left out)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;200&quot;/&gt;
        &lt;source&gt;Choose &amp;photo…&lt;/source&gt;
        &lt;translation&gt;Choose &amp;photo…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;203&quot;/&gt;
        &lt;source&gt;Remove photo&lt;/source&gt;
        &lt;translation&gt;Remove photo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;212&quot;/&gt;
        &lt;source&gt;&amp;Guest&lt;/source&gt;
        &lt;translation&gt;&amp;Guest&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;213&quot;/&gt;
        &lt;source&gt;&amp;Likes and taboos&lt;/source&gt;
        &lt;translation&gt;&amp;Likes and taboos&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;214&quot;/&gt;
        &lt;source&gt;&amp;Dates&lt;/source&gt;
        &lt;translation&gt;&amp;Dates&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;215&quot;/&gt;
        &lt;source&gt;N&amp;otes and photo&lt;/source&gt;
        &lt;translation&gt;N&amp;otes and photo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;271&quot;/&gt;
        &lt;source&gt;Choose a photo&lt;/source&gt;
        &lt;translation&gt;Choose a photo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;271&quot;/&gt;
        &lt;source&gt;Images (*.jpg *.jpeg *.png *.bmp *.webp)&lt;/source&gt;
        &lt;translation&gt;Images (*.jpg *.jpeg *.png *.bmp *.webp)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;280&quot;/&gt;
        &lt;source&gt;Photo&lt;/source&gt;
        &lt;translation&gt;Photo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;280&quot;/&gt;
        &lt;source&gt;This file is not an image vipdesk can read.&lt;/source&gt;
        &lt;translation&gt;This file is not an image vipdesk can read.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_form.py&quot; line=&quot;302&quot;/&gt;
        &lt;source&gt;No photo&lt;/source&gt;
        &lt;translation&gt;No photo&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;GuestPicker&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_picker.py&quot; line=&quot;33&quot;/&gt;
        &lt;source&gt;in house&lt;/source&gt;
        &lt;translation&gt;in house&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_picker.py&quot; line=&quot;52&quot;/&gt;
        &lt;source&gt;Name, pinyin, initials, phone digits, member no.&lt;/source&gt;
        &lt;translation&gt;Name, pinyin, initials, phone digits, member no.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_picker.py&quot; line=&quot;54&quot;/&gt;
        &lt;source&gt;New &amp;guest…&lt;/source&gt;
        &lt;translation&gt;New &amp;guest…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_picker.py&quot; line=&quot;110&quot;/&gt;
        &lt;source&gt;No guest found: use New guest… (Alt+G)&lt;/source&gt;
        &lt;translation&gt;No guest found: use New guest… (Alt+G)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/guest_picker.py&quot; line=&quot;129&quot;/&gt;
        &lt;source&gt;Complaint by %1&lt;/source&gt;
        &lt;translation&gt;Complaint by %1&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Labels&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;23&quot;/&gt;
        &lt;source&gt;Regular (P)&lt;/source&gt;
        &lt;translation&gt;Regular (P)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;24&quot;/&gt;
        &lt;source&gt;Important (IP)&lt;/source&gt;
        &lt;translation&gt;Important (IP)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;25&quot;/&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;35&quot;/&gt;
        &lt;source&gt;VIP&lt;/source&gt;
        &lt;translation&gt;VIP&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;26&quot;/&gt;
        &lt;source&gt;Double VIP&lt;/source&gt;
        &lt;translation&gt;Double VIP&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;27&quot;/&gt;
        &lt;source&gt;Triple VIP&lt;/source&gt;
        &lt;translation&gt;Triple VIP&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;33&quot;/&gt;
        &lt;source&gt;P&lt;/source&gt;
        &lt;translation&gt;P&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;34&quot;/&gt;
        &lt;source&gt;IP&lt;/source&gt;
        &lt;translation&gt;IP&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;36&quot;/&gt;
        &lt;source&gt;VVIP&lt;/source&gt;
        &lt;translation&gt;VVIP&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;37&quot;/&gt;
        &lt;source&gt;VVVIP&lt;/source&gt;
        &lt;translation&gt;VVVIP&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;43&quot;/&gt;
        &lt;source&gt;Answer every question&lt;/source&gt;
        &lt;translation&gt;Answer every question&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;44&quot;/&gt;
        &lt;source&gt;Keep in touch&lt;/source&gt;
        &lt;translation&gt;Keep in touch&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;45&quot;/&gt;
        &lt;source&gt;A dedicated person&lt;/source&gt;
        &lt;translation&gt;A dedicated person&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;46&quot;/&gt;
        &lt;source&gt;Beyond-standard service&lt;/source&gt;
        &lt;translation&gt;Beyond-standard service&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;47&quot;/&gt;
        &lt;source&gt;Professional advisor&lt;/source&gt;
        &lt;translation&gt;Professional advisor&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;48&quot;/&gt;
        &lt;source&gt;Long-term partner&lt;/source&gt;
        &lt;translation&gt;Long-term partner&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;54&quot;/&gt;
        &lt;source&gt;Room&lt;/source&gt;
        &lt;translation&gt;Room&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;55&quot;/&gt;
        &lt;source&gt;Food &amp; drink&lt;/source&gt;
        &lt;translation&gt;Food &amp; drink&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;56&quot;/&gt;
        &lt;source&gt;Amenities&lt;/source&gt;
        &lt;translation&gt;Amenities&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;57&quot;/&gt;
        &lt;source&gt;Communication&lt;/source&gt;
        &lt;translation&gt;Communication&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;58&quot;/&gt;
        &lt;source&gt;Other&lt;/source&gt;
        &lt;translation&gt;Other&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;64&quot;/&gt;
        &lt;source&gt;caution&lt;/source&gt;
        &lt;translation&gt;caution&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;65&quot;/&gt;
        &lt;source&gt;serious&lt;/source&gt;
        &lt;translation&gt;serious&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;66&quot;/&gt;
        &lt;source&gt;DANGER&lt;/source&gt;
        &lt;translation&gt;DANGER&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;72&quot;/&gt;
        &lt;source&gt;Taboo&lt;/source&gt;
        &lt;translation&gt;Taboo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;73&quot;/&gt;
        &lt;source&gt;Allergy&lt;/source&gt;
        &lt;translation&gt;Allergy&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;79&quot;/&gt;
        &lt;source&gt;Birthday&lt;/source&gt;
        &lt;translation&gt;Birthday&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;80&quot;/&gt;
        &lt;source&gt;Anniversary&lt;/source&gt;
        &lt;translation&gt;Anniversary&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;81&quot;/&gt;
        &lt;source&gt;Special day&lt;/source&gt;
        &lt;translation&gt;Special day&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;89&quot;/&gt;
        &lt;source&gt;female&lt;/source&gt;
        &lt;translation&gt;female&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;90&quot;/&gt;
        &lt;source&gt;male&lt;/source&gt;
        &lt;translation&gt;male&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;91&quot;/&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;149&quot;/&gt;
        &lt;source&gt;other&lt;/source&gt;
        &lt;translation&gt;other&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;97&quot;/&gt;
        &lt;source&gt;exact&lt;/source&gt;
        &lt;translation&gt;exact&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;98&quot;/&gt;
        &lt;source&gt;starts with&lt;/source&gt;
        &lt;translation&gt;starts with&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;99&quot;/&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;109&quot;/&gt;
        &lt;source&gt;initials&lt;/source&gt;
        &lt;translation&gt;initials&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;100&quot;/&gt;
        &lt;source&gt;inside&lt;/source&gt;
        &lt;translation&gt;inside&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;101&quot;/&gt;
        &lt;source&gt;similar&lt;/source&gt;
        &lt;translation&gt;similar&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;107&quot;/&gt;
        &lt;source&gt;name&lt;/source&gt;
        &lt;translation&gt;name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;108&quot;/&gt;
        &lt;source&gt;pinyin&lt;/source&gt;
        &lt;translation&gt;pinyin&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;110&quot;/&gt;
        &lt;source&gt;phone&lt;/source&gt;
        &lt;translation&gt;phone&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;111&quot;/&gt;
        &lt;source&gt;member no.&lt;/source&gt;
        &lt;translation&gt;member no.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;112&quot;/&gt;
        &lt;source&gt;e-mail&lt;/source&gt;
        &lt;translation&gt;e-mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;113&quot;/&gt;
        &lt;source&gt;company&lt;/source&gt;
        &lt;translation&gt;company&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;114&quot;/&gt;
        &lt;source&gt;room&lt;/source&gt;
        &lt;translation&gt;room&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;122&quot;/&gt;
        &lt;source&gt;%1 today!&lt;/source&gt;
        &lt;translation&gt;%1 today!&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;124&quot;/&gt;
        &lt;source&gt;%1 tomorrow&lt;/source&gt;
        &lt;translation&gt;%1 tomorrow&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;125&quot;/&gt;
        &lt;source&gt;%1 in %n day(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 in %n day&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 in %n days&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;130&quot;/&gt;
        &lt;source&gt;open&lt;/source&gt;
        &lt;translation&gt;open&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;131&quot;/&gt;
        &lt;source&gt;in progress&lt;/source&gt;
        &lt;translation&gt;in progress&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;132&quot;/&gt;
        &lt;source&gt;resolved&lt;/source&gt;
        &lt;translation&gt;resolved&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;133&quot;/&gt;
        &lt;source&gt;followed up&lt;/source&gt;
        &lt;translation&gt;followed up&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;134&quot;/&gt;
        &lt;source&gt;closed&lt;/source&gt;
        &lt;translation&gt;closed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;141&quot;/&gt;
        &lt;source&gt;service attitude&lt;/source&gt;
        &lt;translation&gt;service attitude&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;142&quot;/&gt;
        &lt;source&gt;slow or untimely service&lt;/source&gt;
        &lt;translation&gt;slow or untimely service&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;143&quot;/&gt;
        &lt;source&gt;rigid rules&lt;/source&gt;
        &lt;translation&gt;rigid rules&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;144&quot;/&gt;
        &lt;source&gt;facilities&lt;/source&gt;
        &lt;translation&gt;facilities&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;145&quot;/&gt;
        &lt;source&gt;cleanliness&lt;/source&gt;
        &lt;translation&gt;cleanliness&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;146&quot;/&gt;
        &lt;source&gt;noise&lt;/source&gt;
        &lt;translation&gt;noise&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;147&quot;/&gt;
        &lt;source&gt;billing&lt;/source&gt;
        &lt;translation&gt;billing&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;148&quot;/&gt;
        &lt;source&gt;food&lt;/source&gt;
        &lt;translation&gt;food&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;157&quot;/&gt;
        &lt;source&gt;front office&lt;/source&gt;
        &lt;translation&gt;front office&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;158&quot;/&gt;
        &lt;source&gt;housekeeping&lt;/source&gt;
        &lt;translation&gt;housekeeping&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;159&quot;/&gt;
        &lt;source&gt;food &amp; beverage&lt;/source&gt;
        &lt;translation&gt;food &amp; beverage&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;160&quot;/&gt;
        &lt;source&gt;engineering&lt;/source&gt;
        &lt;translation&gt;engineering&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;161&quot;/&gt;
        &lt;source&gt;other department&lt;/source&gt;
        &lt;translation&gt;other department&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;177&quot;/&gt;
        &lt;source&gt;low&lt;/source&gt;
        &lt;translation&gt;low&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;178&quot;/&gt;
        &lt;source&gt;medium&lt;/source&gt;
        &lt;translation&gt;medium&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;179&quot;/&gt;
        &lt;source&gt;high&lt;/source&gt;
        &lt;translation&gt;high&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;180&quot;/&gt;
        &lt;source&gt;critical&lt;/source&gt;
        &lt;translation&gt;critical&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;187&quot;/&gt;
        &lt;source&gt;logged&lt;/source&gt;
        &lt;translation&gt;logged&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;188&quot;/&gt;
        &lt;source&gt;imported&lt;/source&gt;
        &lt;translation&gt;imported&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;189&quot;/&gt;
        &lt;source&gt;status&lt;/source&gt;
        &lt;translation&gt;status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;190&quot;/&gt;
        &lt;source&gt;edited&lt;/source&gt;
        &lt;translation&gt;edited&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;191&quot;/&gt;
        &lt;source&gt;note&lt;/source&gt;
        &lt;translation&gt;note&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;LogbookResultDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/logbook_import.py&quot; line=&quot;50&quot;/&gt;
        &lt;source&gt;Logbook imported&lt;/source&gt;
        &lt;translation&gt;Logbook imported&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/logbook_import.py&quot; line=&quot;52&quot;/&gt;
        &lt;source&gt;%1: %2 imported, %3 already there, %4 rejected.&lt;/source&gt;
        &lt;translation&gt;%1: %2 imported, %3 already there, %4 rejected.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/logbook_import.py&quot; line=&quot;67&quot;/&gt;
        &lt;source&gt;Line&lt;/source&gt;
        &lt;translation&gt;Line&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/logbook_import.py&quot; line=&quot;67&quot;/&gt;
        &lt;source&gt;Why it was rejected&lt;/source&gt;
        &lt;translation&gt;Why it was rejected&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/logbook_import.py&quot; line=&quot;76&quot;/&gt;
        &lt;source&gt;Every rejected row, with its reason and original cells, is in %1.&lt;/source&gt;
        &lt;translation&gt;Every rejected row, with its reason and original cells, is in %1.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location filename=&quot;../../vipdesk/ui/logbook_import.py&quot; line=&quot;79&quot;/&gt;
        &lt;source&gt;%n more not shown here.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n more not shown here.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n more not shown here.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;MainWindow&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;185&quot;/&gt;
        &lt;source&gt;vipdesk — guest recognition&lt;/source&gt;
        &lt;translation&gt;vipdesk — guest recognition&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;187&quot;/&gt;
        &lt;source&gt;Name, pinyin, initials, phone digits, member no., room…  (Ctrl+F)&lt;/source&gt;
        &lt;translation&gt;Name, pinyin, initials, phone digits, member no., room…  (Ctrl+F)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;189&quot;/&gt;
        &lt;source&gt;Find a guest&lt;/source&gt;
        &lt;translation&gt;Find a guest&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;190&quot;/&gt;
        &lt;source&gt;Guests found&lt;/source&gt;
        &lt;translation&gt;Guests found&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;191&quot;/&gt;
        &lt;source&gt;&amp;File&lt;/source&gt;
        &lt;translation&gt;&amp;File&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;192&quot;/&gt;
        &lt;source&gt;&amp;Guest&lt;/source&gt;
        &lt;translation&gt;&amp;Guest&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;193&quot;/&gt;
        &lt;source&gt;&amp;Find guest&lt;/source&gt;
        &lt;translation&gt;&amp;Find guest&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;194&quot;/&gt;
        &lt;source&gt;&amp;Settings…&lt;/source&gt;
        &lt;translation&gt;&amp;Settings…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;195&quot;/&gt;
        &lt;source&gt;&amp;Quit&lt;/source&gt;
        &lt;translation&gt;&amp;Quit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;196&quot;/&gt;
        &lt;source&gt;&amp;New guest…&lt;/source&gt;
        &lt;translation&gt;&amp;New guest…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;197&quot;/&gt;
        &lt;source&gt;&amp;Edit guest…&lt;/source&gt;
        &lt;translation&gt;&amp;Edit guest…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;198&quot;/&gt;
        &lt;source&gt;&amp;Print cards of the selected guests…&lt;/source&gt;
        &lt;translation&gt;&amp;Print cards of the selected guests…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;199&quot;/&gt;
        &lt;source&gt;Print &amp;registration cards…&lt;/source&gt;
        &lt;translation&gt;Print &amp;registration cards…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;200&quot;/&gt;
        &lt;source&gt;Log a &amp;complaint…&lt;/source&gt;
        &lt;translation&gt;Log a &amp;complaint…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;201&quot;/&gt;
        &lt;source&gt;&amp;All complaints…&lt;/source&gt;
        &lt;translation&gt;&amp;All complaints…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;216&quot;/&gt;
        &lt;source&gt;Database: %1 · Staff: %2&lt;/source&gt;
        &lt;translation&gt;Database: %1 · Staff: %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;276&quot;/&gt;
        &lt;source&gt;Arrow keys choose, Enter opens the profile.&lt;/source&gt;
        &lt;translation&gt;Arrow keys choose, Enter opens the profile.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;278&quot;/&gt;
        &lt;source&gt;%n guest(s) found&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n guest found&lt;/numerusform&gt;
            &lt;numerusform&gt;%n guests found&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;281&quot;/&gt;
        &lt;source&gt;No guest found. Check the spelling or try the phone number.&lt;/source&gt;
        &lt;translation&gt;No guest found. Check the spelling or try the phone number.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;324&quot;/&gt;
        &lt;source&gt;Find and select a guest first.&lt;/source&gt;
        &lt;translation&gt;Find and select a guest first.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;331&quot;/&gt;
        &lt;source&gt;Guest cards&lt;/source&gt;
        &lt;translation&gt;Guest cards&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/main_window.py&quot; line=&quot;331&quot;/&gt;
        &lt;source&gt;Registration cards&lt;/source&gt;
        &lt;translation&gt;Registration cards&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Messages&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;221&quot;/&gt;
        &lt;source&gt;is required&lt;/source&gt;
        &lt;translation&gt;is required&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;222&quot;/&gt;
        &lt;source&gt;is empty&lt;/source&gt;
        &lt;translation&gt;is empty&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;223&quot;/&gt;
        &lt;source&gt;is in the future&lt;/source&gt;
        &lt;translation&gt;is in the future&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;224&quot;/&gt;
        &lt;source&gt;is before the complaint happened&lt;/source&gt;
        &lt;translation&gt;is before the complaint happened&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;227&quot;/&gt;
        &lt;source&gt;is not between 1 and 5&lt;/source&gt;
        &lt;translation&gt;is not between 1 and 5&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;228&quot;/&gt;
        &lt;source&gt;say what the guest answered&lt;/source&gt;
        &lt;translation&gt;say what the guest answered&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;237&quot;/&gt;
        &lt;source&gt;at least one duty manager or admin must remain</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="236"/>
        <source>only a duty manager or an admin can close a complaint</source>
        <translation>only a duty manager or an admin can close a complaint</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="239"/>
        <source>only a duty manager or an admin can change staff roles</source>
        <translation>only a duty manager or an admin can change staff roles</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="242"/>
        <source>only a duty manager or an admin can change the hotel&apos;s details</source>
        <translation>only a duty manager or an admin can change the hotel&apos;s details</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="245"/>
        <source>only a duty manager or an admin can change the service standards</source>
        <translation>only a duty manager or an admin can close a complaint&lt;/source&gt;
        &lt;translation&gt;only a duty manager or an admin can close a complaint&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;248&quot;/&gt;
        &lt;source&gt;only a duty manager or an admin can change staff roles&lt;/source&gt;
        &lt;translation&gt;only a duty manager or an admin can change staff roles&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;251&quot;/&gt;
        &lt;source&gt;only a duty manager or an admin can change the hotel&apos;s details&lt;/source&gt;
        &lt;translation&gt;only a duty manager or an admin can change the hotel&apos;s details&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../vipdesk/ui/labels.py&quot; line=&quot;254&quot;/&gt;
        &lt;source&gt;only a duty manager or an admin can change the service standards</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="248"/>
        <source>only a duty manager or an admin can change the complaint lists</source>
        <translation>only a duty manager or an admin can change the complaint lists</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="251"/>
        <source>only a duty manager or an admin can skip a care task</source>
        <translation>only a duty manager or an admin can skip a care task</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="254"/>
        <source>only a duty manager or an admin can edit the care scripts</source>
        <translation>only a duty manager or an admin can edit the care scripts</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="257"/>
        <source>only a duty manager or an admin can change the care plan settings</source>
        <translation>only a duty manager or an admin can change the care plan settings</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="260"/>
        <source>only a duty manager or an admin can set a guest&apos;s dedicated person</source>
        <translation>only a duty manager or an admin can set a guest&apos;s dedicated person</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="225"/>
        <source>a closed complaint cannot be edited; add a note instead</source>
        <translation>a closed complaint cannot be edited; add a note instead</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../vipdesk/ui/print_preview.py" line="124"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/print_preview.py" line="127"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/print_preview.py" line="144"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/print_preview.py" line="151"/>
        <source>The hotel&apos;s name is not set: these cards print without a hotel header. A duty manager can set the hotel&apos;s details in Settings (Ctrl+,).</source>
        <translation>The hotel&apos;s name is not set: these cards print without a hotel header. A duty manager can set the hotel&apos;s details in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/print_preview.py" line="183"/>
        <source>The page (%1 × %2 mm) is larger than the printer&apos;s paper (%3 × %4 mm). Choose larger paper in the print dialog.</source>
        <translation>The page (%1 × %2 mm) is larger than the printer&apos;s paper (%3 × %4 mm). Choose larger paper in the print dialog.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/print_preview.py" line="195"/>
        <source>The printer could not be opened.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/print_preview.py" line="211"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="46"/>
        <source>Guest profile</source>
        <translation>Guest profile</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="120"/>
        <source>No guest selected</source>
        <translation>No guest selected</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="142"/>
        <source>Type a name, pinyin, initials or phone digits to find a guest.</source>
        <translation>Type a name, pinyin, initials or phone digits to find a guest.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="184"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="207"/>
        <source>Care (AD stage)</source>
        <translation>Care (AD stage)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="229"/>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="236"/>
        <source>&lt;b&gt;In house&lt;/b&gt;: room %1 until %2</source>
        <translation>&lt;b&gt;In house&lt;/b&gt;: room %1 until %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/profile_panel.py" line="242"/>
        <source>%n stay(s)</source>
        <translation>
            <numerusform>%n stay</numerusform>
            <numerusform>%n stays</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="244"/>
        <source>last %1, room %2</source>
        <translation>last %1, room %2</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="249"/>
        <source>First stay</source>
        <translation>First stay</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/profile_panel.py" line="257"/>
        <source>%n unresolved complaint(s): handle with care</source>
        <translation>
            <numerusform>%n unresolved complaint: handle with care</numerusform>
            <numerusform>%n unresolved complaints: handle with care</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="272"/>
        <source>Must never happen</source>
        <translation>Must never happen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/profile_panel.py" line="282"/>
        <source>(turning %n)</source>
        <translation>
            <numerusform>(turning %n)</numerusform>
            <numerusform>(turning %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/profile_panel.py" line="284"/>
        <source>(%n year(s))</source>
        <translation>
            <numerusform>(%n year)</numerusform>
            <numerusform>(%n years)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="294"/>
        <source>Service standard for %1</source>
        <translation>Service standard for %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="311"/>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="320"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="321"/>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="333"/>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="341"/>
        <source>Stays</source>
        <translation>Stays</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="63"/>
        <source>Receptionist</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="64"/>
        <source>Duty manager</source>
        <translation>Duty manager</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="65"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../vipdesk/ui/search_model.py" line="102"/>
        <source>birthday %1</source>
        <translation>birthday %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/search_model.py" line="104"/>
        <source>in house %1</source>
        <translation>in house %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/search_model.py" line="106"/>
        <source>last stay %1</source>
        <translation>last stay %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/search_model.py" line="114"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/search_model.py" line="114"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/search_model.py" line="114"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/search_model.py" line="114"/>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
</context>
<context>
    <name>ServiceCall</name>
    <message>
        <location filename="../../vipdesk/ui/operations.py" line="104"/>
        <source>Something went wrong. Your data is safe; the details are in the log.</source>
        <translation>Something went wrong. Your data is safe; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="80"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="89"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="102"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="105"/>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="107"/>
        <source>Last good backup</source>
        <translation>Last good backup</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="114"/>
        <source>&amp;Workstation</source>
        <translation>&amp;Workstation</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="115"/>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotel</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="116"/>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="117"/>
        <source>Service s&amp;tandards</source>
        <translation>Service s&amp;tandards</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="137"/>
        <source>Hotel &amp;name</source>
        <translation>Hotel &amp;name</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="138"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="139"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="140"/>
        <source>Printed on registration cards and complaint reports.</source>
        <translation>Printed on registration cards and complaint reports.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="169"/>
        <source>What each tier is owed; the profile shows it as a checklist.</source>
        <translation>What each tier is owed; the profile shows it as a checklist.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="191"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="191"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="191"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="196"/>
        <source>&amp;Add staff member</source>
        <translation>&amp;Add staff member</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="243"/>
        <source>Row %1: give a user name.</source>
        <translation>Row %1: give a user name.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="248"/>
        <source>The user name %1 is listed twice.</source>
        <translation>The user name %1 is listed twice.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="294"/>
        <source>Duty managers close complaints and change these settings.</source>
        <translation>Duty managers close complaints and change these settings.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="296"/>
        <source>Only a duty manager or an administrator can change roles.</source>
        <translation>Only a duty manager or an administrator can change roles.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="305"/>
        <source>none yet: one is made each day the app starts</source>
        <translation>none yet: one is made each day the app starts</translation>
    </message>
</context>
</TS>
