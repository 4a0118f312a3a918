<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="41"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="47"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="52"/>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="56"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="59"/>
        <source>Add a staff account</source>
        <translation>Add a staff account</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="60"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="61"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="62"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="64"/>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="67"/>
        <source>&amp;Initial password:</source>
        <translation>&amp;Initial password:</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="68"/>
        <source>Password a&amp;gain:</source>
        <translation>Password a&amp;gain:</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="72"/>
        <source>At least %1 characters, not the user name. Its owner chooses a password of their own at the next sign-in.</source>
        <translation>At least %1 characters, not the user name. Its owner chooses a password of their own at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="106"/>
        <source>Give a user name.</source>
        <translation>Give a user name.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="108"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="110"/>
        <source>At least %1 characters, and not the user name.</source>
        <translation>At least %1 characters, and not the user name.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="74"/>
        <source>Something went wrong. Your data is safe; the details are in the log file:
%1</source>
        <translation>Something went wrong. Your data is safe; the details are in the log file:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="253"/>
        <source>Building the search index… %1%</source>
        <translation>Building the search index… %1%</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="258"/>
        <source>The search index is ready.</source>
        <translation>The search index is ready.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="264"/>
        <source>The search index could not be rebuilt: %1</source>
        <translation>The search index could not be rebuilt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="284"/>
        <source>Not encrypted: an admin can encrypt it with `vipdesk encrypt`</source>
        <translation>Not encrypted: an admin can encrypt it with `vipdesk encrypt`</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="290"/>
        <source>Database not encrypted</source>
        <translation>Database not encrypted</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="292"/>
        <source>Anyone who copies this database file can read every guest. Close vipdesk on every counter, then an admin runs `vipdesk encrypt` (see the README).</source>
        <translation>Anyone who copies this database file can read every guest. Close vipdesk on every counter, then an admin runs `vipdesk encrypt` (see the README).</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../ui/settings_audit.py" line="58"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="59"/>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="60"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="61"/>
        <source>Locked the screen</source>
        <translation>Locked the screen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="62"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="63"/>
        <source>Unlock failed</source>
        <translation>Unlock failed</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="64"/>
        <source>Viewed a guest</source>
        <translation>Viewed a guest</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="65"/>
        <source>Created a guest</source>
        <translation>Created a guest</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="66"/>
        <source>Edited a guest</source>
        <translation>Edited a guest</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="67"/>
        <source>Merged guests</source>
        <translation>Merged guests</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="68"/>
        <source>Erased a guest</source>
        <translation>Erased a guest</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="69"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="70"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="71"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="72"/>
        <source>Changed a role</source>
        <translation>Changed a role</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="73"/>
        <source>Changed settings</source>
        <translation>Changed settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="74"/>
        <source>Backed up</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="75"/>
        <source>Restored a backup</source>
        <translation>Restored a backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="76"/>
        <source>Added a staff account</source>
        <translation>Added a staff account</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="77"/>
        <source>Changed a password</source>
        <translation>Changed a password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="78"/>
        <source>Reset a password</source>
        <translation>Reset a password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="79"/>
        <source>New audit key</source>
        <translation>New audit key</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="80"/>
        <source>Added demo data</source>
        <translation>Added demo data</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="81"/>
        <source>Edited a stay</source>
        <translation>Edited a stay</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="82"/>
        <source>Marked as different people</source>
        <translation>Marked as different people</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="83"/>
        <source>Logged a care contact</source>
        <translation>Logged a care contact</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="84"/>
        <source>Disabled an account</source>
        <translation>Disabled an account</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="85"/>
        <source>Lifted a lock-out</source>
        <translation>Lifted a lock-out</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../ui/audit_detail.py" line="13"/>
        <source>fields</source>
        <translation>fields</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="14"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="15"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="16"/>
        <source>guests</source>
        <translation>guests</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="17"/>
        <source>guest</source>
        <translation>guest</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="18"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="19"/>
        <source>stays</source>
        <translation>stays</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="20"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="21"/>
        <source>first admin</source>
        <translation>first admin</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="22"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="23"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="24"/>
        <source>merged guest</source>
        <translation>merged guest</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="25"/>
        <source>other guest</source>
        <translation>other guest</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="26"/>
        <source>kept in</source>
        <translation>kept in</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="27"/>
        <source>tables</source>
        <translation>tables</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="28"/>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="29"/>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="30"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="31"/>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="32"/>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="33"/>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="34"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="35"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="36"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="37"/>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="38"/>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="39"/>
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="40"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="41"/>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="42"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="43"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="44"/>
        <source>dedicated to</source>
        <translation>dedicated to</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="45"/>
        <source>do not contact</source>
        <translation>do not contact</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="46"/>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="54"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="55"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="68"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AuditObjects</name>
    <message>
        <location filename="../../ui/settings_audit.py" line="93"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="94"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="95"/>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="96"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="97"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="98"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/settings_audit.py" line="184"/>
        <source>Member no. or id</source>
        <translation>Member no. or id</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="185"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="188"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="189"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="190"/>
        <source>Si&amp;nce</source>
        <translation>Si&amp;nce</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="194"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="200"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="203"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="209"/>
        <source>&amp;Guest</source>
        <translation>&amp;Guest</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="211"/>
        <source>Sta&amp;ff</source>
        <translation>Sta&amp;ff</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="221"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="278"/>
        <source>The newest %1 entries; narrow the filters to see older ones.</source>
        <translation>The newest %1 entries; narrow the filters to see older ones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_audit.py" line="283"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="290"/>
        <source>No such guest or staff member.</source>
        <translation>No such guest or staff member.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="297"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="305"/>
        <source>No chained entries yet.</source>
        <translation>No chained entries yet.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="308"/>
        <source>Intact: entries %1–%2 checked.</source>
        <translation>Intact: entries %1–%2 checked.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="323"/>
        <source>Broken at entry %1: an entry was changed, deleted or inserted, or the latest entries were cut off.</source>
        <translation>Broken at entry %1: an entry was changed, deleted or inserted, or the latest entries were cut off.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="327"/>
        <source>Broken: the trail was changed outside vipdesk.</source>
        <translation>Broken: the trail was changed outside vipdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="331"/>
        <source>This computer does not hold the audit key of this database: verify on the computer that wrote the trail.</source>
        <translation>This computer does not hold the audit key of this database: verify on the computer that wrote the trail.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/settings_audit.py" line="131"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="132"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="133"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="134"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="135"/>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="136"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="137"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="69"/>
        <source>No complaints</source>
        <translation>No complaints</translation>
    </message>
</context>
<context>
    <name>CareDetailsDialog</name>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="38"/>
        <source>Care and consent</source>
        <translation>Care and consent</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="41"/>
        <location filename="../../ui/care_details_dialog.py" line="50"/>
        <source>Dedicated person</source>
        <translation>Dedicated person</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="44"/>
        <source>Do not contact (no calls, messages or wishes)</source>
        <translation>Do not contact (no calls, messages or wishes)</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="59"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="63"/>
        <source>How it was given: registration card, by phone…</source>
        <translation>How it was given: registration card, by phone…</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="64"/>
        <source>How consent was given</source>
        <translation>How consent was given</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="65"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="81"/>
        <source>— nobody —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="90"/>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
