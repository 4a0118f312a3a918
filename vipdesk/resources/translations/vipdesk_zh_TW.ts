<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="41"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
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
        <translation>初始密碼</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="56"/>
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="59"/>
        <source>Add a staff account</source>
        <translation>新增員工帳戶</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="60"/>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
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
        <translation>重設 %1 的密碼</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="67"/>
        <source>&amp;Initial password:</source>
        <translation>初始密碼(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="68"/>
        <source>Password a&amp;gain:</source>
        <translation>再次輸入密碼(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="72"/>
        <source>At least %1 characters, not the user name. Its owner chooses a password of their own at the next sign-in.</source>
        <translation>至少 %1 個字元，且不能與使用者名稱相同。帳戶本人下次登入時須設定自己的密碼。</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="106"/>
        <source>Give a user name.</source>
        <translation>請填寫使用者名稱。</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="108"/>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="110"/>
        <source>At least %1 characters, and not the user name.</source>
        <translation>至少 %1 個字元，且不能與使用者名稱相同。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="74"/>
        <source>Something went wrong. Your data is safe; the details are in the log file:
%1</source>
        <translation>出了點問題。您的資料是安全的；詳情已記錄在日誌檔案中：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="253"/>
        <source>Building the search index… %1%</source>
        <translation>正在建立搜尋索引… %1%</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="258"/>
        <source>The search index is ready.</source>
        <translation>搜尋索引已就緒。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="264"/>
        <source>The search index could not be rebuilt: %1</source>
        <translation>無法重建搜尋索引：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="284"/>
        <source>Not encrypted: an admin can encrypt it with `vipdesk encrypt`</source>
        <translation>資料庫未加密：管理員可用 `vipdesk encrypt` 加密</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="290"/>
        <source>Database not encrypted</source>
        <translation>資料庫未加密</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="292"/>
        <source>Anyone who copies this database file can read every guest. Close vipdesk on every counter, then an admin runs `vipdesk encrypt` (see the README).</source>
        <translation>任何人複製這個資料庫檔案都能讀到所有客人資料。請先關閉每台櫃檯電腦上的 vipdesk，再由管理員執行 `vipdesk encrypt`（見 README）。</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../ui/settings_audit.py" line="58"/>
        <source>Signed in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="59"/>
        <source>Sign-in failed</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="60"/>
        <source>Signed out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="61"/>
        <source>Locked the screen</source>
        <translation>鎖定螢幕</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="62"/>
        <source>Unlocked</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="63"/>
        <source>Unlock failed</source>
        <translation>解鎖失敗</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="64"/>
        <source>Viewed a guest</source>
        <translation>查看賓客</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="65"/>
        <source>Created a guest</source>
        <translation>新增賓客</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="66"/>
        <source>Edited a guest</source>
        <translation>編輯賓客</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="67"/>
        <source>Merged guests</source>
        <translation>合併賓客</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="68"/>
        <source>Erased a guest</source>
        <translation>刪除賓客</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="69"/>
        <source>Printed</source>
        <translation>列印</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="70"/>
        <source>Exported</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="71"/>
        <source>Imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="72"/>
        <source>Changed a role</source>
        <translation>變更角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="73"/>
        <source>Changed settings</source>
        <translation>變更設定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="74"/>
        <source>Backed up</source>
        <translation>備份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="75"/>
        <source>Restored a backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="76"/>
        <source>Added a staff account</source>
        <translation>新增員工帳號</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="77"/>
        <source>Changed a password</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="78"/>
        <source>Reset a password</source>
        <translation>重設密碼</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="79"/>
        <source>New audit key</source>
        <translation>新的稽核金鑰</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="80"/>
        <source>Added demo data</source>
        <translation>新增示範資料</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="81"/>
        <source>Edited a stay</source>
        <translation>編輯住宿紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="82"/>
        <source>Marked as different people</source>
        <translation>標記為不同的人</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="83"/>
        <source>Logged a care contact</source>
        <translation>記錄關懷聯絡</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="84"/>
        <source>Disabled an account</source>
        <translation>停用帳號</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="85"/>
        <source>Lifted a lock-out</source>
        <translation>解除鎖定</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../ui/audit_detail.py" line="13"/>
        <source>fields</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="14"/>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="15"/>
        <source>file</source>
        <translation>檔案</translation>
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
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="19"/>
        <source>stays</source>
        <translation>入住記錄</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="20"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="21"/>
        <source>first admin</source>
        <translation>首位管理員</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="22"/>
        <source>demo</source>
        <translation>示範</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="23"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="24"/>
        <source>merged guest</source>
        <translation>合併的客人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="25"/>
        <source>other guest</source>
        <translation>另一位客人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="26"/>
        <source>kept in</source>
        <translation>保存於</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="27"/>
        <source>tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="28"/>
        <source>task</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="29"/>
        <source>outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="30"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="31"/>
        <source>staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="32"/>
        <source>channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="33"/>
        <source>given</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="34"/>
        <source>category</source>
        <translation>類別</translation>
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
        <translation>投訴</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="40"/>
        <source>imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="41"/>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="42"/>
        <source>unchanged</source>
        <translation>未變</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="43"/>
        <source>rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="44"/>
        <source>dedicated to</source>
        <translation>專人負責</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="45"/>
        <source>do not contact</source>
        <translation>勿聯絡</translation>
    </message>
    <message>
        <location filename="../../ui/audit_detail.py" line="46"/>
        <source>consent</source>
        <translation>行銷同意</translation>
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
        <translation>賓客</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="94"/>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="95"/>
        <source>Stay</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="96"/>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="97"/>
        <source>Database</source>
        <translation>資料庫</translation>
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
        <translation>會員號或編號</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="185"/>
        <source>Guest</source>
        <translation>賓客</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="188"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="189"/>
        <source>Staff</source>
        <translation>員工</translation>
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
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="203"/>
        <source>&amp;Verify chain</source>
        <translation>驗證鏈(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="209"/>
        <source>&amp;Guest</source>
        <translation>賓客(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="211"/>
        <source>Sta&amp;ff</source>
        <translation>員工(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="221"/>
        <source>Audit trail</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="278"/>
        <source>The newest %1 entries; narrow the filters to see older ones.</source>
        <translation>最新的 %1 筆紀錄；縮小篩選範圍可查看更早的紀錄。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_audit.py" line="283"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 筆紀錄</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="290"/>
        <source>No such guest or staff member.</source>
        <translation>沒有這位賓客或員工。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="297"/>
        <source>Checking…</source>
        <translation>正在驗證…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="305"/>
        <source>No chained entries yet.</source>
        <translation>尚無鏈式紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="308"/>
        <source>Intact: entries %1–%2 checked.</source>
        <translation>完好：已驗證第 %1–%2 筆紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="323"/>
        <source>Broken at entry %1: an entry was changed, deleted or inserted, or the latest entries were cut off.</source>
        <translation>在第 %1 筆紀錄處斷開：有紀錄被修改、刪除或插入，或最新的紀錄被截掉。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="327"/>
        <source>Broken: the trail was changed outside vipdesk.</source>
        <translation>已斷開：稽核紀錄在 vipdesk 之外被改動。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="331"/>
        <source>This computer does not hold the audit key of this database: verify on the computer that wrote the trail.</source>
        <translation>這台電腦沒有此資料庫的稽核金鑰：請在寫入紀錄的電腦上驗證。</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/settings_audit.py" line="131"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="132"/>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="133"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="134"/>
        <source>Object</source>
        <translation>對象</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="135"/>
        <source>Member no.</source>
        <translation>會員號</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="136"/>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../ui/settings_audit.py" line="137"/>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="69"/>
        <source>No complaints</source>
        <translation>沒有投訴</translation>
    </message>
</context>
<context>
    <name>CareDetailsDialog</name>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="38"/>
        <source>Care and consent</source>
        <translation>關懷與行銷同意</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="41"/>
        <location filename="../../ui/care_details_dialog.py" line="50"/>
        <source>Dedicated person</source>
        <translation>專人負責</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="44"/>
        <source>Do not contact (no calls, messages or wishes)</source>
        <translation>勿再聯繫（不打電話、不發簡訊、不送祝福）</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="59"/>
        <source>Consent</source>
        <translation>行銷同意</translation>
    </message>
    <message>
        <location filename="../../ui/care_details_dialog.py" line="63"/>
        <source>How it was given: registration card, by phone…</source>
        <translation>同意方式：登記卡、電話……</translation>
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
        <translation>— 無 —</translation>
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
        <translation>611簡訊</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="15"/>
        <source>611 short call</source>
        <translation>611短電話</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="16"/>
        <source>611 long call</source>
        <translation>611長電話</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="17"/>
        <source>Keep in touch</source>
        <translation>保持聯繫</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="18"/>
        <source>Second visit</source>
        <translation>二次入住</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="19"/>
        <source>Retention</source>
        <translation>維繫</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="20"/>
        <source>Wake up</source>
        <translation>喚醒沉睡客戶</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="21"/>
        <source>Win back</source>
        <translation>挽留受傷客戶</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="22"/>
        <source>Special day</source>
        <translation>特殊日子</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="23"/>
        <source>Festival</source>
        <translation>節日問候</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="29"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="30"/>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="31"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="32"/>
        <source>E-mail</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="33"/>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="34"/>
        <source>In person</source>
        <translation>當面</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="40"/>
        <source>Reached</source>
        <translation>聯繫上</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="41"/>
        <source>No answer</source>
        <translation>無人接聽</translation>
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
        <translation>勿再聯繫</translation>
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
        <translation>B · 保持聯繫</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="61"/>
        <source>C · 2nd stay: greet as a returning guest, recall their preferences</source>
        <translation>C · 第二次入住：以回頭客相迎，記住其喜好</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="64"/>
        <source>D · retention</source>
        <translation>D · 維繫</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="70"/>
        <source>New Year</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="71"/>
        <source>Spring Festival</source>
        <translation>春節</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="72"/>
        <source>Lantern Festival</source>
        <translation>元宵節</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="73"/>
        <source>Dragon Boat Festival</source>
        <translation>端午節</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="74"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋節</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="75"/>
        <location filename="../../ui/care_labels.py" line="76"/>
        <source>National Day</source>
        <translation>國慶日</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="77"/>
        <source>Christmas</source>
        <translation>聖誕節</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="89"/>
        <source>no stay for %1 months</source>
        <translation>已 %1 個月未入住</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="92"/>
        <source>complaint #%1 is overdue</source>
        <translation>投訴 #%1 已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="93"/>
        <source>complaint #%1 was never resolved</source>
        <translation>投訴 #%1 未曾解決</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="96"/>
        <source>complaint #%1: satisfaction 2 or less at the follow-up</source>
        <translation>投訴 #%1：回訪滿意度不高於2</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="102"/>
        <source>first stay, left %1: say thank you</source>
        <translation>首次入住，%1 離店：致謝</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="50"/>
        <location filename="../../ui/care_labels.py" line="106"/>
        <source>2nd stay: greet as a returning guest, recall their preferences</source>
        <translation>第二次入住：以回頭客相迎，記住其喜好</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="110"/>
        <source>stay %1 ended: retention</source>
        <translation>第 %1 次入住結束：維繫</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="113"/>
        <source>birthday on %1</source>
        <translation>%1 生日</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="114"/>
        <source>anniversary on %1</source>
        <translation>%1 紀念日</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="115"/>
        <source>special day on %1</source>
        <translation>%1 特別的日子</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="119"/>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="124"/>
        <source>611: message on the 1st and 15th</source>
        <translation>611：每月1日、15日簡訊</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="127"/>
        <source>611: mid-quarter call</source>
        <translation>611：季中短電話</translation>
    </message>
    <message>
        <location filename="../../ui/care_labels.py" line="128"/>
        <source>611: end-of-quarter call</source>
        <translation>611：季末長電話</translation>
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
        <translation>任務</translation>
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
        <translation>上次聯繫</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="101"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/care_list_model.py" line="102"/>
        <source>Script hint</source>
        <translation>話術提示</translation>
    </message>
</context>
<context>
    <name>CareSettingsPage</name>
    <message>
        <location filename="../../ui/settings_care.py" line="45"/>
        <source>Tiers in the plan</source>
        <translation>納入計畫的等級</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="46"/>
        <source>Calls</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="47"/>
        <location filename="../../ui/settings_care.py" line="88"/>
        <source>Asleep after</source>
        <translation>多久未住視為沉睡</translation>
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
        <translation>話術提示</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="73"/>
        <source>Guests of the tiers in the plan who have a completed stay get the 611 messages and calls, wake-up calls, special days and festivals. A guest is asleep after the months shown without a stay.</source>
        <translation>納入計畫的等級中已完成入住的客人會收到611簡訊和電話、喚醒電話、特殊日子和節日問候。超過所示月數沒有入住的客人視為沉睡客戶。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="80"/>
        <source>Who takes part</source>
        <translation>參與的客人</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="84"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="85"/>
        <source>In the plan</source>
        <translation>納入計畫</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="86"/>
        <source>Short call</source>
        <translation>短電話</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="87"/>
        <source>Long call</source>
        <translation>長電話</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="97"/>
        <source>%1 in the plan</source>
        <translation>%1納入計畫</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="98"/>
        <source>%1 get the short call</source>
        <translation>%1接短電話</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="99"/>
        <source>%1 get the long call</source>
        <translation>%1接長電話</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="110"/>
        <source>%1 asleep after months</source>
        <translation>%1幾個月無入住視為沉睡</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="112"/>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="119"/>
        <source>Days before a special day</source>
        <translation>特殊日子前幾天</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="121"/>
        <source> days before</source>
        <translation> 天前</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="122"/>
        <source>Special days and &amp;festivals</source>
        <translation>特殊日子和節日(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="132"/>
        <source>Task kind</source>
        <translation>任務類型</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="137"/>
        <source>Script hint</source>
        <translation>話術提示</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="140"/>
        <source>Restore the &amp;default wording</source>
        <translation>恢復預設話術(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_care.py" line="252"/>
        <source>Choose at least one tier for the plan.</source>
        <translation>請至少選擇一個納入計畫的等級。</translation>
    </message>
</context>
<context>
    <name>CareView</name>
    <message>
        <location filename="../../ui/care_view.py" line="197"/>
        <source>Care list — %1</source>
        <translation>關懷清單 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="204"/>
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="207"/>
        <source>All tiers</source>
        <translation>全部等級</translation>
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
        <translation>我的（專人負責）</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="212"/>
        <source>For a duty manager</source>
        <translation>值班經理負責</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="218"/>
        <source>Task kind</source>
        <translation>任務類型</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="219"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="220"/>
        <source>Assignee</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="221"/>
        <source>Care tasks</source>
        <translation>關懷任務</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="222"/>
        <source>Script hint (Enter: log contact)</source>
        <translation>話術提示（Enter：登記聯繫）</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="223"/>
        <source>Script hint</source>
        <translation>話術提示</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="224"/>
        <source>Save script</source>
        <translation>儲存話術</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="225"/>
        <source>Call &amp;sheet…</source>
        <translation>電話單(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="226"/>
        <source>Monthly &amp;report…</source>
        <translation>月報(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/care_view.py" line="310"/>
        <source>%1 of %n task(s)</source>
        <translation>
            <numerusform>顯示 %1 / 共 %n 項任務</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/care_view.py" line="312"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 項逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="351"/>
        <source>Call sheet %1</source>
        <translation>回訪電話單 %1</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="364"/>
        <source>Care report %1</source>
        <translation>客戶關懷月報 %1</translation>
    </message>
</context>
<context>
    <name>CodeTable</name>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="36"/>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="36"/>
        <source>Label</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="42"/>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="44"/>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ComplaintDetails</name>
    <message>
        <location filename="../../ui/complaint_details.py" line="35"/>
        <source>Recovery steps</source>
        <translation>補救步驟</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_details.py" line="47"/>
        <source>History</source>
        <translation>經過記錄</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="90"/>
        <source>Complaint #%1 — %2</source>
        <translation>投訴 #%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="96"/>
        <location filename="../../ui/complaint_dialog.py" line="334"/>
        <source>Log a complaint — %1</source>
        <translation>登記投訴 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="98"/>
        <location filename="../../ui/complaint_dialog.py" line="331"/>
        <source>Log a complaint</source>
        <translation>登記投訴</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="136"/>
        <source>The request is excessive</source>
        <translation>訴求過分</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="151"/>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="174"/>
        <source>Returning guest?</source>
        <translation>回頭客？</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="273"/>
        <source>Save this complaint?</source>
        <translation>儲存這條投訴嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="319"/>
        <source>it can no longer be edited, only annotated</source>
        <translation>不能再修改，只能新增備註</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="450"/>
        <source>choose one</source>
        <translation>請選擇一項</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="197"/>
        <source>Recovery step</source>
        <translation>補救步驟</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="316"/>
        <location filename="../../ui/complaint_dialog.py" line="349"/>
        <source>returning guest</source>
        <translation>回頭客</translation>
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
        <translation>請填寫完成時間</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="419"/>
        <source>pick the guest, or create them</source>
        <translation>請選擇客人，或新建客人</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="26"/>
        <source>When it happened</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="27"/>
        <source>Where / department</source>
        <translation>地點 / 部門</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="28"/>
        <source>Which service</source>
        <translation>涉及服務</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="29"/>
        <source>Staff involved</source>
        <translation>涉及員工</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="30"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="31"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="32"/>
        <source>What happened</source>
        <translation>事情經過</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="33"/>
        <source>The guest&apos;s real reason</source>
        <translation>客人不滿的真正原因</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="34"/>
        <source>What the guest wants</source>
        <translation>客人訴求</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="35"/>
        <source>Excessive request</source>
        <translation>訴求過分</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="36"/>
        <source>Why excessive</source>
        <translation>過分的原因</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="37"/>
        <source>Promised feedback by</source>
        <translation>承諾反饋時間</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="38"/>
        <source>Apologised</source>
        <translation>已致歉</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="39"/>
        <source>Listened</source>
        <translation>已傾聽</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="40"/>
        <source>Solution offered</source>
        <translation>已提出解決方案</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="41"/>
        <source>Remedial action taken</source>
        <translation>已採取補救措施</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="42"/>
        <source>Compensation</source>
        <translation>補償</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="43"/>
        <source>Compensation value</source>
        <translation>補償金額</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="44"/>
        <source>Duty manager</source>
        <translation>值班經理</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="45"/>
        <source>Follow-up call</source>
        <translation>回訪</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="46"/>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_fields.py" line="47"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="65"/>
        <source>Feedback due</source>
        <translation>反饋期限</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="66"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="67"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="68"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_list_model.py" line="69"/>
        <source>Department</source>
        <translation>部門</translation>
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
        <translation>部門和類別</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="103"/>
        <source>&amp;Departments</source>
        <translation>部門(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="104"/>
        <source>C&amp;ategories</source>
        <translation>類別(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="107"/>
        <source>Codes are short lower-case words (letters, digits, _); complaints keep the code they were filed under.</source>
        <translation>代碼為簡短的小寫英文單詞（字母、數字、_）；已登記的投訴保留原來的代碼。</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="111"/>
        <source>Only a duty manager can change these lists.</source>
        <translation>只有值班經理可以修改這些列表。</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="138"/>
        <source>%1: the code %2 is listed twice</source>
        <translation>%1：代碼 %2 重複</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="148"/>
        <source>Departments</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_lists_dialog.py" line="149"/>
        <source>Categories</source>
        <translation>類別</translation>
    </message>
</context>
<context>
    <name>ComplaintReportView</name>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="110"/>
        <source>Complaint report</source>
        <translation>投訴報告</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="120"/>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="121"/>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="122"/>
        <source>Resolved within the promised time</source>
        <translation>按承諾時間解決</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="123"/>
        <source>Median time to resolve</source>
        <translation>解決時長中位數</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="130"/>
        <source>By category</source>
        <translation>按類別</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="132"/>
        <source>By department</source>
        <translation>按部門</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="134"/>
        <source>&amp;Print / PDF…</source>
        <translation>列印 / PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="137"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="140"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="181"/>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_report_view.py" line="203"/>
        <source>Complaint report %1</source>
        <translation>投訴報告 %1</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <location filename="../../ui/complaints_view.py" line="83"/>
        <source>Complaints</source>
        <translation>投訴記錄</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="99"/>
        <source>Not closed</source>
        <translation>未關閉</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="229"/>
        <source>All categories</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="234"/>
        <source>All departments</source>
        <translation>全部部門</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="107"/>
        <source>All severities</source>
        <translation>全部嚴重程度</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="111"/>
        <source>&amp;Happened since</source>
        <translation>發生於此日期之後(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="119"/>
        <source>Only complaints that happened on or after this day</source>
        <translation>只顯示這一天及以後發生的投訴</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="123"/>
        <source>&amp;Overdue only</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="139"/>
        <source>&amp;Start handling</source>
        <translation>開始處理(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="140"/>
        <source>&amp;Resolved</source>
        <translation>已解決(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="141"/>
        <source>&amp;Follow-up call…</source>
        <translation>回訪(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="142"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="149"/>
        <source>&amp;Note…</source>
        <translation>備註(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="154"/>
        <source>Complete or correct the complaint (Enter)</source>
        <translation>補充或更正投訴（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="157"/>
        <source>&amp;Incident report…</source>
        <translation>事件報告(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="162"/>
        <source>Im&amp;port logbook…</source>
        <translation>匯入投訴記錄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="165"/>
        <source>An Excel complaint logbook saved as CSV (UTF-8 or GB18030)</source>
        <translation>另存為 CSV 的 Excel 投訴記錄（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="169"/>
        <source>&amp;Lists…</source>
        <translation>列表(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="171"/>
        <source>Departments and categories</source>
        <translation>部門和類別</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="174"/>
        <source>&amp;Monthly report…</source>
        <translation>月度報告(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="251"/>
        <source>Import a complaint logbook</source>
        <translation>匯入投訴記錄</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="253"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints_view.py" line="325"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 條投訴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints_view.py" line="325"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 條逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="152"/>
        <source>Op&amp;en / edit…</source>
        <translation>開啟 / 修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_prompts.py" line="34"/>
        <source>Resolved without a remedial action</source>
        <translation>未採取補救措施即解決</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_prompts.py" line="35"/>
        <source>No remedial action is recorded for this complaint. Why is it resolved without one? (kept in its history)</source>
        <translation>這條投訴沒有記錄補救措施。為什麼不經補救就解決？（將記入經過記錄）</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_prompts.py" line="17"/>
        <source>Close complaint</source>
        <translation>結案</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_prompts.py" line="18"/>
        <source>Close complaint #%1 (%2)? A closed complaint can no longer be edited, only annotated.</source>
        <translation>結案投訴 #%1（%2）？結案後不能再修改，只能新增備註。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="387"/>
        <source>Resolved without a remedial action: %1</source>
        <translation>未採取補救措施即解決：%1</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="465"/>
        <source>Incident report #%1</source>
        <translation>事件報告 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="479"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="479"/>
        <source>Add to the history:</source>
        <translation>新增到處理記錄：</translation>
    </message>
</context>
<context>
    <name>ConflictPrompt</name>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="114"/>
        <source>Changed in another window</source>
        <translation>有人在別處修改了</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="63"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="127"/>
        <source>Changed in another window by %1 at %2, after you opened it.</source>
        <translation>在您開啟之後，%1 於 %2 在另一個視窗修改了這筆記錄。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="130"/>
        <source>Changed in another window by %1, after you opened it.</source>
        <translation>在您開啟之後，%1 在另一個視窗修改了這筆記錄。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="72"/>
        <source>Your changes are not saved, so nothing of theirs is undone.</source>
        <translation>您的修改尚未儲存，對方的修改不會被覆蓋。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="77"/>
        <source>What they changed: %1</source>
        <translation>對方修改了：%1</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="86"/>
        <source>Reload shows what is stored now, with your text beside it to copy.</source>
        <translation>重新載入會顯示目前儲存的內容，您輸入的文字會保留在旁邊，可複製使用。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="91"/>
        <source>&amp;Reload (keep my text visible)</source>
        <translation>重新載入（保留我輸入的文字）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="96"/>
        <source>&amp;Keep editing</source>
        <translation>繼續編輯(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="113"/>
        <source>Changed at another counter</source>
        <translation>有人在另一個櫃檯修改了</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="119"/>
        <source>Changed at another counter by %1 at %2, after you opened it.</source>
        <translation>在您開啟之後，%1 於 %2 在另一個櫃檯修改了這筆記錄。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="123"/>
        <source>Changed at another counter by %1, after you opened it.</source>
        <translation>在您開啟之後，%1 在另一個櫃檯修改了這筆記錄。</translation>
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
        <translation>重新載入前您輸入的文字（未儲存；請複製仍需要的部分）：</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="202"/>
        <source>Your text from before the reload</source>
        <translation>重新載入前您輸入的文字</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../ui/curtain.py" line="28"/>
        <source>vipdesk is locked</source>
        <translation>vipdesk 已鎖定</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../../ui/guest_rights.py" line="47"/>
        <source>Erase guest data</source>
        <translation>刪除客人資料</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="50"/>
        <source>Erase the personal data of %1, member no. %2? This cannot be undone. Type the member no. to confirm.</source>
        <translation>要刪除 %1（會員號 %2）的個人資料嗎？此操作無法復原。請輸入會員號確認。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="53"/>
        <source>&amp;Member no.:</source>
        <translation>會員號(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="56"/>
        <source>Erase the personal data of %1 (no member no.)? This cannot be undone. Type the name as shown to confirm.</source>
        <translation>要刪除 %1（無會員號）的個人資料嗎？此操作無法復原。請按所示輸入姓名確認。</translation>
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
        <translation>刪除(&amp;E)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="171"/>
        <source>Set up vipdesk</source>
        <translation>設定 vipdesk</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="175"/>
        <source>No one can sign in to this database yet. Create the first administrator: they add the other staff accounts.</source>
        <translation>此資料庫尚無可登入的帳戶。請建立第一位管理員，由其新增其他員工帳戶。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="183"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="185"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="188"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="191"/>
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="192"/>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="193"/>
        <source>N&amp;ame:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="194"/>
        <source>&amp;Password (8 characters or more):</source>
        <translation>密碼（至少 8 個字元）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="195"/>
        <source>Password &amp;again:</source>
        <translation>再次輸入密碼(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="215"/>
        <source>Create administrator</source>
        <translation>建立管理員</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="229"/>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="243"/>
        <source>I have written it down</source>
        <translation>我已記下</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="249"/>
        <source>Recovery code: %1
Write it down and keep it away from this PC. It is shown only this once, and resets this administrator&apos;s password if it is forgotten.</source>
        <translation>復原碼：%1
請抄寫下來並與這台電腦分開保管。它只顯示這一次；忘記密碼時可用它重設此管理員的密碼。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/followup_dialog.py" line="31"/>
        <source>Follow-up call — %1</source>
        <translation>回訪 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="35"/>
        <source>What did the guest say?</source>
        <translation>客人怎麼說？</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="42"/>
        <source>very unhappy</source>
        <translation>非常不滿意</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="43"/>
        <source>neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="44"/>
        <source>delighted</source>
        <translation>非常滿意</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="51"/>
        <source>(1 very unhappy … 5 delighted)</source>
        <translation>（1 非常不滿意 … 5 非常滿意）</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="63"/>
        <source>What the guest said *</source>
        <translation>客人的回答 *</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="65"/>
        <source>Satisfaction after recovery</source>
        <translation>補救後的滿意度</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="78"/>
        <source>Say what the guest answered.</source>
        <translation>請填寫客人的回答。</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="83"/>
        <source>Choose how satisfied the guest is now (1–5).</source>
        <translation>請選擇客人現在的滿意度（1–5）。</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../ui/guest_dialog.py" line="83"/>
        <source>Open e&amp;xisting</source>
        <translation>開啟已有客人(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="85"/>
        <source>Merge &amp;into existing</source>
        <translation>合併到已有客人(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="87"/>
        <source>It&apos;s a di&amp;fferent person</source>
        <translation>不是同一個人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="109"/>
        <source>Care and con&amp;sent…</source>
        <translation>關懷與同意(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="119"/>
        <source>Edit guest</source>
        <translation>編輯客人</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="119"/>
        <source>New guest</source>
        <translation>新建客人</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="165"/>
        <source>This guest may already be on file. Open the existing guest, merge into it, or save as a different person.</source>
        <translation>這位客人可能已有檔案。請開啟已有客人、合併到已有客人，或作為另一位客人儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="169"/>
        <source>A matching guest is on the caution list: ask the duty manager.</source>
        <translation>有一位相符的客人在注意名單上：請先詢問值班經理。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="172"/>
        <source>A guest on file: ask the duty manager</source>
        <translation>已有一位客人檔案：請詢問值班經理</translation>
    </message>
    <message>
        <location filename="../../ui/guest_dialog.py" line="319"/>
        <source>Save the changes to this guest?</source>
        <translation>儲存對這位客人的修改嗎？</translation>
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
        <translation>會員號</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="32"/>
        <source>Name in own script</source>
        <translation>母語姓名</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="33"/>
        <source>Latin name</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="34"/>
        <source>Pronunciation</source>
        <translation>讀音</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="35"/>
        <source>Honorific</source>
        <translation>稱謂</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="36"/>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="37"/>
        <source>Phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="38"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="39"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="40"/>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="41"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="42"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="43"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="44"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="45"/>
        <source>Allergies and taboos</source>
        <translation>禁忌與過敏</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="46"/>
        <source>Special dates</source>
        <translation>特殊日期</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_prompt.py" line="47"/>
        <source>Stays</source>
        <translation>住店記錄</translation>
    </message>
</context>
<context>
    <name>GuestForm</name>
    <message>
        <location filename="../../ui/guest_form.py" line="120"/>
        <source>as the guest says it, e.g. Xiè, not Jiě</source>
        <translation>客人自己的讀法，如 Xiè（不讀 Jiě）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="146"/>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="147"/>
        <source>Pron&amp;unciation</source>
        <translation>讀音(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="148"/>
        <source>&amp;Honorific</source>
        <translation>稱謂(&amp;H)</translation>
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
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="152"/>
        <source>&amp;Tier</source>
        <translation>等級(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="153"/>
        <source>&amp;Member no.</source>
        <translation>會員號(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="154"/>
        <source>&amp;Phones</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="155"/>
        <source>&amp;E-mail</source>
        <translation>郵箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="156"/>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="157"/>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="158"/>
        <source>Preferred language</source>
        <translation>偏好語言</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="178"/>
        <source>e.g. +86 138 0013 8000; +852 9123 4567</source>
        <translation>例如 +86 138 0013 8000; +852 9123 4567</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="185"/>
        <source>Category</source>
        <translation>類別</translation>
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
        <translation>型別</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="189"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="189"/>
        <source>Must never happen</source>
        <translation>絕對禁忌</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="197"/>
        <source>Date (month-day or year-month-day)</source>
        <translation>日期（月-日 或 年-月-日）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="197"/>
        <source>Label</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="202"/>
        <source>&amp;Add taboo or allergy</source>
        <translation>新增禁忌或過敏(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="202"/>
        <source>&amp;Remove taboo</source>
        <translation>刪除禁忌(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="203"/>
        <source>Add &amp;preference</source>
        <translation>新增偏好(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="203"/>
        <source>Remo&amp;ve preference</source>
        <translation>刪除偏好(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="204"/>
        <source>&amp;Add date</source>
        <translation>新增日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="204"/>
        <source>&amp;Remove date</source>
        <translation>刪除日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="215"/>
        <source>Taboos and allergies</source>
        <translation>禁忌與過敏</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="218"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="224"/>
        <source>Birthdays and anniversaries (the year may be left out)</source>
        <translation>生日與紀念日（年份可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="236"/>
        <source>Choose &amp;photo…</source>
        <translation>選擇照片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="239"/>
        <source>Remove photo</source>
        <translation>刪除照片</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="257"/>
        <source>&amp;Guest</source>
        <translation>客人(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="258"/>
        <source>&amp;Likes and taboos</source>
        <translation>喜好與禁忌(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="259"/>
        <source>&amp;Dates</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="260"/>
        <source>N&amp;otes and photo</source>
        <translation>備註與照片(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="329"/>
        <source>Choose a photo</source>
        <translation>選擇照片</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="329"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>圖片 (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="338"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="338"/>
        <source>This file is not an image vipdesk can read.</source>
        <translation>無法讀取這個檔案，它不是 vipdesk 支援的圖片。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_form.py" line="360"/>
        <source>No photo</source>
        <translation>無照片</translation>
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
        <translation>姓名、拼音、首字母、電話號碼、會員號</translation>
    </message>
    <message>
        <location filename="../../ui/guest_picker.py" line="54"/>
        <source>New &amp;guest…</source>
        <translation>新建客人(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_picker.py" line="110"/>
        <source>No guest found: use New guest… (Alt+G)</source>
        <translation>未找到客人：請用「新建客人…」（Alt+G）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_picker.py" line="129"/>
        <source>Complaint by %1</source>
        <translation>投訴人：%1</translation>
    </message>
</context>
<context>
    <name>GuestPrivacyDialog</name>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="68"/>
        <source>Identity and privacy — %1</source>
        <translation>證件與隱私 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="72"/>
        <source>ID documents</source>
        <translation>證件</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="81"/>
        <source>Document number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="82"/>
        <source>type or scan the whole number</source>
        <translation>輸入或掃描完整號碼</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="86"/>
        <source>Issuing country</source>
        <translation>簽發國家</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="87"/>
        <source>CN, US, JP… (CN if empty)</source>
        <translation>CN、US、JP…（留空為 CN）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="89"/>
        <source>&amp;Type</source>
        <translation>類型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="90"/>
        <source>&amp;Number</source>
        <translation>號碼(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="91"/>
        <source>Issuing &amp;country</source>
        <translation>簽發國家(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="93"/>
        <source>&amp;Add document</source>
        <translation>新增證件(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="97"/>
        <source>Only the last 4 characters are kept to show.</source>
        <translation>只保存號碼末 4 碼用於顯示。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="104"/>
        <source>R&amp;emove the selected document</source>
        <translation>刪除所選證件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="110"/>
        <source>Caution list (duty managers)</source>
        <translation>注意名單（值班經理）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="118"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="121"/>
        <source>Cate&amp;gory</source>
        <translation>類別(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="122"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="124"/>
        <source>&amp;Flag</source>
        <translation>列入名單(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="127"/>
        <source>Take &amp;off the list</source>
        <translation>移出名單(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="135"/>
        <source>Confidential guest (duty managers)</source>
        <translation>保密客人（值班經理）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="139"/>
        <source>Alias</source>
        <translation>化名</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="140"/>
        <source>the name the desk will see</source>
        <translation>前台看到的稱呼</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="141"/>
        <source>A&amp;lias</source>
        <translation>化名(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="143"/>
        <source>&amp;Mark confidential</source>
        <translation>設為保密(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="146"/>
        <source>No longer confi&amp;dential</source>
        <translation>取消保密(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="222"/>
        <source>Document added.</source>
        <translation>證件已新增。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="228"/>
        <source>Choose a document in the list first.</source>
        <translation>請先在清單中選擇證件。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="231"/>
        <source>Document removed.</source>
        <translation>證件已刪除。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="238"/>
        <source>The guest is on the caution list.</source>
        <translation>該客人已列入注意名單。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="245"/>
        <source>The guest is off the caution list.</source>
        <translation>該客人已移出注意名單。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="252"/>
        <source>The desk now sees this guest only by the alias.</source>
        <translation>前台現在只能看到該客人的化名。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_privacy_dialog.py" line="259"/>
        <source>The guest is no longer confidential.</source>
        <translation>該客人已取消保密。</translation>
    </message>
</context>
<context>
    <name>GuestRightsActions</name>
    <message>
        <location filename="../../ui/guest_rights.py" line="142"/>
        <source>Copy of guest &amp;data…</source>
        <translation>客人資料副本(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="143"/>
        <source>Erase guest data…</source>
        <translation>刪除客人資料…</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="153"/>
        <location filename="../../ui/guest_rights.py" line="196"/>
        <source>Find and select a guest first.</source>
        <translation>請先查找並選擇客人。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="157"/>
        <source>Save a copy of the guest&apos;s data</source>
        <translation>儲存客人資料副本</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="186"/>
        <source>Saved the copy of the guest&apos;s data to %1</source>
        <translation>客人資料副本已儲存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="209"/>
        <source>This database is on a PostgreSQL server: the old versions of the erased rows stay in the server&apos;s data files until its VACUUM reuses the space, and vipdesk keeps no backups of its own there: the server&apos;s backups (pg_dump) made before now still hold this guest until they rotate out. Ask IT how long they are kept.</source>
        <translation>此資料庫在 PostgreSQL 伺服器上：被清除的記錄的舊版本仍留在伺服器的資料檔案中，直到伺服器的 VACUUM 重新使用這些空間；vipdesk 在那裡不保留自己的備份：伺服器此前做的備份（pg_dump）仍包含此客人的資料，直到這些備份輪換刪除。備份保留多久，請詢問 IT。</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="216"/>
        <source>No backup holds this guest.</source>
        <translation>沒有備份包含此客人的資料。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guest_rights.py" line="221"/>
        <source>%n older daily backup(s) still hold this guest until they rotate out (7 daily and 4 weekly copies are kept); the last one is gone by %1.</source>
        <translation>
            <numerusform>較早的 %n 份每日備份仍包含此客人的資料，直到輪替刪除（保留 7 份每日和 4 份每週備份）；最後一份將於 %1 前刪除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guest_rights.py" line="230"/>
        <source>%n copy/copies kept before an upgrade or a restore hold them until deleted by hand.</source>
        <translation>
            <numerusform>升級或還原前保留的 %n 份副本也包含此客人的資料，需手動刪除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="245"/>
        <source>%1, member no. %2</source>
        <translation>%1（會員號 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="248"/>
        <source>Erase guest data</source>
        <translation>刪除客人資料</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="250"/>
        <source>Erase the personal data of %3 (guest #%1)?

Removed: name, member no., phones, e-mail, dates, preferences, taboos, photo, notes, ID documents, care and complaint texts. Kept: stay dates and rooms, complaint categories and times, so reports stay true.

%2</source>
        <translation>要刪除 %3（客人 #%1）的個人資料嗎？

刪除：姓名、會員號、電話、郵箱、日期、偏好、忌諱、照片、備註、證件、關懷與投訴的文字。保留：入住日期和房號、投訴類別和時間，報表仍然準確。

%2</translation>
    </message>
    <message>
        <location filename="../../ui/guest_rights.py" line="276"/>
        <source>Erased the personal data of guest #%1. %2</source>
        <translation>已刪除客人 #%1 的個人資料。%2</translation>
    </message>
</context>
<context>
    <name>KeyBackupBox</name>
    <message>
        <location filename="../../ui/key_backup.py" line="39"/>
        <source>The database is encrypted. Save its key now, on a USB stick or in the hotel&apos;s safe, not beside the backups: without it no backup can be restored on another PC (later: vipdesk key export).</source>
        <translation>資料庫已加密。請立即保存其金鑰（存到隨身碟或飯店保險櫃，不要與備份放在一起）：沒有金鑰，任何備份都無法在另一台電腦上還原（以後可用 vipdesk key export 匯出）。</translation>
    </message>
    <message>
        <location filename="../../ui/key_backup.py" line="50"/>
        <source>Key file</source>
        <translation>金鑰檔案</translation>
    </message>
    <message>
        <location filename="../../ui/key_backup.py" line="51"/>
        <source>Save the &amp;key</source>
        <translation>儲存金鑰(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/key_backup.py" line="74"/>
        <source>Key saved to %1. Keep it safe.</source>
        <translation>金鑰已儲存到 %1。請妥善保管。</translation>
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
        <translation>雙VIP</translation>
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
        <translation>有問必答</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Keep in touch</source>
        <translation>保持溝通</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>A dedicated person</source>
        <translation>專人負責</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Beyond-standard service</source>
        <translation>超常服務</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Professional advisor</source>
        <translation>專業顧問</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Long-term partner</source>
        <translation>成長夥伴</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Room</source>
        <translation>客房</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Food &amp; drink</source>
        <translation>餐飲</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Amenities</source>
        <translation>客用品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Communication</source>
        <translation>溝通</translation>
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
        <translation>嚴重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>DANGER</source>
        <translation>危險</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Taboo</source>
        <translation>禁忌</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Allergy</source>
        <translation>過敏</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Anniversary</source>
        <translation>紀念日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Special day</source>
        <translation>特別日子</translation>
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
        <translation>開頭匹配</translation>
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
        <translation>結尾匹配</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>member no.</source>
        <translation>會員號</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>e-mail</source>
        <translation>郵箱</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>room</source>
        <translation>房間</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>ID document</source>
        <translation>證件</translation>
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
            <numerusform>%n天後%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>lunar leap %1-%2</source>
        <translation>農曆閏%1月%2日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>lunar %1-%2</source>
        <translation>農曆%1月%2日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="168"/>
        <source>Anonymised guest #%1</source>
        <translation>匿名客人 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>in progress</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>followed up</source>
        <translation>已回訪</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <source>closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185"/>
        <source>service attitude</source>
        <translation>服務態度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>slow or untimely service</source>
        <translation>服務不及時</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187"/>
        <source>rigid rules</source>
        <translation>規章僵化</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>facilities</source>
        <translation>設施裝置</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>cleanliness</source>
        <translation>衛生</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>noise</source>
        <translation>噪音</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="191"/>
        <source>billing</source>
        <translation>賬單</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="192"/>
        <source>food</source>
        <translation>餐飲</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>front office</source>
        <translation>前廳</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <source>housekeeping</source>
        <translation>客房</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="203"/>
        <source>food &amp; beverage</source>
        <translation>餐飲部</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>engineering</source>
        <translation>工程部</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>other department</source>
        <translation>其他部門</translation>
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
        <translation>嚴重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="231"/>
        <source>logged</source>
        <translation>登記</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <source>imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="56"/>
        <location filename="../../ui/lock_screen.py" line="66"/>
        <source>vipdesk is locked</source>
        <translation>vipdesk 已鎖定</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="73"/>
        <source>Locked by %1. Only they can unlock it.</source>
        <translation>由 %1 鎖定，只有本人可以解鎖。</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="93"/>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="108"/>
        <source>&amp;Switch user…</source>
        <translation>切換使用者(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock_screen.py" line="130"/>
        <source>Someone else may sign in instead. The windows %1 left open are then closed, and the unsaved changes in %n of them are discarded.</source>
        <translation>
            <numerusform>也可以由其他人登入。登入後 %1 開啟的視窗將被關閉，其中 %n 個視窗裡未儲存的修改將被放棄。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="136"/>
        <source>Someone else may sign in instead. The windows %1 left open are then closed.</source>
        <translation>也可以由其他人登入。登入後 %1 開啟的視窗將被關閉。</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="141"/>
        <source>&amp;Password or PIN:</source>
        <translation>密碼或 PIN(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="141"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="184"/>
        <source>Too many wrong PINs: unlock with your password.</source>
        <translation>PIN 錯誤次數過多：請用密碼解鎖。</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="187"/>
        <source>Unlock failed. After 10 failed attempts the account is locked for 30 minutes.</source>
        <translation>解鎖失敗。連續失敗 10 次後，帳戶將被鎖定 30 分鐘。</translation>
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
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="94"/>
        <location filename="../../ui/care_view.py" line="99"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/care_view.py" line="96"/>
        <source>Log contact</source>
        <translation>登記聯繫</translation>
    </message>
</context>
<context>
    <name>LogbookResultDialog</name>
    <message>
        <location filename="../../ui/logbook_import.py" line="51"/>
        <source>Logbook imported</source>
        <translation>投訴記錄已匯入</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_import.py" line="53"/>
        <source>%1: %2 imported, %3 already there, %4 rejected.</source>
        <translation>%1：匯入 %2 筆，已存在 %3 筆，拒收 %4 筆。</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_import.py" line="68"/>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_import.py" line="68"/>
        <source>Why it was rejected</source>
        <translation>拒收原因</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_import.py" line="77"/>
        <source>Every rejected row, with its reason and original cells, is in %1.</source>
        <translation>所有拒收的行（含原因和原始內容）已儲存在 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/logbook_import.py" line="80"/>
        <source>%n more not shown here.</source>
        <translation>
            <numerusform>另有 %n 筆未在此顯示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>vipdesk — guest recognition</source>
        <translation>vipdesk — 賓客識別</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Name, pinyin, initials, phone digits, member no., room…  (Ctrl+F)</source>
        <translation>姓名、拼音、首字母、手機尾號、會員號、房號…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Find a guest</source>
        <translation>查詢客人</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Guests found</source>
        <translation>查詢結果</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>&amp;Guest</source>
        <translation>客人(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Find guest</source>
        <translation>查詢客人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
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
        <translation>編輯客人(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>&amp;Identity and privacy…</source>
        <translation>證件與隱私(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>&amp;Print cards of the selected guests…</source>
        <translation>列印所選客人的卡片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Print &amp;registration cards…</source>
        <translation>列印入住登記卡(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Log a &amp;complaint…</source>
        <translation>登記投訴(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>&amp;All complaints…</source>
        <translation>全部投訴(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Care &amp;list…</source>
        <translation>關懷清單(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>&amp;Lock now</source>
        <translation>立即鎖定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>S&amp;witch user…</source>
        <translation>切換使用者(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>My quick-unlock &amp;PIN…</source>
        <translation>我的快速解鎖 PIN(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Lock the screen</source>
        <translation>鎖定螢幕</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>Database: %1 · Staff: %2</source>
        <translation>資料庫：%1 · 員工：%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>Arrow keys choose, Enter opens the profile.</source>
        <translation>用方向鍵選擇，按回車開啟檔案。</translation>
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
        <translation>未找到客人。請檢查拼寫，或試試手機號。</translation>
    </message>
    <message>
        <location filename="../../ui/counter_dialogs.py" line="168"/>
        <source>Find and select a guest first.</source>
        <translation>請先查詢並選擇客人。</translation>
    </message>
    <message>
        <location filename="../../ui/counter_dialogs.py" line="177"/>
        <source>Guest cards</source>
        <translation>客人卡片</translation>
    </message>
    <message>
        <location filename="../../ui/counter_dialogs.py" line="179"/>
        <source>Registration cards</source>
        <translation>入住登記卡</translation>
    </message>
    <message>
        <location filename="../../ui/counter_dialogs.py" line="59"/>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/labels.py" line="252"/>
        <source>your role may not do this</source>
        <translation>您的角色無權執行此操作</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>The guest database on the server %1 cannot be opened. Check that the server is running and this computer reaches it, and this counter&apos;s role and password (PGPASSWORD or .pgpass). The details are in the log.</source>
        <translation>無法開啟伺服器上的賓客資料庫 %1。請檢查伺服器是否在執行、本機能否連到它，以及本櫃檯的角色和密碼（PGPASSWORD 或 .pgpass）。詳情見日誌。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269"/>
        <source>%1 could not be saved: you have no permission to write in that folder. Choose another folder, such as Documents.</source>
        <translation>無法儲存 %1：您沒有寫入該資料夾的權限。請選擇其他資料夾，例如「文件」。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="274"/>
        <source>%1 could not be saved: the disk is full. Free some space or choose another disk.</source>
        <translation>無法儲存 %1：磁碟已滿。請騰出空間或選擇其他磁碟。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="278"/>
        <source>%1 could not be saved: the folder does not exist (was a USB stick removed?). Choose another folder.</source>
        <translation>無法儲存 %1：資料夾不存在（隨身碟是否已拔出？）。請選擇其他資料夾。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="283"/>
        <source>%1 could not be saved: the disk is read-only. Choose another disk or folder.</source>
        <translation>無法儲存 %1：磁碟為唯讀。請選擇其他磁碟或資料夾。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="288"/>
        <source>%1 could not be saved. Choose another folder or try again.</source>
        <translation>無法儲存 %1。請選擇其他資料夾或重試。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="302"/>
        <source>is required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="303"/>
        <source>is empty</source>
        <translation>為空</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="304"/>
        <source>is in the future</source>
        <translation>不能是將來的時間</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="305"/>
        <source>is before the complaint happened</source>
        <translation>早於投訴發生時間</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="308"/>
        <source>is not between 1 and 5</source>
        <translation>須在 1 到 5 之間</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="309"/>
        <source>say what the guest answered</source>
        <translation>請填寫客人的回答</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="310"/>
        <source>the password needs at least 8 characters</source>
        <translation>密碼至少需要 8 個字元</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="313"/>
        <source>the password must not be the user name</source>
        <translation>密碼不能與使用者名稱相同</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="316"/>
        <source>a PIN is 4 to 6 digits</source>
        <translation>PIN 碼為 4 至 6 位數字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="317"/>
        <source>choose 1 to 60 minutes</source>
        <translation>請選擇 1 到 60 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="318"/>
        <source>the list is empty</source>
        <translation>清單為空</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="319"/>
        <source>“%1” is not a code: use lower-case letters, digits and _</source>
        <translation>「%1」不是有效的代碼：只能用小寫字母、數字和 _</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="322"/>
        <source>the label “%1” is used twice</source>
        <translation>名稱「%1」用了兩次</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="323"/>
        <source>“%1” is not a phone number: check the digits</source>
        <translation>「%1」不是有效的電話號碼：請檢查數字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="326"/>
        <source>“%1” is not a date: write e.g. 1990-03-05, 3月5日, 03-05 or 农历八月十五</source>
        <translation>「%1」不是日期：請寫成 1990-03-05、3月5日、03-05 或 農曆八月十五 等形式</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="330"/>
        <source>“%1” is not a real date: check the month and the day</source>
        <translation>「%1」不是真實存在的日期：請檢查月份和日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="341"/>
        <source>at least one duty manager or admin must remain</source>
        <translation>至少要保留一名值班經理或管理員</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="344"/>
        <source>at least one administrator who can sign in must remain</source>
        <translation>必須至少保留一位可以登入的管理員</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="347"/>
        <source>sign-in failed</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="348"/>
        <source>too many wrong PINs: sign in with your password</source>
        <translation>PIN 碼錯誤次數過多：請用密碼登入</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="351"/>
        <source>this database already has accounts: an administrator adds more</source>
        <translation>此資料庫已有帳戶：請由管理員新增帳戶</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="354"/>
        <source>this user name is taken</source>
        <translation>此使用者名稱已被使用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="355"/>
        <source>there is no such user</source>
        <translation>沒有這個使用者</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="356"/>
        <source>this guest is confidential: ask the duty manager to change their file</source>
        <translation>該客人為保密客人：請值班經理修改其檔案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="359"/>
        <source>this guest&apos;s data was erased: create a new guest instead</source>
        <translation>該客人的資料已刪除：請新建客人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="362"/>
        <source>type the document number</source>
        <translation>請輸入證件號碼</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="363"/>
        <source>a resident ID number has 17 digits and a digit or X</source>
        <translation>居民身分證號碼為 17 位數字加一位數字或 X</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="366"/>
        <source>the birth date inside this resident ID number is not real</source>
        <translation>該身分證號碼中的出生日期不存在</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="369"/>
        <source>this resident ID number&apos;s check digit is wrong: check the number</source>
        <translation>該身分證號碼檢查碼不正確：請核對號碼</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="372"/>
        <source>a document number is letters and digits only</source>
        <translation>證件號碼只能包含字母和數字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="375"/>
        <source>say which country issued the document</source>
        <translation>請填寫簽發國家</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="378"/>
        <source>the issuing country is a 2- or 3-letter code such as CN</source>
        <translation>簽發國家為 2 或 3 個字母的代碼，如 CN</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="381"/>
        <source>this document is already on a guest&apos;s file: ask the duty manager</source>
        <translation>該證件已登記在某位客人的檔案中：請詢問值班經理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="384"/>
        <source>say why the guest is flagged</source>
        <translation>請說明列入名單的原因</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="387"/>
        <source>give the alias the desk will see</source>
        <translation>請填寫前台看到的化名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="388"/>
        <source>the alias must not be the guest&apos;s name</source>
        <translation>化名不能與客人真實姓名相同</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="391"/>
        <source>The guest database is busy: another counter or program is holding what this needs. Nothing was saved: try again in a moment.</source>
        <translation>客人資料庫正忙：另一台櫃檯電腦或程式正佔用這項操作所需的資料。未儲存任何內容，請稍後重試。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="396"/>
        <source>The guest database server cannot be reached, so nothing was saved or read. vipdesk keeps retrying: try again in a moment, or ask IT to check the server.</source>
        <translation>無法連線賓客資料庫伺服器，因此沒有儲存或讀取任何內容。vipdesk 正在持續重試：請稍後再試，或請 IT 檢查伺服器。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="406"/>
        <source>this guest is confidential: ask the duty manager</source>
        <translation>該客人為保密客人：請詢問值班經理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="409"/>
        <source>only a duty manager or an admin can change the caution list</source>
        <translation>只有值班經理或管理員可以修改注意名單</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="412"/>
        <source>only a duty manager or an admin can close a complaint</source>
        <translation>只有值班經理或管理員可以關閉投訴</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="415"/>
        <source>only an administrator can manage staff accounts and roles</source>
        <translation>只有管理員可以管理員工帳戶和角色</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="418"/>
        <source>only a duty manager or an admin can change the hotel&apos;s details</source>
        <translation>只有值班經理或管理員可以修改酒店資訊</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="421"/>
        <source>only a duty manager or an admin can change the service standards</source>
        <translation>只有值班經理或管理員可以修改服務標準</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="424"/>
        <source>only a duty manager or an admin can change the complaint lists</source>
        <translation>只有值班經理或管理員可以修改投訴清單</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="427"/>
        <source>only a duty manager or an admin can skip a care task</source>
        <translation>只有值班經理或管理員可以跳過關懷任務</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="430"/>
        <source>only a duty manager or an admin can edit the care scripts</source>
        <translation>只有值班經理或管理員可以修改話術</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="433"/>
        <source>only a duty manager or an admin can change the care plan settings</source>
        <translation>只有值班經理或管理員可以修改關懷計劃設定</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="436"/>
        <source>only a duty manager or an admin can set a guest&apos;s dedicated person</source>
        <translation>只有值班經理或管理員可以指定專人負責</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="338"/>
        <source>a closed complaint cannot be edited; add a note instead</source>
        <translation>已關閉的投訴不能修改，請添加備註</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/pin_dialog.py" line="46"/>
        <source>My quick-unlock PIN</source>
        <translation>我的快速解鎖 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="51"/>
        <source>A PIN of 4 to 6 digits unlocks your own locked screen. After 5 wrong PINs your password is needed.</source>
        <translation>4 到 6 位數字的 PIN 可以解鎖您自己鎖定的螢幕。PIN 輸錯 5 次後需要輸入密碼。</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="62"/>
        <source>Your password</source>
        <translation>您的密碼</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="63"/>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="64"/>
        <source>New PIN again</source>
        <translation>再次輸入新 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="68"/>
        <source>Your &amp;password:</source>
        <translation>您的密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="69"/>
        <source>&amp;New PIN:</source>
        <translation>新 PIN(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="70"/>
        <source>PIN &amp;again:</source>
        <translation>再次輸入 PIN(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="80"/>
        <source>&amp;Save PIN</source>
        <translation>儲存 PIN(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="84"/>
        <source>&amp;Remove PIN</source>
        <translation>刪除 PIN(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="100"/>
        <source>You have a PIN. A new one replaces it.</source>
        <translation>您已設定 PIN，新的 PIN 將取代它。</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="100"/>
        <source>No PIN yet.</source>
        <translation>尚未設定 PIN。</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="112"/>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>PIN 為 4 到 6 位數字。</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="116"/>
        <source>The two PINs differ.</source>
        <translation>兩次輸入的 PIN 不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="137"/>
        <source>That is not your password.</source>
        <translation>密碼不正確。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/print_preview.py" line="125"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="128"/>
        <source>&amp;Save PDF…</source>
        <translation>儲存 PDF(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_preview.py" line="145"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 頁</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="152"/>
        <source>The hotel&apos;s name is not set: these cards print without a hotel header. A duty manager can set the hotel&apos;s details in Settings (Ctrl+,).</source>
        <translation>尚未設定酒店名稱：這些登記卡列印時沒有酒店抬頭。值班經理可以在「設定」（Ctrl+,）中填寫酒店資訊。</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="184"/>
        <source>The page (%1 × %2 mm) is larger than the printer&apos;s paper (%3 × %4 mm). Choose larger paper in the print dialog.</source>
        <translation>頁面（%1 × %2 公釐）大於印表機的紙張（%3 × %4 公釐）。請在列印對話方塊中選擇更大的紙張。</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="196"/>
        <source>The printer could not be opened.</source>
        <translation>無法開啟印表機。</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="212"/>
        <source>Save PDF</source>
        <translation>儲存 PDF</translation>
    </message>
</context>
<context>
    <name>PrivacyMarks</name>
    <message>
        <location filename="../../ui/privacy_marks.py" line="30"/>
        <source>Confidential guest: use only this name, confirm nothing</source>
        <translation>保密客人：只用此稱呼，不向任何人確認其入住</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="35"/>
        <source>Confidential: the desk sees this guest as “%1”; confirm nothing</source>
        <translation>保密：前台看到的稱呼為「%1」；不向任何人確認其入住</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="43"/>
        <source>Unpaid bill</source>
        <translation>逃帳（跑帳）</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="44"/>
        <source>Damage</source>
        <translation>損壞物品</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="45"/>
        <source>Harassment</source>
        <translation>騷擾</translation>
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
        <translation>居民身分證</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="54"/>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="55"/>
        <source>Hong Kong/Macau permit</source>
        <translation>港澳通行證</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="56"/>
        <source>Taiwan permit</source>
        <translation>台灣通行證</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="57"/>
        <source>Other document</source>
        <translation>其他證件</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="66"/>
        <source>Caution: ask the duty manager</source>
        <translation>注意：請先詢問值班經理</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="69"/>
        <source>Caution: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_marks.py" line="75"/>
        <source>set by %1 on %2</source>
        <translation>由 %1 於 %2 設定</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../ui/profile_panel.py" line="75"/>
        <source>Guest profile</source>
        <translation>客人檔案</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="174"/>
        <source>No guest selected</source>
        <translation>未選擇客人</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="200"/>
        <source>Type a name, pinyin, initials or phone digits to find a guest.</source>
        <translation>輸入姓名、拼音、首字母或手機號碼查詢客人。</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="238"/>
        <source>as the guest says it</source>
        <translation>客人本人的讀法</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="259"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="280"/>
        <source>Care (AD stage)</source>
        <translation>關懷（AD階段）</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="302"/>
        <source>Member %1</source>
        <translation>會員 %1</translation>
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
        <translation>證件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="355"/>
        <source>%n unresolved complaint(s): handle with care</source>
        <translation>
            <numerusform>有 %n 條未解決的投訴：請格外用心</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="370"/>
        <source>Must never happen</source>
        <translation>絕對禁忌</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="380"/>
        <source>(turning %n)</source>
        <translation>
            <numerusform>（%n 歲）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_panel.py" line="382"/>
        <source>(%n year(s))</source>
        <translation>
            <numerusform>（%n 週年）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="392"/>
        <source>Service standard for %1</source>
        <translation>%1的服務標準</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="407"/>
        <source>Likes</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="416"/>
        <source>Complaints</source>
        <translation>投訴記錄</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="417"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="429"/>
        <source>room</source>
        <translation>房間</translation>
    </message>
    <message>
        <location filename="../../ui/profile_panel.py" line="444"/>
        <source>Stays</source>
        <translation>入住記錄</translation>
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
        <translation>值班經理</translation>
    </message>
    <message>
        <location filename="../../ui/staff_account_dialog.py" line="25"/>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../ui/screen_lock.py" line="101"/>
        <location filename="../../ui/screen_lock.py" line="155"/>
        <source>vipdesk — locked</source>
        <translation>vipdesk — 已鎖定</translation>
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
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="140"/>
        <source>Details</source>
        <translation>詳情</translation>
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
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/settings_security.py" line="38"/>
        <source>Lock the screen after idle minutes</source>
        <translation>無操作多少分鐘後鎖定螢幕</translation>
    </message>
    <message>
        <location filename="../../ui/settings_security.py" line="41"/>
        <source>&amp;Lock the screen after</source>
        <translation>鎖定螢幕的等待時間(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_security.py" line="44"/>
        <source>Without keyboard or mouse input for this long, every vipdesk window on every counter is covered until its user unlocks it (1 to 60 minutes). Ctrl+Shift+L locks at once.</source>
        <translation>在這段時間內沒有鍵盤或滑鼠操作時，每台櫃檯電腦上的所有 vipdesk 視窗都會被遮蓋，直到使用者解鎖（1 到 60 分鐘）。按 Ctrl+Shift+L 立即鎖定。</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <location filename="../../ui/live_link.py" line="44"/>
        <source>The guest database server cannot be reached — retrying…</source>
        <translation>無法連線賓客資料庫伺服器——正在重試…</translation>
    </message>
</context>
<context>
    <name>ServiceCall</name>
    <message>
        <location filename="../../ui/operations.py" line="186"/>
        <source>Something went wrong. Your data is safe; the details are in the log.</source>
        <translation>出了點問題。您的資料是安全的；詳情已記錄在日誌中。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>Last good backup</source>
        <translation>上次成功備份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>&amp;Workstation</source>
        <translation>本機(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>&amp;Hotel</source>
        <translation>酒店(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>&amp;Staff</source>
        <translation>員工(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Service s&amp;tandards</source>
        <translation>服務標準(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>Secur&amp;ity</source>
        <translation>安全(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>A&amp;udit trail</source>
        <translation>稽核紀錄(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="126"/>
        <source>&amp;Care plan</source>
        <translation>客戶關懷(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="147"/>
        <source>Hotel &amp;name</source>
        <translation>酒店名稱(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="149"/>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="150"/>
        <source>Printed on registration cards and complaint reports.</source>
        <translation>列印在入住登記卡和投訴報告上。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <source>Only a duty manager or an administrator can change the hotel&apos;s details.</source>
        <translation>只有值班經理或管理員可以修改酒店資訊。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="187"/>
        <source>What each tier is owed; the profile shows it as a checklist.</source>
        <translation>每個等級應享有的服務；客人資料中以清單顯示。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="240"/>
        <source>made by the server&apos;s own backups (pg_dump): ask IT when</source>
        <translation>由伺服器自己的備份（pg_dump）完成：備份時間請詢問 IT</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="247"/>
        <source>none yet: one is made each day the app starts</source>
        <translation>尚無：每天首次啟動時自動備份</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="52"/>
        <source>Sign in to vipdesk</source>
        <translation>登入 vipdesk</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="56"/>
        <source>Who is at the counter?</source>
        <translation>誰在櫃檯？</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="63"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="66"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="67"/>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="68"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="71"/>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="72"/>
        <source>&amp;New password:</source>
        <translation>新密碼(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="79"/>
        <source>Demo database: sign in as %1 with the password %2.</source>
        <translation>示範資料庫：請以 %1 登入，密碼為 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="94"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="128"/>
        <source>Sign-in failed. After 10 failed attempts an account is locked for 30 minutes.</source>
        <translation>登入失敗。連續失敗 10 次後，帳戶將被鎖定 30 分鐘。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="138"/>
        <source>An admin reset your password: choose your own now.</source>
        <translation>管理員已重設您的密碼：請現在設定您自己的密碼。</translation>
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
        <translation>已鎖定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="54"/>
        <source>No password</source>
        <translation>無密碼</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="56"/>
        <source>Must change password</source>
        <translation>須修改密碼</translation>
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
        <translation>使用者名稱</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="130"/>
        <source>Staff accounts</source>
        <translation>員工帳戶</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="141"/>
        <source>&amp;Add account…</source>
        <translation>新增帳戶(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="142"/>
        <source>Reset &amp;password…</source>
        <translation>重設密碼(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="143"/>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="144"/>
        <source>Unl&amp;ock</source>
        <translation>解除鎖定(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="147"/>
        <source>Role of the selected account</source>
        <translation>所選帳戶的角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="150"/>
        <source>Set ro&amp;le</source>
        <translation>設定角色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="151"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="268"/>
        <source>Disable account</source>
        <translation>停用帳戶</translation>
    </message>
    <message>
        <location filename="../../ui/settings_staff.py" line="270"/>
        <source>Disable %1? They can no longer sign in. The account is kept: the history refers to it.</source>
        <translation>停用 %1？此人將無法再登入。帳戶會保留，因為歷史記錄引用它。</translation>
    </message>
</context>
<context>
    <name>StayLabels</name>
    <message>
        <location filename="../../ui/stay_labels.py" line="23"/>
        <source>Monday</source>
        <translation>週一</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="24"/>
        <source>Tuesday</source>
        <translation>週二</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="25"/>
        <source>Wednesday</source>
        <translation>週三</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="26"/>
        <source>Thursday</source>
        <translation>週四</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="27"/>
        <source>Friday</source>
        <translation>週五</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="28"/>
        <source>Saturday</source>
        <translation>週六</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="29"/>
        <source>Sunday</source>
        <translation>週日</translation>
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
        <translation>紀念日</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="58"/>
        <source>special date</source>
        <translation>特別日期</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="61"/>
        <source>%1 on the arrival day</source>
        <translation>抵店當天%1</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="63"/>
        <source>%1 on %2, during the stay</source>
        <translation>住店期間%2%1</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="71"/>
        <source>Arriving today</source>
        <translation>今日抵店</translation>
    </message>
    <message>
        <location filename="../../ui/stay_labels.py" line="73"/>
        <source>room %1</source>
        <translation>房間 %1</translation>
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
        <translation>Ctrl+Enter 確認，Esc 取消</translation>
    </message>
</context>
<context>
    <name>TodayBoard</name>
    <message>
        <location filename="../../ui/today_board.py" line="203"/>
        <source>Loading…</source>
        <translation>載入中…</translation>
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
        <translation>離店 (%1)</translation>
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
        <translation>看板顯示的日期</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="293"/>
        <source>Today&apos;s guests</source>
        <translation>今日賓客</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="294"/>
        <source>Arrivals, in house, departures</source>
        <translation>抵店、在住、離店</translation>
    </message>
    <message>
        <location filename="../../ui/today_board.py" line="297"/>
        <source>Enter opens the profile · Space selects · Ctrl+P prints the registration and guest cards of the selected arrivals · Ctrl+1/2/3 arrivals, in house, departures · Esc back to the search box</source>
        <translation>Enter 開啟檔案 · 空白鍵選擇 · Ctrl+P 列印所選抵店客人的入住登記卡和賓客卡 · Ctrl+1/2/3 抵店、在住、離店 · Esc 返回搜尋框</translation>
    </message>
</context>
<context>
    <name>TodayBoardModel</name>
    <message>
        <location filename="../../ui/today_board_model.py" line="83"/>
        <source>Guest</source>
        <translation>賓客</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="84"/>
        <source>Tier</source>
        <translation>等級</translation>
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
        <translation>注意事項</translation>
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
        <translation>注意：請先詢問值班經理</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="157"/>
        <source>not matched to a guest yet</source>
        <translation>尚未匹配到賓客檔案</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="160"/>
        <source>allergy</source>
        <translation>過敏</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="160"/>
        <source>taboo</source>
        <translation>禁忌</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="167"/>
        <source>open complaint</source>
        <translation>有未結投訴</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="177"/>
        <source>until %1</source>
        <translation>住至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/today_board_model.py" line="181"/>
        <source>also booked: %1 until %2</source>
        <translation>另訂 %1 至 %2</translation>
    </message>
</context>
<context>
    <name>TodayHome</name>
    <message>
        <location filename="../../ui/today_home.py" line="133"/>
        <source>Select the arrivals to print first (Space selects).</source>
        <translation>請先選擇要列印的抵店客人（空白鍵選擇）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today_home.py" line="137"/>
        <source>Registration and guest cards of %n arrival(s)</source>
        <translation>
            <numerusform>%n 位抵店客人的入住登記卡和賓客卡</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message>
        <location filename="../../ui/unsaved_prompt.py" line="22"/>
        <source>&amp;Discard</source>
        <translation>放棄(&amp;D)</translation>
    </message>
</context>
</TS>
