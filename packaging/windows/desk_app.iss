; Inno Setup 6 script: installs the frozen desk_app (PyInstaller one-folder build) for the current Windows user.
; Build (packaging/README.md): iscc /DAppVersion=0.1.0 /DDistDir=..\..\dist\desk-app packaging\windows\desk_app.iss
; Saved as UTF-8 with a byte-order mark so the Vietnamese names reach Windows intact.
;
; What it promises (tests/unit/packaging/test_installer_script.py checks these lines):
; - no administrator rights: per-user install under %LOCALAPPDATA%\Programs, shortcuts in the user's Start menu;
; - upgrade in place: the AppId below never changes, so a new version replaces the old one in its folder;
; - the office's data (%LOCALAPPDATA%\DeskApp: database, backups, documents) is never touched, not on upgrade,
;   not on uninstall; only the program folder is removed.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\desk-app"
#endif
#define AppName "Bàn tiếp công dân"
#define WindowExe "desk-app-window.exe"

[Setup]
; Never change this GUID: it is how a later installer finds and upgrades this one.
AppId={{8B0E5B4C-3F7A-4C61-9E2D-6A1D5C0F7B21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=desk_app
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user, no elevation: offices rarely give their officers administrator rights.
PrivilegesRequired=lowest
; {autopf} is %LOCALAPPDATA%\Programs when installing without administrator rights.
DefaultDirName={autopf}\DeskApp
DisableDirPage=auto
UsePreviousAppDir=yes
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; The window must be closed to replace its files; it saves on close (and backs up), so closing it loses nothing.
CloseApplications=yes
RestartApplications=no
SetupIconFile=..\..\desk_app\resources\icons\desk-app.ico
UninstallDisplayIcon={app}\{#WindowExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=desk-app-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade never mixes the libraries of two versions: the old bundle's _internal goes before the new one is copied.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#WindowExe}"; WorkingDir: "{app}"; Comment: "Tiếp công dân, xử lý đơn, lịch tiếp, báo cáo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#WindowExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#WindowExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder gathered while running (bytecode caches); the data folder is elsewhere and stays.
Type: filesandordirs; Name: "{app}\_internal"