</context>
<context>
    <name>CareLabels</name>
    <message>
        <location filename="../../ui/care_labels.py" line="14"/>
        <source>611 message</source>
        <translation>611 message</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="15"/>
        <source>611 short call</source>
        <translation>611 short call</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="16"/>
        <source>611 long call</source>
        <translation>611 long call</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="17"/>
        <source>Keep in touch</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="18"/>
        <source>Second visit</source>
        <translation>Second visit</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="19"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="20"/>
        <source>Wake up</source>
        <translation>Wake up</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="21"/>
        <source>Win back</source>
        <translation>Win back</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="22"/>
        <source>Special day</source>
        <translation>Special day</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="23"/>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="29"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="30"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="31"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="32"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="33"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="34"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="40"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="41"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="42"/>
        <source>Left a message</source>
        <translation>Left a message</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="43"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="44"/>
        <source>Do not contact again</source>
        <translation>Do not contact again</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="57"/>
        <source>No stay yet</source>
        <translation>No stay yet</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="59"/>
        <source>A · first stay</source>
        <translation>A · first stay</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="60"/>
        <source>B · keep in touch</source>
        <translation>B · keep in touch</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="61"/>
        <source>C · 2nd stay: greet as a returning guest, recall their preferences</source>
        <translation>C · 2nd stay: greet as a returning guest, recall their preferences</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="64"/>
        <source>D · retention</source>
        <translation>D · retention</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="70"/>
        <source>New Year</source>
        <translation>New Year</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="71"/>
        <source>Spring Festival</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="72"/>
        <source>Lantern Festival</source>
        <translation>Lantern Festival</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="73"/>
        <source>Dragon Boat Festival</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="74"/>
        <source>Mid-Autumn Festival</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="75"/>
        <location filename="../../ui/care_labels.py" line="76"/>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="77"/>
        <source>Christmas</source>
        <translation>Christmas</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="89"/>
        <source>no stay for %1 months</source>
        <translation>no stay for %1 months</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="92"/>
        <source>complaint #%1 is overdue</source>
        <translation>complaint #%1 is overdue</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="93"/>
        <source>complaint #%1 was never resolved</source>
        <translation>complaint #%1 was never resolved</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="96"/>
        <source>complaint #%1: satisfaction 2 or less at the follow-up</source>
        <translation>complaint #%1: satisfaction 2 or less at the follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="102"/>
        <source>first stay, left %1: say thank you</source>
        <translation>first stay, left %1: say thank you</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="50"/>
        <location filename="../../ui/care_labels.py" line="106"/>
        <source>2nd stay: greet as a returning guest, recall their preferences</source>
        <translation>2nd stay: greet as a returning guest, recall their preferences</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="110"/>
        <source>stay %1 ended: retention</source>
        <translation>stay %1 ended: retention</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="113"/>
        <source>birthday on %1</source>
        <translation>birthday on %1</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="114"/>
        <source>anniversary on %1</source>
        <translation>anniversary on %1</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="115"/>
        <source>special day on %1</source>
        <translation>special day on %1</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="119"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="124"/>
        <source>611: message on the 1st and 15th</source>
        <translation>611: message on the 1st and 15th</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="127"/>
        <source>611: mid-quarter call</source>
        <translation>611: mid-quarter call</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="128"/>
        <source>611: end-of-quarter call</source>
        <translation>611: end-of-quarter call</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="135"/>
        <source>script-language: en</source>
        <translation>script-language: en</translation>
    </message>
</context>
<context>
    <name>CareListModel</name>
    <message>
        <location filename="../../ui/care_list_model.py" line="86"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="96"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="97"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="98"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="99"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="100"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="101"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="102"/>
        <source>Script hint</source>
        <translation>Script hint</translation>
    </message>
</context>
<context>
    <name>CareSettingsPage</name>
    <message>
        <location filename="../../ui/settings_care.py" line="45"/>
        <source>Tiers in the plan</source>
        <translation>Tiers in the plan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="46"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="47"/>
        <location filename="../../ui/settings_care.py" line="88"/>
        <source>Asleep after</source>
        <translation>Asleep after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="48"/>
        <source>Special days</source>
        <translation>Special days</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="49"/>
        <location filename="../../ui/settings_care.py" line="129"/>
        <source>Script hints</source>
        <translation>Script hints</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="73"/>
        <source>Guests of the tiers in the plan who have a completed stay get the 611 messages and calls, wake-up calls, special days and festivals. A guest is asleep after the months shown without a stay.</source>
        <translation>Guests of the tiers in the plan who have a completed stay get the 611 messages and calls, wake-up calls, special days and festivals. A guest is asleep after the months shown without a stay.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="80"/>
        <source>Who takes part</source>
        <translation>Who takes part</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="84"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="85"/>
        <source>In the plan</source>
        <translation>In the plan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="86"/>
        <source>Short call</source>
        <translation>Short call</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="87"/>
        <source>Long call</source>
        <translation>Long call</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="97"/>
        <source>%1 in the plan</source>
        <translation>%1 in the plan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="98"/>
        <source>%1 get the short call</source>
        <translation>%1 get the short call</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="99"/>
        <source>%1 get the long call</source>
        <translation>%1 get the long call</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="110"/>
        <source>%1 asleep after months</source>
        <translation>%1 asleep after months</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="112"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="119"/>
        <source>Days before a special day</source>
        <translation>Days before a special day</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="121"/>
        <source> days before</source>
        <translation> days before</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="122"/>
        <source>Special days and &amp;festivals</source>
        <translation>Special days and &amp;festivals</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="132"/>
        <source>Task kind</source>
        <translation>Task kind</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="137"/>
        <source>Script hint</source>
        <translation>Script hint</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="140"/>
        <source>Restore the &amp;default wording</source>
        <translation>Restore the &amp;default wording</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="252"/>
        <source>Choose at least one tier for the plan.</source>
        <translation>Choose at least one tier for the plan.</translation>
    </message>
</context>
<context>
    <name>CareView</name>
    <message>
        <location filename="../../ui/care_view.py" line="197"/>
        <source>Care list — %1</source>
        <translation>Care list — %1</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="204"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="207"/>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="209"/>
        <source>%1 and above</source>
        <translation>%1 and above</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="210"/>
        <source>Everyone&apos;s</source>
        <translation>Everyone&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="211"/>
        <source>Mine (dedicated person)</source>
        <translation>Mine (dedicated person)</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="212"/>
        <source>For a duty manager</source>
        <translation>For a duty manager</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="218"/>
        <source>Task kind</source>
        <translation>Task kind</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="219"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="220"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="221"/>
        <source>Care tasks</source>
        <translation>Care tasks</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="222"/>
        <source>Script hint (Enter: log contact)</source>
        <translation>Script hint (Enter: log contact)</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="223"/>
        <source>Script hint</source>
        <translation>Script hint</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="224"/>
        <source>Save script</source>
        <translation>Save script</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="225"/>
        <source>Call &amp;sheet…</source>
        <translation>Call &amp;sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="226"/>
        <source>Monthly &amp;report…</source>
        <translation>Monthly &amp;report…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/care_view.py" line="310"/>
        <source>%1 of %n task(s)</source>
        <translation>
            <numerusform>%1 of %n task</numerusform>
            <numerusform>%1 of %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/care_view.py" line="312"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="351"/>
        <source>Call sheet %1</source>
        <translation>Call sheet %1</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="364"/>
        <source>Care report %1</source>
        <translation>Care report %1</translation>
    </message>
</context>
<context>
    <name>CodeTable</name>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="36"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="36"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="42"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="44"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>ComplaintDetails</name>
    <message>
        <location filename="../../ui/complaint_details.py" line="35"/>
        <source>Recovery steps</source>
        <translation>Recovery steps</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_details.py" line="47"/>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="90"/>
        <source>Complaint #%1 — %2</source>
        <translation>Complaint #%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="96"/>
        <location filename="../../ui/complaint_dialog.py" line="334"/>
        <source>Log a complaint — %1</source>
        <translation>Log a complaint — %1</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="98"/>
        <location filename="../../ui/complaint_dialog.py" line="331"/>
        <source>Log a complaint</source>
        <translation>Log a complaint</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="136"/>
        <source>The request is excessive</source>
        <translation>The request is excessive</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="151"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="174"/>
        <source>Returning guest?</source>
        <translation>Returning guest?</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="273"/>
        <source>Save this complaint?</source>
        <translation>Save this complaint?</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="319"/>
        <source>it can no longer be edited, only annotated</source>
        <translation>it can no longer be edited, only annotated</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="450"/>
        <source>choose one</source>
        <translation>choose one</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="197"/>
        <source>Recovery step</source>
        <translation>Recovery step</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="316"/>
        <location filename="../../ui/complaint_dialog.py" line="349"/>
        <source>returning guest</source>
        <translation>returning guest</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="316"/>
        <location filename="../../ui/complaint_dialog.py" line="349"/>
        <source>new guest</source>
        <translation>new guest</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="411"/>
        <source>give the time it was done</source>
        <translation>give the time it was done</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="419"/>
        <source>pick the guest, or create them</source>
        <translation>pick the guest, or create them</translation>
    </message>
