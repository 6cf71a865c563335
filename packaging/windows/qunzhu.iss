; Inno Setup 6 script for Qunzhu's Windows installer (per-user, no administrator rights needed).
;
;   uv run python packaging/build.py      (runs ISCC with the defines below after building dist\qunzhu)
;   ISCC /DAppVersion=0.1.0 /DSourceDir=C:\path\to\dist\qunzhu packaging\windows\qunzhu.iss
;
; This file is UTF-8 with a byte-order mark: Inno Setup needs the mark to read the Chinese text.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\qunzhu"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#ifndef OutputName
  #define OutputName "Qunzhu-" + AppVersion + "-windows-x64-setup"
#endif

; Inno Setup 6 ships the Simplified Chinese messages either as an official or as an unofficial translation.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\Unofficial\ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl is missing from this Inno Setup installation (Languages\ or Languages\Unofficial\)
#endif

[Setup]
; The AppId identifies Qunzhu to Windows across versions (upgrades, uninstall): never change it.
AppId={{3C9A6E52-7F1D-4B8E-A0C4-5D2F9B61E7A3}
AppName=Qunzhu
AppVersion={#AppVersion}
AppVerName=Qunzhu {#AppVersion}
AppPublisher=Qunzhu
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Qunzhu
; Per user: installs into %LOCALAPPDATA%\Programs\Qunzhu, no UAC prompt.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Qunzhu
DefaultGroupName=Qunzhu
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
SetupIconFile=..\icons\qunzhu.ico
UninstallDisplayIcon={app}\Qunzhu.exe
UninstallDisplayName=Qunzhu
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; A running Qunzhu holds its files open: offer to close it.
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppTitle=群主
english.AppTitle=Qunzhu
chinesesimplified.DeleteUserData=是否同时删除群主的数据（数据库、备份、设置和日志）？%n%n%1%n%n选择“否”将保留这些数据，以后重新安装群主时可以继续使用。
english.DeleteUserData=Also delete your Qunzhu data (database, backups, settings and logs)?%n%n%1%n%nChoose No to keep it: if you install Qunzhu again, it finds your data where you left it.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder, so no library of an older version lingers. (User data is elsewhere.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppTitle}"; Filename: "{app}\Qunzhu.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\Qunzhu.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\Qunzhu.exe"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

[Code]
// The uninstaller removes the program only. The user's data (platformdirs: %LOCALAPPDATA%\Qunzhu\Qunzhu, holding
// the database, backups, settings, logs and caches) goes only if the user says so; a silent uninstall keeps it.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\Qunzhu');
    if DirExists(DataDir) and not UninstallSilent then
      if MsgBox(FmtMessage(CustomMessage('DeleteUserData'), [DataDir]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
