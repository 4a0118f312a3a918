<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../vipdesk/ui/app.py" line="46"/>
        <source>Something went wrong. Your data is safe; the details are in the log file:
%1</source>
        <translation>Something went wrong. Your data is safe; the details are in the log file:
%1</translation>
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
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="129"/>
        <source>Complaint #%1 — %2</source>
        <translation>Complaint #%1 — %2</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="135"/>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="398"/>
        <source>Log a complaint — %1</source>
        <translation>Log a complaint — %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="137"/>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="395"/>
        <source>Log a complaint</source>
        <translation>Log a complaint</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="173"/>
        <source>The request is excessive</source>
        <translation>The request is excessive</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="188"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="211"/>
        <source>Returning guest?</source>
        <translation>Returning guest?</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="325"/>
        <source>Save this complaint?</source>
        <translation>Save this complaint?</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="375"/>
        <source>it can no longer be edited, only annotated</source>
        <translation>it can no longer be edited, only annotated</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="509"/>
        <source>choose one</source>
        <translation>choose one</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="247"/>
        <source>Recovery step</source>
        <translation>Recovery step</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="372"/>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="413"/>
        <source>returning guest</source>
        <translation>returning guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="372"/>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="413"/>
        <source>new guest</source>
        <translation>new guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="475"/>
        <source>give the time it was done</source>
        <translation>give the time it was done</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="483"/>
        <source>pick the guest, or create them</source>
        <translation>pick the guest, or create them</translation>
    </message>
</context>
<context>
    <name>ComplaintFields</name>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="66"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="68"/>
        <source>When it happened</source>
        <translation>When it happened</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="69"/>
        <source>Where / department</source>
        <translation>Where / department</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="70"/>
        <source>Which service</source>
        <translation>Which service</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="71"/>
        <source>Staff involved</source>
        <translation>Staff involved</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="72"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="73"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="74"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="75"/>
        <source>The guest&apos;s real reason</source>
        <translation>The guest&apos;s real reason</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="76"/>
        <source>What the guest wants</source>
        <translation>What the guest wants</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="77"/>
        <source>Excessive request</source>
        <translation>Excessive request</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="78"/>
        <source>Why excessive</source>
        <translation>Why excessive</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="79"/>
        <source>Promised feedback by</source>
        <translation>Promised feedback by</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="80"/>
        <source>Apologised</source>
        <translation>Apologised</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="81"/>
        <source>Listened</source>
        <translation>Listened</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="82"/>
        <source>Solution offered</source>
        <translation>Solution offered</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="83"/>
        <source>Remedial action taken</source>
        <translation>Remedial action taken</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="84"/>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="85"/>
        <source>Compensation value</source>
        <translation>Compensation value</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="86"/>
        <source>Duty manager</source>
        <translation>Duty manager</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="87"/>
        <source>Follow-up call</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="88"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaint_dialog.py" line="89"/>
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
        <location filename="../../vipdesk/ui/complaints_view.py" line="86"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="102"/>
        <source>Not closed</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="225"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="230"/>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="110"/>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="114"/>
        <source>&amp;Happened since</source>
        <translation>&amp;Happened since</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="122"/>
        <source>Only complaints that happened on or after this day</source>
        <translation>Only complaints that happened on or after this day</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="126"/>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="142"/>
        <source>&amp;Start handling</source>
        <translation>&amp;Start handling</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="143"/>
        <source>&amp;Resolved</source>
        <translation>&amp;Resolved</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="144"/>
        <source>&amp;Follow-up call…</source>
        <translation>&amp;Follow-up call…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="145"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="152"/>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="157"/>
        <source>Complete or correct the complaint (Enter)</source>
        <translation>Complete or correct the complaint (Enter)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="160"/>
        <source>&amp;Incident report…</source>
        <translation>&amp;Incident report…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="165"/>
        <source>Im&amp;port logbook…</source>
        <translation>Im&amp;port logbook…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="168"/>
        <source>An Excel complaint logbook saved as CSV (UTF-8 or GB18030)</source>
        <translation>An Excel complaint logbook saved as CSV (UTF-8 or GB18030)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="172"/>
        <source>&amp;Lists…</source>
        <translation>&amp;Lists…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="174"/>
        <source>Departments and categories</source>
        <translation>Departments and categories</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="177"/>
        <source>&amp;Monthly report…</source>
        <translation>&amp;Monthly report…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="247"/>
        <source>Import a complaint logbook</source>
        <translation>Import a complaint logbook</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="249"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/complaints_view.py" line="324"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/complaints_view.py" line="324"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="155"/>
        <source>Op&amp;en / edit…</source>
        <translation>Op&amp;en / edit…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="373"/>
        <source>Resolved without a remedial action</source>
        <translation>Resolved without a remedial action</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="375"/>
        <source>No remedial action is recorded for this complaint. Why is it resolved without one? (kept in its history)</source>
        <translation>No remedial action is recorded for this complaint. Why is it resolved without one? (kept in its history)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="387"/>
        <source>Close complaint</source>
        <translation>Close complaint</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="389"/>
        <source>Close complaint #%1 (%2)? A closed complaint can no longer be edited, only annotated.</source>
        <translation>Close complaint #%1 (%2)? A closed complaint can no longer be edited, only annotated.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="409"/>
        <source>Resolved without a remedial action: %1</source>
        <translation>Resolved without a remedial action: %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="482"/>
        <source>Incident report #%1</source>
        <translation>Incident report #%1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="497"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/complaints_view.py" line="497"/>
        <source>Add to the history:</source>
        <translation>Add to the history:</translation>
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
    <message>
        <location filename="../../vipdesk/ui/followup_dialog.py" line="83"/>
        <source>Choose how satisfied the guest is now (1–5).</source>
        <translation>Choose how satisfied the guest is now (1–5).</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="77"/>
        <source>&amp;Open existing</source>
        <translation>&amp;Open existing</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="79"/>
        <source>&amp;Merge into existing</source>
        <translation>&amp;Merge into existing</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="81"/>
        <source>It&apos;s a &amp;different person</source>
        <translation>It&apos;s a &amp;different person</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="105"/>
        <source>Edit guest</source>
        <translation>Edit guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="105"/>
        <source>New guest</source>
        <translation>New guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="142"/>
        <source>This guest may already be on file. Open the existing guest, merge into it, or save as a different person.</source>
        <translation>This guest may already be on file. Open the existing guest, merge into it, or save as a different person.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_dialog.py" line="224"/>
        <source>Save the changes to this guest?</source>
        <translation>Save the changes to this guest?</translation>
    </message>