</context>
<context>
    <name>ComplaintFields</name>
    <message>
        <location filename="../../ui/complaint_fields.py" line="24"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="25"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="26"/>
        <source>When it happened</source>
        <translation>When it happened</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="27"/>
        <source>Where / department</source>
        <translation>Where / department</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="28"/>
        <source>Which service</source>
        <translation>Which service</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="29"/>
        <source>Staff involved</source>
        <translation>Staff involved</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="30"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="31"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="32"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="33"/>
        <source>The guest&apos;s real reason</source>
        <translation>The guest&apos;s real reason</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="34"/>
        <source>What the guest wants</source>
        <translation>What the guest wants</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="35"/>
        <source>Excessive request</source>
        <translation>Excessive request</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="36"/>
        <source>Why excessive</source>
        <translation>Why excessive</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="37"/>
        <source>Promised feedback by</source>
        <translation>Promised feedback by</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="38"/>
        <source>Apologised</source>
        <translation>Apologised</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="39"/>
        <source>Listened</source>
        <translation>Listened</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="40"/>
        <source>Solution offered</source>
        <translation>Solution offered</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="41"/>
        <source>Remedial action taken</source>
        <translation>Remedial action taken</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="42"/>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="43"/>
        <source>Compensation value</source>
        <translation>Compensation value</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="44"/>
        <source>Duty manager</source>
        <translation>Duty manager</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="45"/>
        <source>Follow-up call</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="46"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="47"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="65"/>
        <source>Feedback due</source>
        <translation>Feedback due</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="67"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="68"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="69"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="70"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
</context>
<context>
    <name>ComplaintListsDialog</name>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="97"/>
        <source>Departments and categories</source>
        <translation>Departments and categories</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="103"/>
        <source>&amp;Departments</source>
        <translation>&amp;Departments</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="104"/>
        <source>C&amp;ategories</source>
        <translation>C&amp;ategories</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="107"/>
        <source>Codes are short lower-case words (letters, digits, _); complaints keep the code they were filed under.</source>
        <translation>Codes are short lower-case words (letters, digits, _); complaints keep the code they were filed under.</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="111"/>
        <source>Only a duty manager can change these lists.</source>
        <translation>Only a duty manager can change these lists.</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="138"/>
        <source>%1: the code %2 is listed twice</source>
        <translation>%1: the code %2 is listed twice</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="148"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="149"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
