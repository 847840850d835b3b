; Vietnamese wizard texts for desk_app's installer, written for this project (Inno Setup ships no Vietnamese file).
; Used after compiler:Default.isl, so a message not listed here stays in English rather than failing the build.
; Saved as UTF-8 with a byte-order mark: Inno Setup reads it as Unicode only then.

[LangOptions]
LanguageName=Tiếng Việt
LanguageID=$042A
LanguageCodePage=0

[Messages]
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt %1
UninstallAppTitle=Gỡ cài đặt
SetupAlreadyRunning=Chương trình cài đặt đang chạy.
ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Cài đặt chưa xong. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nCó thể chạy lại chương trình cài đặt vào lúc khác.%n%nThoát cài đặt?
ButtonBack=< &Quay lại
ButtonNext=&Tiếp >
ButtonInstall=&Cài đặt
ButtonOK=Đồng ý
ButtonCancel=Hủy
ButtonYes=&Có
ButtonYesToAll=Có với &tất cả
ButtonNo=&Không
ButtonNoToAll=Khô&ng với tất cả
ButtonFinish=&Xong
ButtonBrowse=&Chọn...
ButtonWizardBrowse=C&họn...
ButtonNewFolder=&Tạo thư mục mới
WelcomeLabel1=Cài đặt [name]
WelcomeLabel2=Chương trình sẽ cài [name/ver] vào máy tính này, cho riêng tài khoản Windows đang dùng (không cần quyền quản trị).%n%nNên đóng các chương trình khác trước khi tiếp tục.
WizardSelectDir=Chọn nơi cài đặt
SelectDirDesc=Cài [name] vào đâu?
SelectDirLabel3=[name] sẽ được cài vào thư mục dưới đây.
SelectDirBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
DiskSpaceGBLabel=Cần ít nhất [gb] GB dung lượng trống.
DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng trống.
DiskSpaceWarningTitle=Không đủ dung lượng
DiskSpaceWarning=Cần ít nhất %1 KB dung lượng trống nhưng ổ đĩa đã chọn chỉ còn %2 KB.%n%nVẫn tiếp tục?
WizardSelectTasks=Chọn thêm
SelectTasksDesc=Làm thêm những việc nào?
SelectTasksLabel2=Chọn những việc cần làm thêm khi cài [name], rồi bấm Tiếp.
WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Đã sẵn sàng cài [name] vào máy tính này.
ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc Quay lại để xem lại các lựa chọn.
ReadyLabel2b=Bấm Cài đặt để bắt đầu.
ReadyMemoDir=Nơi cài đặt:
ReadyMemoGroup=Thư mục trong menu Start:
ReadyMemoTasks=Việc làm thêm:
WizardPreparing=Chuẩn bị cài đặt
PreparingDesc=Đang chuẩn bị cài [name] vào máy tính này.
ApplicationsFound=Các chương trình dưới đây đang dùng những tệp cần cập nhật. Nên để chương trình cài đặt tự đóng chúng (dữ liệu đã lưu không bị mất).
ApplicationsFound2=Các chương trình dưới đây đang dùng những tệp cần cập nhật. Nên để chương trình cài đặt tự đóng chúng; cài xong sẽ mở lại.
CloseApplications=&Tự động đóng các chương trình
DontCloseApplications=&Không đóng các chương trình
WizardInstalling=Đang cài đặt
InstallingLabel=Vui lòng chờ trong khi cài [name] vào máy tính này.
FinishedHeadingLabel=Đã cài xong [name]
FinishedLabelNoIcons=Đã cài xong [name] vào máy tính này.
FinishedLabel=Đã cài xong [name] vào máy tính này. Mở chương trình từ menu Start hoặc biểu tượng trên màn hình.
ClickFinish=Bấm Xong để kết thúc.
FinishedRestartLabel=Cần khởi động lại máy để hoàn tất việc cài [name]. Khởi động lại ngay?
FinishedRestartMessage=Cần khởi động lại máy để hoàn tất việc cài [name].%n%nKhởi động lại ngay?
StatusExtractFiles=Đang chép các tệp...
StatusCreateIcons=Đang tạo lối tắt...
ConfirmUninstall=Gỡ bỏ %1 khỏi máy tính này? Dữ liệu của cơ quan (cơ sở dữ liệu, bản sao lưu, tài liệu) được giữ lại.
UninstallStatusLabel=Vui lòng chờ trong khi gỡ %1 khỏi máy tính này.
UninstalledAll=Đã gỡ %1 khỏi máy tính này.
WizardUninstalling=Đang gỡ cài đặt
StatusUninstalling=Đang gỡ %1...

[CustomMessages]
AdditionalIcons=Lối tắt:
CreateDesktopIcon=Tạo biểu tượng trên &màn hình
LaunchProgram=Mở %1