</context>
<context>
    <name>GuestForm</name>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="140"/>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="141"/>
        <source>&amp;Honorific</source>
        <translation>&amp;Honorific</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="142"/>
        <source>Name in native script</source>
        <translation>Name in native script</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="143"/>
        <source>Name in Latin letters</source>
        <translation>Name in Latin letters</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="144"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="145"/>
        <source>&amp;Tier</source>
        <translation>&amp;Tier</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="146"/>
        <source>&amp;Member no.</source>
        <translation>&amp;Member no.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="147"/>
        <source>&amp;Phones</source>
        <translation>&amp;Phones</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="148"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="149"/>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="150"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="151"/>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="171"/>
        <source>e.g. +86 138 0013 8000; +852 9123 4567</source>
        <translation>e.g. +86 138 0013 8000; +852 9123 4567</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="178"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="178"/>
        <source>Preference</source>
        <translation>Preference</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="182"/>
        <location filename="../../vipdesk/ui/guest_form.py" line="190"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="182"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="182"/>
        <source>Must never happen</source>
        <translation>Must never happen</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="190"/>
        <source>Date (month-day or year-month-day)</source>
        <translation>Date (month-day or year-month-day)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="190"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="195"/>
        <source>&amp;Add taboo or allergy</source>
        <translation>&amp;Add taboo or allergy</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="195"/>
        <source>&amp;Remove taboo</source>
        <translation>&amp;Remove taboo</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="197"/>
        <source>Add &amp;preference</source>
        <translation>Add &amp;preference</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="197"/>
        <source>Remo&amp;ve preference</source>
        <translation>Remo&amp;ve preference</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="199"/>
        <source>&amp;Add date</source>
        <translation>&amp;Add date</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="199"/>
        <source>&amp;Remove date</source>
        <translation>&amp;Remove date</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="210"/>
        <source>Taboos and allergies</source>
        <translation>Taboos and allergies</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="213"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="219"/>
        <source>Birthdays and anniversaries (the year may be left out)</source>
        <translation>Birthdays and anniversaries (the year may be left out)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="231"/>
        <source>Choose &amp;photo…</source>
        <translation>Choose &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="234"/>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="252"/>
        <source>&amp;Guest</source>
        <translation>&amp;Guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="253"/>
        <source>&amp;Likes and taboos</source>
        <translation>&amp;Likes and taboos</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="254"/>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="255"/>
        <source>N&amp;otes and photo</source>
        <translation>N&amp;otes and photo</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="322"/>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="322"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="331"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="331"/>
        <source>This file is not an image vipdesk can read.</source>
        <translation>This file is not an image vipdesk can read.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/guest_form.py" line="353"/>
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
        <location filename="../../vipdesk/ui/labels.py" line="16"/>
        <source>Regular (P)</source>
        <translation>Regular (P)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="17"/>
        <source>Important (IP)</source>
        <translation>Important (IP)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="18"/>
        <location filename="../../vipdesk/ui/labels.py" line="28"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="19"/>
        <source>Double VIP</source>
        <translation>Double VIP</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="20"/>
        <source>Triple VIP</source>
        <translation>Triple VIP</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="26"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="27"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="29"/>
        <source>VVIP</source>
        <translation>VVIP</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="30"/>
        <source>VVVIP</source>
        <translation>VVVIP</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="36"/>
        <source>Answer every question</source>
        <translation>Answer every question</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="37"/>
        <source>Keep in touch</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="38"/>
        <source>A dedicated person</source>
        <translation>A dedicated person</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="39"/>
        <source>Beyond-standard service</source>
        <translation>Beyond-standard service</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="40"/>
        <source>Professional advisor</source>
        <translation>Professional advisor</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="41"/>
        <source>Long-term partner</source>
        <translation>Long-term partner</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="47"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="48"/>
        <source>Food &amp; drink</source>
        <translation>Food &amp; drink</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="49"/>
        <source>Amenities</source>
        <translation>Amenities</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="50"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="51"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="57"/>
        <source>caution</source>
        <translation>caution</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="58"/>
        <source>serious</source>
        <translation>serious</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="59"/>
        <source>DANGER</source>
        <translation>DANGER</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="65"/>
        <source>Taboo</source>
        <translation>Taboo</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="66"/>
        <source>Allergy</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="72"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="73"/>
        <source>Anniversary</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="74"/>
        <source>Special day</source>
        <translation>Special day</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="82"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="83"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="84"/>
        <location filename="../../vipdesk/ui/labels.py" line="147"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="90"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="91"/>
        <source>starts with</source>
        <translation>starts with</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="92"/>
        <location filename="../../vipdesk/ui/labels.py" line="107"/>
        <source>initials</source>
        <translation>initials</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="93"/>
        <source>inside</source>
        <translation>inside</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="94"/>
        <source>similar</source>
        <translation>similar</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="100"/>
        <source>ends with</source>
        <translation>ends with</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="105"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="106"/>
        <source>pinyin</source>
        <translation>pinyin</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="108"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="109"/>
        <source>member no.</source>
        <translation>member no.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="110"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="111"/>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="112"/>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="120"/>
        <source>%1 today!</source>
        <translation>%1 today!</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="122"/>
        <source>%1 tomorrow</source>
        <translation>%1 tomorrow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/labels.py" line="123"/>
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 in %n day</numerusform>
            <numerusform>%1 in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="128"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="129"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="130"/>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="131"/>
        <source>followed up</source>
        <translation>followed up</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="132"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="139"/>
        <source>service attitude</source>
        <translation>service attitude</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="140"/>
        <source>slow or untimely service</source>
        <translation>slow or untimely service</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="141"/>
        <source>rigid rules</source>
        <translation>rigid rules</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="142"/>
        <source>facilities</source>
        <translation>facilities</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="143"/>
        <source>cleanliness</source>
        <translation>cleanliness</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="144"/>
        <source>noise</source>
        <translation>noise</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="145"/>
        <source>billing</source>
        <translation>billing</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="146"/>
        <source>food</source>
        <translation>food</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="155"/>
        <source>front office</source>
        <translation>front office</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="156"/>
        <source>housekeeping</source>
        <translation>housekeeping</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="157"/>
        <source>food &amp; beverage</source>
        <translation>food &amp; beverage</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="158"/>
        <source>engineering</source>
        <translation>engineering</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="159"/>
        <source>other department</source>
        <translation>other department</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="175"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="176"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="177"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="178"/>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="185"/>
        <source>logged</source>
        <translation>logged</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="186"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="187"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="188"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="189"/>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>LogbookResultDialog</name>
    <message>
        <location filename="../../vipdesk/ui/logbook_import.py" line="50"/>
        <source>Logbook imported</source>
        <translation>Logbook imported</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/logbook_import.py" line="52"/>
        <source>%1: %2 imported, %3 already there, %4 rejected.</source>
        <translation>%1: %2 imported, %3 already there, %4 rejected.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/logbook_import.py" line="67"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/logbook_import.py" line="67"/>
        <source>Why it was rejected</source>
        <translation>Why it was rejected</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/logbook_import.py" line="76"/>
        <source>Every rejected row, with its reason and original cells, is in %1.</source>
        <translation>Every rejected row, with its reason and original cells, is in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/logbook_import.py" line="79"/>
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
        <location filename="../../vipdesk/ui/main_window.py" line="211"/>
        <source>vipdesk — guest recognition</source>
        <translation>vipdesk — guest recognition</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="213"/>
        <source>Name, pinyin, initials, phone digits, member no., room…  (Ctrl+F)</source>
        <translation>Name, pinyin, initials, phone digits, member no., room…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="215"/>
        <source>Find a guest</source>
        <translation>Find a guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="216"/>
        <source>Guests found</source>
        <translation>Guests found</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="217"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="218"/>
        <source>&amp;Guest</source>
        <translation>&amp;Guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="219"/>
        <source>&amp;Find guest</source>
        <translation>&amp;Find guest</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="220"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="221"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="222"/>
        <source>&amp;New guest…</source>
        <translation>&amp;New guest…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="223"/>
        <source>&amp;Edit guest…</source>
        <translation>&amp;Edit guest…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="224"/>
        <source>&amp;Print cards of the selected guests…</source>
        <translation>&amp;Print cards of the selected guests…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="225"/>
        <source>Print &amp;registration cards…</source>
        <translation>Print &amp;registration cards…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="226"/>
        <source>Log a &amp;complaint…</source>
        <translation>Log a &amp;complaint…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="227"/>
        <source>&amp;All complaints…</source>
        <translation>&amp;All complaints…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="242"/>
        <source>Database: %1 · Staff: %2</source>
        <translation>Database: %1 · Staff: %2</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="342"/>
        <source>Arrow keys choose, Enter opens the profile.</source>
        <translation>Arrow keys choose, Enter opens the profile.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/main_window.py" line="344"/>
        <source>%n guest(s) found</source>
        <translation>
            <numerusform>%n guest found</numerusform>
            <numerusform>%n guests found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="347"/>
        <source>No guest found. Check the spelling or try the phone number.</source>
        <translation>No guest found. Check the spelling or try the phone number.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="397"/>
        <source>Find and select a guest first.</source>
        <translation>Find and select a guest first.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="404"/>
        <source>Guest cards</source>
        <translation>Guest cards</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="404"/>
        <source>Registration cards</source>
        <translation>Registration cards</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/main_window.py" line="521"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="208"/>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="209"/>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="210"/>
        <source>is in the future</source>
        <translation>is in the future</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="211"/>
        <source>is before the complaint happened</source>
        <translation>is before the complaint happened</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="214"/>
        <source>is not between 1 and 5</source>
        <translation>is not between 1 and 5</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="215"/>
        <source>say what the guest answered</source>
        <translation>say what the guest answered</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="218"/>
        <source>only a duty manager or an admin can close a complaint</source>
        <translation>only a duty manager or an admin can close a complaint</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="221"/>
        <source>only a duty manager or an admin can change staff roles</source>
        <translation>only a duty manager or an admin can change staff roles</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="225"/>
        <source>only a duty manager or an admin can change the hotel&apos;s details</source>
        <translation>only a duty manager or an admin can change the hotel&apos;s details</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/labels.py" line="229"/>
        <source>a closed complaint cannot be edited; add a note instead</source>
        <translation>a closed complaint cannot be edited; add a note instead</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../vipdesk/ui/print_preview.py" line="78"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/print_preview.py" line="81"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/print_preview.py" line="89"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/print_preview.py" line="104"/>
        <source>The printer could not be opened.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/print_preview.py" line="118"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="72"/>
        <source>Guest profile</source>
        <translation>Guest profile</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="150"/>
        <source>No guest selected</source>
        <translation>No guest selected</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="171"/>
        <source>Type a name, pinyin, initials or phone digits to find a guest.</source>
        <translation>Type a name, pinyin, initials or phone digits to find a guest.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="216"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="241"/>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="248"/>
        <source>&lt;b&gt;In house&lt;/b&gt;: room %1 until %2</source>
        <translation>&lt;b&gt;In house&lt;/b&gt;: room %1 until %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/profile_panel.py" line="254"/>
        <source>%n stay(s)</source>
        <translation>
            <numerusform>%n stay</numerusform>
            <numerusform>%n stays</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="256"/>
        <source>last %1, room %2</source>
        <translation>last %1, room %2</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="261"/>
        <source>First stay</source>
        <translation>First stay</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/profile_panel.py" line="269"/>
        <source>%n unresolved complaint(s): handle with care</source>
        <translation>
            <numerusform>%n unresolved complaint: handle with care</numerusform>
            <numerusform>%n unresolved complaints: handle with care</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="284"/>
        <source>Must never happen</source>
        <translation>Must never happen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/profile_panel.py" line="294"/>
        <source>(turning %n)</source>
        <translation>
            <numerusform>(turning %n)</numerusform>
            <numerusform>(turning %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vipdesk/ui/profile_panel.py" line="296"/>
        <source>(%n year(s))</source>
        <translation>
            <numerusform>(%n year)</numerusform>
            <numerusform>(%n years)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="306"/>
        <source>Service standard for %1</source>
        <translation>Service standard for %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="321"/>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="330"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="331"/>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="343"/>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/profile_panel.py" line="351"/>
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
        <location filename="../../vipdesk/ui/search_model.py" line="103"/>
        <source>birthday %1</source>
        <translation>birthday %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/search_model.py" line="105"/>
        <source>in house %1</source>
        <translation>in house %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/search_model.py" line="107"/>
        <source>last stay %1</source>
        <translation>last stay %1</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/search_model.py" line="115"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/search_model.py" line="115"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/search_model.py" line="115"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/search_model.py" line="115"/>
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
        <location filename="../../vipdesk/ui/settings_dialog.py" line="88"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="101"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="107"/>
        <source>&amp;Workstation</source>
        <translation>&amp;Workstation</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="108"/>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotel</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="109"/>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="110"/>
        <source>Service s&amp;tandards</source>
        <translation>Service s&amp;tandards</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="130"/>
        <source>Hotel &amp;name</source>
        <translation>Hotel &amp;name</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="131"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="132"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="133"/>
        <source>Printed on registration cards and complaint reports.</source>
        <translation>Printed on registration cards and complaint reports.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="135"/>
        <source>Only a duty manager or an administrator can change the hotel&apos;s details.</source>
        <translation>Only a duty manager or an administrator can change the hotel&apos;s details.</translation>
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
        <location filename="../../vipdesk/ui/settings_dialog.py" line="201"/>
        <source>&amp;Add staff member</source>
        <translation>&amp;Add staff member</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="250"/>
        <source>Row %1: give a user name.</source>
        <translation>Row %1: give a user name.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="255"/>
        <source>The user name %1 is listed twice.</source>
        <translation>The user name %1 is listed twice.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="301"/>
        <source>Duty managers close complaints and change these settings.</source>
        <translation>Duty managers close complaints and change these settings.</translation>
    </message>
    <message>
        <location filename="../../vipdesk/ui/settings_dialog.py" line="303"/>
        <source>Only a duty manager or an administrator can change roles.</source>
        <translation>Only a duty manager or an administrator can change roles.</translation>
    </message>
</context>
</TS>
