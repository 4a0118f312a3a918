; Inno Setup 6 script: the vipdesk installer for a Windows counter PC.
;
; Build on Windows (see the README, "Building the Windows installer"):
;   py packaging\build.py
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\vipdesk.iss
; -> dist\vipdesk-0.1.0-setup.exe
;
; Signing (not done here): sign dist\vipdesk\vipdesk.exe and vipdesk-cli.exe with signtool
; before ISCC, then let ISCC sign the installer and uninstaller:
;   ISCC.exe /DAppVersion=0.1.0 /DSign "/Ssigntool=signtool.exe sign /fd sha256 /a /tr <your CA's timestamp URL> /td sha256 $f" packaging\windows\vipdesk.iss
;
; Where data lives: databases, backups and the log are in the user's data folder
; (%LOCALAPPDATA%\vipdesk), or, when "shared" is chosen at install (all users only), in
; %ProgramData%\vipdesk, named in {app}\data-folder.txt, which vipdesk reads at start
; (vipdesk/config.py). Neither install, upgrade nor uninstall ever touches a data folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "vipdesk"
#define Bundle "..\..\dist\vipdesk"

[Setup]
; A fixed AppId: an upgrade finds and replaces the earlier installation.
AppId={{6D1C4F2A-8E57-4B8F-9A3C-2F71B0D4E9A6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=vipdesk
VersionInfoVersion={#AppVersion}
; Program Files for all users (admin), or %LOCALAPPDATA%\Programs for this user only, without
; admin rights: the first page asks; /ALLUSERS or /CURRENTUSER on the command line choose.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\vipdesk.ico
UninstallDisplayIcon={app}\vipdesk.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running vipdesk first (the database is closed cleanly).
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.DataPageCaption=Where should vipdesk keep its data?
en.DataPageDescription=Guest databases, daily backups and the log.
en.DataPageText=The installer and the uninstaller never touch this folder: upgrades keep your data, and the database is updated on its first start, after an automatic safety copy.
en.DataPerUser=Each Windows account keeps its own data (%LOCALAPPDATA%\vipdesk) — recommended
en.DataShared=One data folder for every account on this PC (%ProgramData%\vipdesk), for a counter shared by several Windows accounts
en.DesktopIcon=Create a desktop shortcut
en.StartApp=Start vipdesk

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program only: files of the previous version go first.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; The shared data folder: writable by every user of the PC, left in place on uninstall.
Name: "{commonappdata}\vipdesk"; Permissions: users-modify; Flags: uninsneveruninstall; Check: SharedData

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\vipdesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\vipdesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\vipdesk.exe"; Description: "{cm:StartApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the pointer file the installer wrote; the data folder it names stays.
Type: files; Name: "{app}\data-folder.txt"

[Code]
var
  DataPage: TInputOptionWizardPage;

procedure InitializeWizard;
begin
  DataPage := CreateInputOptionPage(wpSelectDir,
    CustomMessage('DataPageCaption'), CustomMessage('DataPageDescription'),
    CustomMessage('DataPageText'), True, False);
  DataPage.Add(CustomMessage('DataPerUser'));
  DataPage.Add(CustomMessage('DataShared'));
  if GetPreviousData('DataFolder', 'user') = 'shared' then
    DataPage.SelectedValueIndex := 1
  else
    DataPage.SelectedValueIndex := 0;
end;

function SharedData: Boolean;
begin
  { A machine-wide folder needs admin rights to create with the right permissions. }
  Result := IsAdminInstallMode and (DataPage.SelectedValueIndex = 1);
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  Result := (PageID = DataPage.ID) and not IsAdminInstallMode;
end;

procedure RegisterPreviousData(PreviousDataKey: Integer);
begin
  if SharedData then
    SetPreviousData(PreviousDataKey, 'DataFolder', 'shared')
  else
    SetPreviousData(PreviousDataKey, 'DataFolder', 'user');
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Lines: TArrayOfString;
  Pointer: String;
begin
  if CurStep = ssPostInstall then
  begin
    Pointer := ExpandConstant('{app}\data-folder.txt');
    if SharedData then
    begin
      SetArrayLength(Lines, 1);
      Lines[0] := ExpandConstant('{commonappdata}\vipdesk');
      SaveStringsToUTF8File(Pointer, Lines, False);
    end
    else
      DeleteFile(Pointer);  { back to per-user folders; no data is moved or deleted }
  end;
end;