</context>
<context>
    <name>ComplaintReportView</name>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="110"/>
        <source>Complaint report</source>
        <translation>Complaint report</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="120"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="121"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="122"/>
        <source>Resolved within the promised time</source>
        <translation>Resolved within the promised time</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="123"/>
        <source>Median time to resolve</source>
        <translation>Median time to resolve</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="130"/>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="132"/>
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="134"/>
        <source>&amp;Print / PDF…</source>
        <translation>&amp;Print / PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="137"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="140"/>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="181"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="203"/>
        <source>Complaint report %1</source>
        <translation>Complaint report %1</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <location filename="../../ui/complaints_view.py" line="83"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="99"/>
        <source>Not closed</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="229"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="234"/>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="107"/>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="111"/>
        <source>&amp;Happened since</source>
        <translation>&amp;Happened since</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="119"/>
        <source>Only complaints that happened on or after this day</source>
        <translation>Only complaints that happened on or after this day</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="123"/>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="139"/>
        <source>&amp;Start handling</source>
        <translation>&amp;Start handling</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="140"/>
        <source>&amp;Resolved</source>
        <translation>&amp;Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="141"/>
        <source>&amp;Follow-up call…</source>
        <translation>&amp;Follow-up call…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="142"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="149"/>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="154"/>
        <source>Complete or correct the complaint (Enter)</source>
        <translation>Complete or correct the complaint (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="157"/>
        <source>&amp;Incident report…</source>
        <translation>&amp;Incident report…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="162"/>
        <source>Im&amp;port logbook…</source>
        <translation>Im&amp;port logbook…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="165"/>
        <source>An Excel complaint logbook saved as CSV (UTF-8 or GB18030)</source>
        <translation>An Excel complaint logbook saved as CSV (UTF-8 or GB18030)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="169"/>
        <source>&amp;Lists…</source>
        <translation>&amp;Lists…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="171"/>
        <source>Departments and categories</source>
        <translation>Departments and categories</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="174"/>
        <source>&amp;Monthly report…</source>
        <translation>&amp;Monthly report…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="251"/>
        <source>Import a complaint logbook</source>
        <translation>Import a complaint logbook</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="253"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints_view.py" line="325"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints_view.py" line="325"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="152"/>
        <source>Op&amp;en / edit…</source>
        <translation>Op&amp;en / edit…</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_prompts.py" line="34"/>
        <source>Resolved without a remedial action</source>
        <translation>Resolved without a remedial action</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_prompts.py" line="35"/>
        <source>No remedial action is recorded for this complaint. Why is it resolved without one? (kept in its history)</source>
        <translation>No remedial action is recorded for this complaint. Why is it resolved without one? (kept in its history)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_prompts.py" line="17"/>
        <source>Close complaint</source>
        <translation>Close complaint</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_prompts.py" line="18"/>
        <source>Close complaint #%1 (%2)? A closed complaint can no longer be edited, only annotated.</source>
        <translation>Close complaint #%1 (%2)? A closed complaint can no longer be edited, only annotated.</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="387"/>
        <source>Resolved without a remedial action: %1</source>
        <translation>Resolved without a remedial action: %1</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="465"/>
        <source>Incident report #%1</source>
        <translation>Incident report #%1</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="479"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="479"/>
        <source>Add to the history:</source>
        <translation>Add to the history:</translation>
    </message>
</context>
<context>
    <name>ConflictPrompt</name>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="114"/>
        <source>Changed in another window</source>
        <translation>Changed in another window</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="63"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="127"/>
        <source>Changed in another window by %1 at %2, after you opened it.</source>
        <translation>Changed in another window by %1 at %2, after you opened it.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="130"/>
        <source>Changed in another window by %1, after you opened it.</source>
        <translation>Changed in another window by %1, after you opened it.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="72"/>
        <source>Your changes are not saved, so nothing of theirs is undone.</source>
        <translation>Your changes are not saved, so nothing of theirs is undone.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="77"/>
        <source>What they changed: %1</source>
        <translation>What they changed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="86"/>
        <source>Reload shows what is stored now, with your text beside it to copy.</source>
        <translation>Reload shows what is stored now, with your text beside it to copy.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="91"/>
        <source>&amp;Reload (keep my text visible)</source>
        <translation>&amp;Reload (keep my text visible)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="96"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="113"/>
        <source>Changed at another counter</source>
        <translation>Changed at another counter</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="119"/>
        <source>Changed at another counter by %1 at %2, after you opened it.</source>
        <translation>Changed at another counter by %1 at %2, after you opened it.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="123"/>
        <source>Changed at another counter by %1, after you opened it.</source>
        <translation>Changed at another counter by %1, after you opened it.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="163"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="165"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="192"/>
        <source>Your text from before the reload (not saved; copy what you still need):</source>
        <translation>Your text from before the reload (not saved; copy what you still need):</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="202"/>
        <source>Your text from before the reload</source>
        <translation>Your text from before the reload</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../ui/curtain.py" line="28"/>
        <source>vipdesk is locked</source>
        <translation>vipdesk is locked</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../../ui/guest_rights.py" line="47"/>
        <source>Erase guest data</source>
        <translation>Erase guest data</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="50"/>
        <source>Erase the personal data of %1, member no. %2? This cannot be undone. Type the member no. to confirm.</source>
        <translation>Erase the personal data of %1, member no. %2? This cannot be undone. Type the member no. to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="53"/>
        <source>&amp;Member no.:</source>
        <translation>&amp;Member no.:</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="56"/>
        <source>Erase the personal data of %1 (no member no.)? This cannot be undone. Type the name as shown to confirm.</source>
        <translation>Erase the personal data of %1 (no member no.)? This cannot be undone. Type the name as shown to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="65"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="70"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="76"/>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="171"/>
        <source>Set up vipdesk</source>
        <translation>Set up vipdesk</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="175"/>
        <source>No one can sign in to this database yet. Create the first administrator: they add the other staff accounts.</source>
        <translation>No one can sign in to this database yet. Create the first administrator: they add the other staff accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="183"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="185"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="188"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="191"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="192"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="193"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="194"/>
        <source>&amp;Password (8 characters or more):</source>
        <translation>&amp;Password (8 characters or more):</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="195"/>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="215"/>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="229"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="243"/>
        <source>I have written it down</source>
        <translation>I have written it down</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="249"/>
        <source>Recovery code: %1
Write it down and keep it away from this PC. It is shown only this once, and resets this administrator&apos;s password if it is forgotten.</source>
        <translation>Recovery code: %1
Write it down and keep it away from this PC. It is shown only this once, and resets this administrator&apos;s password if it is forgotten.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/followup_dialog.py" line="31"/>
        <source>Follow-up call — %1</source>
        <translation>Follow-up call — %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="35"/>
        <source>What did the guest say?</source>
        <translation>What did the guest say?</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="42"/>
        <source>very unhappy</source>
        <translation>very unhappy</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="43"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="44"/>
        <source>delighted</source>
        <translation>delighted</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="51"/>
        <source>(1 very unhappy … 5 delighted)</source>
        <translation>(1 very unhappy … 5 delighted)</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="63"/>
        <source>What the guest said *</source>
        <translation>What the guest said *</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="65"/>
        <source>Satisfaction after recovery</source>
        <translation>Satisfaction after recovery</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="78"/>
        <source>Say what the guest answered.</source>
        <translation>Say what the guest answered.</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="83"/>
        <source>Choose how satisfied the guest is now (1–5).</source>
        <translation>Choose how satisfied the guest is now (1–5).</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../ui/guest_dialog.py" line="83"/>
        <source>Open e&amp;xisting</source>
        <translation>Open e&amp;xisting</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="85"/>
        <source>Merge &amp;into existing</source>
        <translation>Merge &amp;into existing</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="87"/>
        <source>It&apos;s a di&amp;fferent person</source>
        <translation>It&apos;s a di&amp;fferent person</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="109"/>
        <source>Care and con&amp;sent…</source>
        <translation>Care and con&amp;sent…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="119"/>
        <source>Edit guest</source>
        <translation>Edit guest</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="119"/>
        <source>New guest</source>
        <translation>New guest</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="165"/>
        <source>This guest may already be on file. Open the existing guest, merge into it, or save as a different person.</source>
        <translation>This guest may already be on file. Open the existing guest, merge into it, or save as a different person.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="169"/>
        <source>A matching guest is on the caution list: ask the duty manager.</source>
        <translation>A matching guest is on the caution list: ask the duty manager.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="172"/>
        <source>A guest on file: ask the duty manager</source>
        <translation>A guest on file: ask the duty manager</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="319"/>
        <source>Save the changes to this guest?</source>
        <translation>Save the changes to this guest?</translation>
    </message>
</context>
<context>
    <name>GuestFields</name>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="31"/>
        <source>Member number</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="32"/>
        <source>Name in own script</source>
        <translation>Name in own script</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="33"/>
        <source>Latin name</source>
        <translation>Latin name</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="34"/>
        <source>Pronunciation</source>
        <translation>Pronunciation</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="35"/>
        <source>Honorific</source>
        <translation>Honorific</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="36"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="37"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="38"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="39"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="40"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="41"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="42"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="43"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="44"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="45"/>
        <source>Allergies and taboos</source>
        <translation>Allergies and taboos</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="46"/>
        <source>Special dates</source>
        <translation>Special dates</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="47"/>
        <source>Stays</source>
        <translation>Stays</translation>
    </message>
</context>
<context>
    <name>GuestForm</name>
    <message>
        <location filename="../../ui/guest_form.py" line="120"/>
        <source>as the guest says it, e.g. Xiè, not Jiě</source>
        <translation>as the guest says it, e.g. Xiè, not Jiě</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="146"/>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="147"/>
        <source>Pron&amp;unciation</source>
        <translation>Pron&amp;unciation</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="148"/>
        <source>&amp;Honorific</source>
        <translation>&amp;Honorific</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="149"/>
        <source>Name in native script</source>
        <translation>Name in native script</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="150"/>
        <source>Name in Latin letters</source>
        <translation>Name in Latin letters</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="151"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="152"/>
        <source>&amp;Tier</source>
        <translation>&amp;Tier</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="153"/>
        <source>&amp;Member no.</source>
        <translation>&amp;Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="154"/>
        <source>&amp;Phones</source>
        <translation>&amp;Phones</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="155"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="156"/>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="157"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="158"/>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="178"/>
        <source>e.g. +86 138 0013 8000; +852 9123 4567</source>
        <translation>e.g. +86 138 0013 8000; +852 9123 4567</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="185"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="185"/>
        <source>Preference</source>
        <translation>Preference</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="189"/>
        <location filename="../../ui/guest_form.py" line="197"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="189"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="189"/>
        <source>Must never happen</source>
        <translation>Must never happen</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="197"/>
        <source>Date (month-day or year-month-day)</source>
        <translation>Date (month-day or year-month-day)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="197"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="202"/>
        <source>&amp;Add taboo or allergy</source>
        <translation>&amp;Add taboo or allergy</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="202"/>
        <source>&amp;Remove taboo</source>
        <translation>&amp;Remove taboo</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="203"/>
        <source>Add &amp;preference</source>
        <translation>Add &amp;preference</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="203"/>
        <source>Remo&amp;ve preference</source>
        <translation>Remo&amp;ve preference</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="204"/>
        <source>&amp;Add date</source>
        <translation>&amp;Add date</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="204"/>
        <source>&amp;Remove date</source>
        <translation>&amp;Remove date</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="215"/>
        <source>Taboos and allergies</source>
        <translation>Taboos and allergies</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="218"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="224"/>
        <source>Birthdays and anniversaries (the year may be left out)</source>
        <translation>Birthdays and anniversaries (the year may be left out)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="236"/>
        <source>Choose &amp;photo…</source>
        <translation>Choose &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="239"/>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="257"/>
        <source>&amp;Guest</source>
        <translation>&amp;Guest</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="258"/>
        <source>&amp;Likes and taboos</source>
        <translation>&amp;Likes and taboos</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="259"/>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="260"/>
        <source>N&amp;otes and photo</source>
        <translation>N&amp;otes and photo</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="329"/>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="329"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="338"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="338"/>
        <source>This file is not an image vipdesk can read.</source>
        <translation>This file is not an image vipdesk can read.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="360"/>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
</context>
<context>
    <name>GuestPicker</name>
    <message>
        <location filename="../../ui/guest_picker.py" line="33"/>
        <source>in house</source>
        <translation>in house</translation>
    </message>
    <message>
        <location filename="../../ui/guest_picker.py" line="52"/>
        <source>Name, pinyin, initials, phone digits, member no.</source>
        <translation>Name, pinyin, initials, phone digits, member no.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_picker.py" line="54"/>
        <source>New &amp;guest…</source>
        <translation>New &amp;guest…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_picker.py" line="110"/>
        <source>No guest found: use New guest… (Alt+G)</source>
        <translation>No guest found: use New guest… (Alt+G)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_picker.py" line="129"/>
        <source>Complaint by %1</source>
        <translation>Complaint by %1</translation>
    </message>
</context>
<context>
    <name>GuestPrivacyDialog</name>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="68"/>
        <source>Identity and privacy — %1</source>
        <translation>Identity and privacy — %1</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="72"/>
        <source>ID documents</source>
        <translation>ID documents</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="81"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="82"/>
        <source>type or scan the whole number</source>
        <translation>type or scan the whole number</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="86"/>
        <source>Issuing country</source>
        <translation>Issuing country</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="87"/>
        <source>CN, US, JP… (CN if empty)</source>
        <translation>CN, US, JP… (CN if empty)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="89"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="90"/>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="91"/>
        <source>Issuing &amp;country</source>
        <translation>Issuing &amp;country</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="93"/>
        <source>&amp;Add document</source>
        <translation>&amp;Add document</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="97"/>
        <source>Only the last 4 characters are kept to show.</source>
        <translation>Only the last 4 characters are kept to show.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="104"/>
        <source>R&amp;emove the selected document</source>
        <translation>R&amp;emove the selected document</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="110"/>
        <source>Caution list (duty managers)</source>
        <translation>Caution list (duty managers)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="118"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="121"/>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="122"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="124"/>
        <source>&amp;Flag</source>
        <translation>&amp;Flag</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="127"/>
        <source>Take &amp;off the list</source>
        <translation>Take &amp;off the list</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="135"/>
        <source>Confidential guest (duty managers)</source>
        <translation>Confidential guest (duty managers)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="139"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="140"/>
        <source>the name the desk will see</source>
        <translation>the name the desk will see</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="141"/>
        <source>A&amp;lias</source>
        <translation>A&amp;lias</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="143"/>
        <source>&amp;Mark confidential</source>
        <translation>&amp;Mark confidential</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="146"/>
        <source>No longer confi&amp;dential</source>
        <translation>No longer confi&amp;dential</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="222"/>
        <source>Document added.</source>
        <translation>Document added.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="228"/>
        <source>Choose a document in the list first.</source>
        <translation>Choose a document in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="231"/>
        <source>Document removed.</source>
        <translation>Document removed.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="238"/>
        <source>The guest is on the caution list.</source>
        <translation>The guest is on the caution list.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="245"/>
        <source>The guest is off the caution list.</source>
        <translation>The guest is off the caution list.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="252"/>
        <source>The desk now sees this guest only by the alias.</source>
        <translation>The desk now sees this guest only by the alias.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="259"/>
        <source>The guest is no longer confidential.</source>
        <translation>The guest is no longer confidential.</translation>
    </message>
</context>
<context>
    <name>GuestRightsActions</name>
    <message>
        <location filename="../../ui/guest_rights.py" line="142"/>
        <source>Copy of guest &amp;data…</source>
        <translation>Copy of guest &amp;data…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="143"/>
        <source>Erase guest data…</source>
        <translation>Erase guest data…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="153"/>
        <location filename="../../ui/guest_rights.py" line="196"/>
        <source>Find and select a guest first.</source>
        <translation>Find and select a guest first.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="157"/>
        <source>Save a copy of the guest&apos;s data</source>
        <translation>Save a copy of the guest&apos;s data</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="186"/>
        <source>Saved the copy of the guest&apos;s data to %1</source>
        <translation>Saved the copy of the guest&apos;s data to %1</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="209"/>
        <source>This database is on a PostgreSQL server: the old versions of the erased rows stay in the server&apos;s data files until its VACUUM reuses the space, and vipdesk keeps no backups of its own there: the server&apos;s backups (pg_dump) made before now still hold this guest until they rotate out. Ask IT how long they are kept.</source>
        <translation>This database is on a PostgreSQL server: the old versions of the erased rows stay in the server&apos;s data files until its VACUUM reuses the space, and vipdesk keeps no backups of its own there: the server&apos;s backups (pg_dump) made before now still hold this guest until they rotate out. Ask IT how long they are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="216"/>
        <source>No backup holds this guest.</source>
        <translation>No backup holds this guest.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guest_rights.py" line="221"/>
        <source>%n older daily backup(s) still hold this guest until they rotate out (7 daily and 4 weekly copies are kept); the last one is gone by %1.</source>
        <translation>
            <numerusform>%n older daily backup still holds this guest until it rotates out (7 daily and 4 weekly copies are kept); the last one is gone by %1.</numerusform>
            <numerusform>%n older daily backups still hold this guest until they rotate out (7 daily and 4 weekly copies are kept); the last one is gone by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guest_rights.py" line="230"/>
        <source>%n copy/copies kept before an upgrade or a restore hold them until deleted by hand.</source>
        <translation>
            <numerusform>%n copy kept before an upgrade or a restore holds them until deleted by hand.</numerusform>
            <numerusform>%n copies kept before an upgrade or a restore hold them until deleted by hand.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="245"/>
        <source>%1, member no. %2</source>
        <translation>%1, member no. %2</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="248"/>
        <source>Erase guest data</source>
        <translation>Erase guest data</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="250"/>
        <source>Erase the personal data of %3 (guest #%1)?

Removed: name, member no., phones, e-mail, dates, preferences, taboos, photo, notes, ID documents, care and complaint texts. Kept: stay dates and rooms, complaint categories and times, so reports stay true.

%2</source>
        <translation>Erase the personal data of %3 (guest #%1)?

Removed: name, member no., phones, e-mail, dates, preferences, taboos, photo, notes, ID documents, care and complaint texts. Kept: stay dates and rooms, complaint categories and times, so reports stay true.

%2</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="276"/>
        <source>Erased the personal data of guest #%1. %2</source>
        <translation>Erased the personal data of guest #%1. %2</translation>
    </message>
</context>
<context>
    <name>KeyBackupBox</name>
    <message>
        <location filename="../../ui/key_backup.py" line="39"/>
        <source>The database is encrypted. Save its key now, on a USB stick or in the hotel&apos;s safe, not beside the backups: without it no backup can be restored on another PC (later: vipdesk key export).</source>
        <translation>The database is encrypted. Save its key now, on a USB stick or in the hotel&apos;s safe, not beside the backups: without it no backup can be restored on another PC (later: vipdesk key export).</translation>
    </message>
    <message>
        <location filename="../../ui/key_backup.py" line="50"/>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../../ui/key_backup.py" line="51"/>
        <source>Save the &amp;key</source>
        <translation>Save the &amp;key</translation>
    </message>
    <message>
        <location filename="../../ui/key_backup.py" line="74"/>
        <source>Key saved to %1. Keep it safe.</source>
        <translation>Key saved to %1. Keep it safe.</translation>
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
        <translation>Double VIP</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Triple VIP</source>
        <translation>Triple VIP</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Answer every question</source>
        <translation>Answer every question</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Keep in touch</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>A dedicated person</source>
        <translation>A dedicated person</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Beyond-standard service</source>
        <translation>Beyond-standard service</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Professional advisor</source>
        <translation>Professional advisor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Long-term partner</source>
        <translation>Long-term partner</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Food &amp; drink</source>
        <translation>Food &amp; drink</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Amenities</source>
        <translation>Amenities</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>caution</source>
        <translation>caution</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>serious</source>
        <translation>serious</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>DANGER</source>
        <translation>DANGER</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Taboo</source>
        <translation>Taboo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Allergy</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Anniversary</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Special day</source>
        <translation>Special day</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <location filename="../../ui/labels.py" line="193"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>starts with</source>
        <translation>starts with</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <location filename="../../ui/labels.py" line="108"/>
        <source>initials</source>
        <translation>initials</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>inside</source>
        <translation>inside</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>similar</source>
        <translation>similar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>ends with</source>
        <translation>ends with</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>pinyin</source>
        <translation>pinyin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>member no.</source>
        <translation>member no.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>ID document</source>
        <translation>ID document</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>%1 today!</source>
        <translation>%1 today!</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>%1 tomorrow</source>
        <translation>%1 tomorrow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="124"/>
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 in %n day</numerusform>
            <numerusform>%1 in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>lunar leap %1-%2</source>
        <translation>lunar leap %1-%2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>lunar %1-%2</source>
        <translation>lunar %1-%2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="168"/>
        <source>Anonymised guest #%1</source>
        <translation>Anonymised guest #%1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>followed up</source>
        <translation>followed up</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185"/>
        <source>service attitude</source>
        <translation>service attitude</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>slow or untimely service</source>
        <translation>slow or untimely service</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187"/>
        <source>rigid rules</source>
        <translation>rigid rules</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>facilities</source>
        <translation>facilities</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>cleanliness</source>
        <translation>cleanliness</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>noise</source>
        <translation>noise</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="191"/>
        <source>billing</source>
        <translation>billing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="192"/>
        <source>food</source>
        <translation>food</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>front office</source>
        <translation>front office</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <source>housekeeping</source>
        <translation>housekeeping</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="203"/>
        <source>food &amp; beverage</source>
        <translation>food &amp; beverage</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>engineering</source>
        <translation>engineering</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>other department</source>
        <translation>other department</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="221"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="222"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="223"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="224"/>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="231"/>
        <source>logged</source>
        <translation>logged</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="56"/>
        <location filename="../../ui/lock_screen.py" line="66"/>
        <source>vipdesk is locked</source>
        <translation>vipdesk is locked</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="73"/>
        <source>Locked by %1. Only they can unlock it.</source>
        <translation>Locked by %1. Only they can unlock it.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="93"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="108"/>
        <source>&amp;Switch user…</source>
        <translation>&amp;Switch user…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock_screen.py" line="130"/>
        <source>Someone else may sign in instead. The windows %1 left open are then closed, and the unsaved changes in %n of them are discarded.</source>
        <translation>
            <numerusform>Someone else may sign in instead. The windows %1 left open are then closed, and the unsaved changes in %n of them are discarded.</numerusform>
            <numerusform>Someone else may sign in instead. The windows %1 left open are then closed, and the unsaved changes in %n of them are discarded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="136"/>
        <source>Someone else may sign in instead. The windows %1 left open are then closed.</source>
        <translation>Someone else may sign in instead. The windows %1 left open are then closed.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="141"/>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Password or PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="141"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="184"/>
        <source>Too many wrong PINs: unlock with your password.</source>
        <translation>Too many wrong PINs: unlock with your password.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="187"/>
        <source>Unlock failed. After 10 failed attempts the account is locked for 30 minutes.</source>
        <translation>Unlock failed. After 10 failed attempts the account is locked for 30 minutes.</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../ui/care_view.py" line="92"/>
        <location filename="../../ui/care_view.py" line="97"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="93"/>
        <location filename="../../ui/care_view.py" line="98"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="94"/>
        <location filename="../../ui/care_view.py" line="99"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="96"/>
        <source>Log contact</source>
        <translation>Log contact</translation>
    </message>
</context>
<context>
    <name>LogbookResultDialog</name>
    <message>
        <location filename="../../ui/logbook_import.py" line="51"/>
        <source>Logbook imported</source>
        <translation>Logbook imported</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_import.py" line="53"/>
        <source>%1: %2 imported, %3 already there, %4 rejected.</source>
        <translation>%1: %2 imported, %3 already there, %4 rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_import.py" line="68"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_import.py" line="68"/>
        <source>Why it was rejected</source>
        <translation>Why it was rejected</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_import.py" line="77"/>
        <source>Every rejected row, with its reason and original cells, is in %1.</source>
        <translation>Every rejected row, with its reason and original cells, is in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logbook_import.py" line="80"/>
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
        <location filename="../../ui/main_window.py" line="251"/>
        <source>vipdesk — guest recognition</source>
        <translation>vipdesk — guest recognition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Name, pinyin, initials, phone digits, member no., room…  (Ctrl+F)</source>
        <translation>Name, pinyin, initials, phone digits, member no., room…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Find a guest</source>
        <translation>Find a guest</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Guests found</source>
        <translation>Guests found</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>&amp;Guest</source>
        <translation>&amp;Guest</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Find guest</source>
        <translation>&amp;Find guest</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;New guest…</source>
        <translation>&amp;New guest…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>&amp;Edit guest…</source>
        <translation>&amp;Edit guest…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>&amp;Identity and privacy…</source>
        <translation>&amp;Identity and privacy…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>&amp;Print cards of the selected guests…</source>
        <translation>&amp;Print cards of the selected guests…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Print &amp;registration cards…</source>
        <translation>Print &amp;registration cards…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Log a &amp;complaint…</source>
        <translation>Log a &amp;complaint…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>&amp;All complaints…</source>
        <translation>&amp;All complaints…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Care &amp;list…</source>
        <translation>Care &amp;list…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>My quick-unlock &amp;PIN…</source>
        <translation>My quick-unlock &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Lock the screen</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>Database: %1 · Staff: %2</source>
        <translation>Database: %1 · Staff: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>Arrow keys choose, Enter opens the profile.</source>
        <translation>Arrow keys choose, Enter opens the profile.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="359"/>
        <source>%n guest(s) found</source>
        <translation>
            <numerusform>%n guest found</numerusform>
            <numerusform>%n guests found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>No guest found. Check the spelling or try the phone number.</source>
        <translation>No guest found. Check the spelling or try the phone number.</translation>
    </message>
    <message>
        <location filename="../../ui/counter_dialogs.py" line="168"/>
        <source>Find and select a guest first.</source>
        <translation>Find and select a guest first.</translation>
    </message>
    <message>
        <location filename="../../ui/counter_dialogs.py" line="177"/>
        <source>Guest cards</source>
        <translation>Guest cards</translation>
    </message>
    <message>
        <location filename="../../ui/counter_dialogs.py" line="179"/>
        <source>Registration cards</source>
        <translation>Registration cards</translation>
    </message>
    <message>
        <location filename="../../ui/counter_dialogs.py" line="59"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/labels.py" line="252"/>
        <source>your role may not do this</source>
        <translation>your role may not do this</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>The guest database on the server %1 cannot be opened. Check that the server is running and this computer reaches it, and this counter&apos;s role and password (PGPASSWORD or .pgpass). The details are in the log.</source>
        <translation>The guest database on the server %1 cannot be opened. Check that the server is running and this computer reaches it, and this counter&apos;s role and password (PGPASSWORD or .pgpass). The details are in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269"/>
        <source>%1 could not be saved: you have no permission to write in that folder. Choose another folder, such as Documents.</source>
        <translation>%1 could not be saved: you have no permission to write in that folder. Choose another folder, such as Documents.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="274"/>
        <source>%1 could not be saved: the disk is full. Free some space or choose another disk.</source>
        <translation>%1 could not be saved: the disk is full. Free some space or choose another disk.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="278"/>
        <source>%1 could not be saved: the folder does not exist (was a USB stick removed?). Choose another folder.</source>
        <translation>%1 could not be saved: the folder does not exist (was a USB stick removed?). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="283"/>
        <source>%1 could not be saved: the disk is read-only. Choose another disk or folder.</source>
        <translation>%1 could not be saved: the disk is read-only. Choose another disk or folder.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="288"/>
        <source>%1 could not be saved. Choose another folder or try again.</source>
        <translation>%1 could not be saved. Choose another folder or try again.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="302"/>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="303"/>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="304"/>
        <source>is in the future</source>
        <translation>is in the future</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="305"/>
        <source>is before the complaint happened</source>
        <translation>is before the complaint happened</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="308"/>
        <source>is not between 1 and 5</source>
        <translation>is not between 1 and 5</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="309"/>
        <source>say what the guest answered</source>
        <translation>say what the guest answered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="310"/>
        <source>the password needs at least 8 characters</source>
        <translation>the password needs at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="313"/>
        <source>the password must not be the user name</source>
        <translation>the password must not be the user name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="316"/>
        <source>a PIN is 4 to 6 digits</source>
        <translation>a PIN is 4 to 6 digits</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="317"/>
        <source>choose 1 to 60 minutes</source>
        <translation>choose 1 to 60 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="318"/>
        <source>the list is empty</source>
        <translation>the list is empty</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="319"/>
        <source>“%1” is not a code: use lower-case letters, digits and _</source>
        <translation>“%1” is not a code: use lower-case letters, digits and _</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="322"/>
        <source>the label “%1” is used twice</source>
        <translation>the label “%1” is used twice</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="323"/>
        <source>“%1” is not a phone number: check the digits</source>
        <translation>“%1” is not a phone number: check the digits</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="326"/>
        <source>“%1” is not a date: write e.g. 1990-03-05, 3月5日, 03-05 or 农历八月十五</source>
        <translation>“%1” is not a date: write e.g. 1990-03-05, 3月5日, 03-05 or 农历八月十五</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="330"/>
        <source>“%1” is not a real date: check the month and the day</source>
        <translation>“%1” is not a real date: check the month and the day</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="341"/>
        <source>at least one duty manager or admin must remain</source>
        <translation>at least one duty manager or admin must remain</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="344"/>
        <source>at least one administrator who can sign in must remain</source>
        <translation>at least one administrator who can sign in must remain</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="347"/>
        <source>sign-in failed</source>
        <translation>sign-in failed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="348"/>
        <source>too many wrong PINs: sign in with your password</source>
        <translation>too many wrong PINs: sign in with your password</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="351"/>
        <source>this database already has accounts: an administrator adds more</source>
        <translation>this database already has accounts: an administrator adds more</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="354"/>
        <source>this user name is taken</source>
        <translation>this user name is taken</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="355"/>
        <source>there is no such user</source>
        <translation>there is no such user</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="356"/>
        <source>this guest is confidential: ask the duty manager to change their file</source>
        <translation>this guest is confidential: ask the duty manager to change their file</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="359"/>
        <source>this guest&apos;s data was erased: create a new guest instead</source>
        <translation>this guest&apos;s data was erased: create a new guest instead</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="362"/>
        <source>type the document number</source>
        <translation>type the document number</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="363"/>
        <source>a resident ID number has 17 digits and a digit or X</source>
        <translation>a resident ID number has 17 digits and a digit or X</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="366"/>
        <source>the birth date inside this resident ID number is not real</source>
        <translation>the birth date inside this resident ID number is not real</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="369"/>
        <source>this resident ID number&apos;s check digit is wrong: check the number</source>
        <translation>this resident ID number&apos;s check digit is wrong: check the number</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="372"/>
        <source>a document number is letters and digits only</source>
        <translation>a document number is letters and digits only</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="375"/>
        <source>say which country issued the document</source>
        <translation>say which country issued the document</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="378"/>
        <source>the issuing country is a 2- or 3-letter code such as CN</source>
        <translation>the issuing country is a 2- or 3-letter code such as CN</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="381"/>
        <source>this document is already on a guest&apos;s file: ask the duty manager</source>
        <translation>this document is already on a guest&apos;s file: ask the duty manager</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="384"/>
        <source>say why the guest is flagged</source>
        <translation>say why the guest is flagged</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="387"/>
        <source>give the alias the desk will see</source>
        <translation>give the alias the desk will see</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="388"/>
        <source>the alias must not be the guest&apos;s name</source>
        <translation>the alias must not be the guest&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="391"/>
        <source>The guest database is busy: another counter or program is holding what this needs. Nothing was saved: try again in a moment.</source>
        <translation>The guest database is busy: another counter or program is holding what this needs. Nothing was saved: try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="396"/>
        <source>The guest database server cannot be reached, so nothing was saved or read. vipdesk keeps retrying: try again in a moment, or ask IT to check the server.</source>
        <translation>The guest database server cannot be reached, so nothing was saved or read. vipdesk keeps retrying: try again in a moment, or ask IT to check the server.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="406"/>
        <source>this guest is confidential: ask the duty manager</source>
        <translation>this guest is confidential: ask the duty manager</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="409"/>
        <source>only a duty manager or an admin can change the caution list</source>
        <translation>only a duty manager or an admin can change the caution list</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="412"/>
        <source>only a duty manager or an admin can close a complaint</source>
        <translation>only a duty manager or an admin can close a complaint</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="415"/>
        <source>only an administrator can manage staff accounts and roles</source>
        <translation>only an administrator can manage staff accounts and roles</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="418"/>
        <source>only a duty manager or an admin can change the hotel&apos;s details</source>
        <translation>only a duty manager or an admin can change the hotel&apos;s details</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="421"/>
        <source>only a duty manager or an admin can change the service standards</source>
        <translation>only a duty manager or an admin can change the service standards</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="424"/>
        <source>only a duty manager or an admin can change the complaint lists</source>
        <translation>only a duty manager or an admin can change the complaint lists</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="427"/>
        <source>only a duty manager or an admin can skip a care task</source>
        <translation>only a duty manager or an admin can skip a care task</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="430"/>
        <source>only a duty manager or an admin can edit the care scripts</source>
        <translation>only a duty manager or an admin can edit the care scripts</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="433"/>
        <source>only a duty manager or an admin can change the care plan settings</source>
        <translation>only a duty manager or an admin can change the care plan settings</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="436"/>
        <source>only a duty manager or an admin can set a guest&apos;s dedicated person</source>
        <translation>only a duty manager or an admin can set a guest&apos;s dedicated person</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="338"/>
        <source>a closed complaint cannot be edited; add a note instead</source>
        <translation>a closed complaint cannot be edited; add a note instead</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/pin_dialog.py" line="46"/>
        <source>My quick-unlock PIN</source>
        <translation>My quick-unlock PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="51"/>
        <source>A PIN of 4 to 6 digits unlocks your own locked screen. After 5 wrong PINs your password is needed.</source>
        <translation>A PIN of 4 to 6 digits unlocks your own locked screen. After 5 wrong PINs your password is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="62"/>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="63"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="64"/>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="68"/>
        <source>Your &amp;password:</source>
        <translation>Your &amp;password:</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="69"/>
        <source>&amp;New PIN:</source>
        <translation>&amp;New PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="70"/>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;again:</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="80"/>
        <source>&amp;Save PIN</source>
        <translation>&amp;Save PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="84"/>
        <source>&amp;Remove PIN</source>
        <translation>&amp;Remove PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="100"/>
        <source>You have a PIN. A new one replaces it.</source>
        <translation>You have a PIN. A new one replaces it.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="100"/>
        <source>No PIN yet.</source>
        <translation>No PIN yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="112"/>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>A PIN is 4 to 6 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="116"/>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="137"/>
        <source>That is not your password.</source>
        <translation>That is not your password.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/print_preview.py" line="125"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="128"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_preview.py" line="145"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="152"/>
        <source>The hotel&apos;s name is not set: these cards print without a hotel header. A duty manager can set the hotel&apos;s details in Settings (Ctrl+,).</source>
        <translation>The hotel&apos;s name is not set: these cards print without a hotel header. A duty manager can set the hotel&apos;s details in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="184"/>
        <source>The page (%1 × %2 mm) is larger than the printer&apos;s paper (%3 × %4 mm). Choose larger paper in the print dialog.</source>
        <translation>The page (%1 × %2 mm) is larger than the printer&apos;s paper (%3 × %4 mm). Choose larger paper in the print dialog.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="196"/>
        <source>The printer could not be opened.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="212"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
<context>
    <name>PrivacyMarks</name>
    <message>
        <location filename="../../ui/privacy_marks.py" line="30"/>
        <source>Confidential guest: use only this name, confirm nothing</source>
        <translation>Confidential guest: use only this name, confirm nothing</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="35"/>
        <source>Confidential: the desk sees this guest as “%1”; confirm nothing</source>
        <translation>Confidential: the desk sees this guest as “%1”; confirm nothing</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="43"/>
        <source>Unpaid bill</source>
        <translation>Unpaid bill</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="44"/>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="45"/>
        <source>Harassment</source>
        <translation>Harassment</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="46"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="47"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="53"/>
        <source>Resident ID card</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="54"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="55"/>
        <source>Hong Kong/Macau permit</source>
        <translation>Hong Kong/Macau permit</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="56"/>
        <source>Taiwan permit</source>
        <translation>Taiwan permit</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="57"/>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="66"/>
        <source>Caution: ask the duty manager</source>
        <translation>Caution: ask the duty manager</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="69"/>
        <source>Caution: %1</source>
        <translation>Caution: %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="75"/>
        <source>set by %1 on %2</source>
        <translation>set by %1 on %2</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../ui/profile_panel.py" line="75"/>
        <source>Guest profile</source>
        <translation>Guest profile</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="174"/>
        <source>No guest selected</source>
        <translation>No guest selected</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="200"/>
        <source>Type a name, pinyin, initials or phone digits to find a guest.</source>
        <translation>Type a name, pinyin, initials or phone digits to find a guest.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="238"/>
        <source>as the guest says it</source>
        <translation>as the guest says it</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="259"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="280"/>
        <source>Care (AD stage)</source>
        <translation>Care (AD stage)</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="302"/>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="309"/>
        <source>&lt;b&gt;In house&lt;/b&gt;: room %1 until %2</source>
        <translation>&lt;b&gt;In house&lt;/b&gt;: room %1 until %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="315"/>
        <source>%n stay(s)</source>
        <translation>
            <numerusform>%n stay</numerusform>
            <numerusform>%n stays</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="317"/>
        <source>last %1, room %2</source>
        <translation>last %1, room %2</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="322"/>
        <source>First stay</source>
        <translation>First stay</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="347"/>
        <source>ID documents</source>
        <translation>ID documents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="355"/>
        <source>%n unresolved complaint(s): handle with care</source>
        <translation>
            <numerusform>%n unresolved complaint: handle with care</numerusform>
            <numerusform>%n unresolved complaints: handle with care</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="370"/>
        <source>Must never happen</source>
        <translation>Must never happen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="380"/>
        <source>(turning %n)</source>
        <translation>
            <numerusform>(turning %n)</numerusform>
            <numerusform>(turning %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="382"/>
        <source>(%n year(s))</source>
        <translation>
            <numerusform>(%n year)</numerusform>
            <numerusform>(%n years)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="392"/>
        <source>Service standard for %1</source>
        <translation>Service standard for %1</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="407"/>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="416"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="417"/>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="429"/>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="444"/>
        <source>Stays</source>
        <translation>Stays</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="23"/>
        <source>Receptionist</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="24"/>
        <source>Duty manager</source>
        <translation>Duty manager</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="25"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../ui/screen_lock.py" line="101"/>
        <location filename="../../ui/screen_lock.py" line="155"/>
        <source>vipdesk — locked</source>
        <translation>vipdesk — locked</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search_model.py" line="130"/>
        <source>birthday %1</source>
        <translation>birthday %1</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="120"/>
        <source>in house · %1</source>
        <translation>in house · %1</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="112"/>
        <source>caution</source>
        <translation>caution</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="114"/>
        <source>confidential</source>
        <translation>confidential</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="120"/>
        <source>in house</source>
        <translation>in house</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="123"/>
        <source>arriving today</source>
        <translation>arriving today</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="132"/>
        <source>last stay %1</source>
        <translation>last stay %1</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="140"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="140"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="140"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="140"/>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../ui/settings_security.py" line="37"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_security.py" line="38"/>
        <source>Lock the screen after idle minutes</source>
        <translation>Lock the screen after idle minutes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_security.py" line="41"/>
        <source>&amp;Lock the screen after</source>
        <translation>&amp;Lock the screen after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_security.py" line="44"/>
        <source>Without keyboard or mouse input for this long, every vipdesk window on every counter is covered until its user unlocks it (1 to 60 minutes). Ctrl+Shift+L locks at once.</source>
        <translation>Without keyboard or mouse input for this long, every vipdesk window on every counter is covered until its user unlocks it (1 to 60 minutes). Ctrl+Shift+L locks at once.</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <location filename="../../ui/live_link.py" line="44"/>
        <source>The guest database server cannot be reached — retrying…</source>
        <translation>The guest database server cannot be reached — retrying…</translation>
    </message>
</context>
<context>
    <name>ServiceCall</name>
    <message>
        <location filename="../../ui/operations.py" line="186"/>
        <source>Something went wrong. Your data is safe; the details are in the log.</source>
        <translation>Something went wrong. Your data is safe; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>Last good backup</source>
        <translation>Last good backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>&amp;Workstation</source>
        <translation>&amp;Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Service s&amp;tandards</source>
        <translation>Service s&amp;tandards</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>Secur&amp;ity</source>
        <translation>Secur&amp;ity</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>A&amp;udit trail</source>
        <translation>A&amp;udit trail</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="126"/>
        <source>&amp;Care plan</source>
        <translation>&amp;Care plan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="147"/>
        <source>Hotel &amp;name</source>
        <translation>Hotel &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="149"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="150"/>
        <source>Printed on registration cards and complaint reports.</source>
        <translation>Printed on registration cards and complaint reports.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <source>Only a duty manager or an administrator can change the hotel&apos;s details.</source>
        <translation>Only a duty manager or an administrator can change the hotel&apos;s details.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="187"/>
        <source>What each tier is owed; the profile shows it as a checklist.</source>
        <translation>What each tier is owed; the profile shows it as a checklist.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="240"/>
        <source>made by the server&apos;s own backups (pg_dump): ask IT when</source>
        <translation>made by the server&apos;s own backups (pg_dump): ask IT when</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="247"/>
        <source>none yet: one is made each day the app starts</source>
        <translation>none yet: one is made each day the app starts</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="52"/>
        <source>Sign in to vipdesk</source>
        <translation>Sign in to vipdesk</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="56"/>
        <source>Who is at the counter?</source>
        <translation>Who is at the counter?</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="63"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="66"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="67"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="68"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="71"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="72"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="79"/>
        <source>Demo database: sign in as %1 with the password %2.</source>
        <translation>Demo database: sign in as %1 with the password %2.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="94"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="128"/>
        <source>Sign-in failed. After 10 failed attempts an account is locked for 30 minutes.</source>
        <translation>Sign-in failed. After 10 failed attempts an account is locked for 30 minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="138"/>
        <source>An admin reset your password: choose your own now.</source>
        <translation>An admin reset your password: choose your own now.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/settings_staff.py" line="50"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="52"/>
        <source>Locked out</source>
        <translation>Locked out</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="54"/>
        <source>No password</source>
        <translation>No password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="56"/>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="58"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="59"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="110"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="111"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="112"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="113"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="130"/>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="141"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="142"/>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="143"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="144"/>
        <source>Unl&amp;ock</source>
        <translation>Unl&amp;ock</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="147"/>
        <source>Role of the selected account</source>
        <translation>Role of the selected account</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="150"/>
        <source>Set ro&amp;le</source>
        <translation>Set ro&amp;le</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="151"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="268"/>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="270"/>
        <source>Disable %1? They can no longer sign in. The account is kept: the history refers to it.</source>
        <translation>Disable %1? They can no longer sign in. The account is kept: the history refers to it.</translation>
    </message>
</context>
<context>
    <name>StayLabels</name>
    <message>
        <location filename="../../ui/stay_labels.py" line="23"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="24"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="25"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="26"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="27"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="28"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="29"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="36"/>
        <source>1 night</source>
        <translation>1 night</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="38"/>
        <source>%1 nights</source>
        <translation>%1 nights</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="45"/>
        <source>first stay</source>
        <translation>first stay</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="47"/>
        <source>%1 stay</source>
        <translation>%1 stay</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="56"/>
        <source>birthday</source>
        <translation>birthday</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="57"/>
        <source>anniversary</source>
        <translation>anniversary</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="58"/>
        <source>special date</source>
        <translation>special date</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="61"/>
        <source>%1 on the arrival day</source>
        <translation>%1 on the arrival day</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="63"/>
        <source>%1 on %2, during the stay</source>
        <translation>%1 on %2, during the stay</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="71"/>
        <source>Arriving today</source>
        <translation>Arriving today</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="73"/>
        <source>room %1</source>
        <translation>room %1</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="85"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="87"/>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="89"/>
        <source>in house</source>
        <translation>in house</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="91"/>
        <source>arriving today</source>
        <translation>arriving today</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="93"/>
        <source>arriving %1</source>
        <translation>arriving %1</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <location filename="../../ui/text_prompt.py" line="40"/>
        <source>Ctrl+Enter to confirm, Esc to cancel</source>
        <translation>Ctrl+Enter to confirm, Esc to cancel</translation>
    </message>
</context>
<context>
    <name>TodayBoard</name>
    <message>
        <location filename="../../ui/today_board.py" line="203"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today_board.py" line="208"/>
        <source>%n arrival(s)</source>
        <translation>
            <numerusform>%n arrival</numerusform>
            <numerusform>%n arrivals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today_board.py" line="209"/>
        <source>%n VIP and above</source>
        <translation>
            <numerusform>%n VIP and above</numerusform>
            <numerusform>%n VIP and above</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today_board.py" line="210"/>
        <source>%n not matched</source>
        <translation>
            <numerusform>%n not matched</numerusform>
            <numerusform>%n not matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today_board.py" line="211"/>
        <source>%n birthday(s)</source>
        <translation>
            <numerusform>%n birthday</numerusform>
            <numerusform>%n birthdays</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="216"/>
        <source>Arrivals (%1)</source>
        <translation>Arrivals (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="217"/>
        <source>In house (%1)</source>
        <translation>In house (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="218"/>
        <source>Departures (%1)</source>
        <translation>Departures (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="290"/>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="291"/>
        <source>To&amp;morrow</source>
        <translation>To&amp;morrow</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="292"/>
        <source>Day shown on the board</source>
        <translation>Day shown on the board</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="293"/>
        <source>Today&apos;s guests</source>
        <translation>Today&apos;s guests</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="294"/>
        <source>Arrivals, in house, departures</source>
        <translation>Arrivals, in house, departures</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="297"/>
        <source>Enter opens the profile · Space selects · Ctrl+P prints the registration and guest cards of the selected arrivals · Ctrl+1/2/3 arrivals, in house, departures · Esc back to the search box</source>
        <translation>Enter opens the profile · Space selects · Ctrl+P prints the registration and guest cards of the selected arrivals · Ctrl+1/2/3 arrivals, in house, departures · Esc back to the search box</translation>
    </message>
</context>
<context>
    <name>TodayBoardModel</name>
    <message>
        <location filename="../../ui/today_board_model.py" line="83"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="84"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="85"/>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="86"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="87"/>
        <source>Take care</source>
        <translation>Take care</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="137"/>
        <location filename="../../ui/today_board_model.py" line="175"/>
        <source>Not matched</source>
        <translation>Not matched</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="153"/>
        <source>caution: %1</source>
        <translation>caution: %1</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="155"/>
        <source>caution: ask the duty manager</source>
        <translation>caution: ask the duty manager</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="157"/>
        <source>not matched to a guest yet</source>
        <translation>not matched to a guest yet</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="160"/>
        <source>allergy</source>
        <translation>allergy</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="160"/>
        <source>taboo</source>
        <translation>taboo</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="167"/>
        <source>open complaint</source>
        <translation>open complaint</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="177"/>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="181"/>
        <source>also booked: %1 until %2</source>
        <translation>also booked: %1 until %2</translation>
    </message>
</context>
<context>
    <name>TodayHome</name>
    <message>
        <location filename="../../ui/today_home.py" line="133"/>
        <source>Select the arrivals to print first (Space selects).</source>
        <translation>Select the arrivals to print first (Space selects).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today_home.py" line="137"/>
        <source>Registration and guest cards of %n arrival(s)</source>
        <translation>
            <numerusform>Registration and guest cards of %n arrival</numerusform>
            <numerusform>Registration and guest cards of %n arrivals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message>
        <location filename="../../ui/unsaved_prompt.py" line="22"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
</context>
</TS>
