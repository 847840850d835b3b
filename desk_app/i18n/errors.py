"""Every error code's Vietnamese message, in one table: the ui, the command line and the documents all read it here."""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Final

FALLBACK: Final = "Giá trị không hợp lệ."
DATE_INVALID: Final = "Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy."


class Context(StrEnum):
    """Where a message is shown, for the few codes whose sentence must name what the form is about."""

    GENERAL = "general"
    SCHEDULE = "schedule"
    DIALOGUES = "dialogues"
    CLI = "cli"


# A key is "<field>.<code>" (errors.FieldError.key) or the key of a NotFoundError/ConflictError; a key with a
# ":detail" tail (DeskError subclasses such as "petition.transition:APPROVE:DA_VAO_SO") is looked up without it.
MESSAGES: Final[Mapping[str, str]] = {
    # Visits, citizens, office, petitions
    "required": "Trường này không được để trống.",
    "full_name.required": "Nhập họ và tên.",
    "visitor.full_name.required": "Nhập họ và tên người đến.",
    "id_number.digits_only": "Số căn cước chỉ gồm chữ số 0–9 (không dùng chữ số toàn chiều rộng hay ký tự khác).",
    "id_number.length_12": "Số căn cước/CCCD phải có đúng 12 chữ số.",
    "id_number.length_cmnd": "Số CMND phải có 9 hoặc 12 chữ số.",
    "id_number.passport": "Số hộ chiếu gồm 1 chữ cái và 7 chữ số, ví dụ C1234567.",
    "birth_year.range": "Năm sinh không hợp lệ.",
    "phone.invalid": "Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, dấu gạch hoặc dấu +.",
    "summary.required": "Nhập tóm tắt nội dung vụ việc.",
    "summary.too_long": "Nội dung dài quá 32.767 ký tự (sức chứa của một ô Excel); hãy tóm tắt lại, đính kèm bản đầy đủ.",
    "full_name.too_long": "Họ và tên dài quá 200 ký tự.",
    "address.too_long": "Địa chỉ dài quá 400 ký tự.",
    "category.required": "Chọn phân loại: khiếu nại, tố cáo hoặc kiến nghị, phản ánh.",
    "group_size.min": "Số người phải từ 1 trở lên.",
    "representatives.too_few": "Đoàn từ 5 người trở lên phải cử người đại diện (Điều 29 Luật Tiếp công dân).",
    "representatives.too_many": "Số người đại diện vượt quá mức cho phép (Điều 29 Luật Tiếp công dân).",
    "category.split": "Đơn có nhiều nội dung: hướng dẫn công dân tách thành từng đơn khiếu nại, tố cáo, kiến nghị, phản ánh riêng trước khi vào sổ.",
    "presided_by.required": "Tiếp định kỳ/đột xuất phải chọn người chủ trì.",
    "guidance_target.required": "Ghi rõ cơ quan, đơn vị được hướng dẫn đến.",
    "transfer_target.required": "Ghi rõ cơ quan, đơn vị có thẩm quyền nhận đơn chuyển.",
    "refusal_reason.required": "Chọn lý do từ chối tiếp.",
    "refusal_reason.only_kn_tc": "Lý do “đã giải quyết đúng nhưng vẫn khiếu nại, tố cáo kéo dài” (khoản 3 Điều 9 Luật Tiếp công dân) chỉ dùng cho vụ việc khiếu nại hoặc tố cáo: sửa Phân loại hoặc chọn lý do khác.",
    "refusal_reason.only_knpa": "Lý do “kiến nghị, phản ánh đã được trả lời” (điểm h khoản 1 Điều 4 Nghị định số 154/2026/NĐ-CP) chỉ dùng cho kiến nghị, phản ánh: sửa Phân loại hoặc chọn lý do khác.",
    "void_reason.required": "Nhập lý do hủy.",
    "case.not_found": "Không tìm thấy vụ việc đã chọn (có thể đã bị hủy); hãy chọn lại.",
    "case_result.not_found": "Không tìm thấy kết quả giải quyết đã chọn.",
    "case_result.voided": "Kết quả giải quyết này đã bị hủy hoặc đã được sửa; hãy chọn kết quả đang có hiệu lực.",
    "result_date.future": "Ngày có kết quả không được sau hôm nay.",
    "visit.not_found": "Không tìm thấy lượt tiếp (có thể đã bị hủy).",
    "visit.voided": "Lượt tiếp đã bị hủy, không thể sửa.",
    "date.invalid": DATE_INVALID,
    "date.future": "Ngày tiếp không được sau hôm nay.",
    "office.name.required": "Nhập tên cơ quan.",
    "office.abbreviation.required": "Nhập chữ viết tắt tên cơ quan (ví dụ UBND, STP).",
    "office.place_name.required": "Nhập địa danh ghi ở dòng ngày tháng.",
    "office.head_title.required": "Nhập chức vụ người đứng đầu (ví dụ CHỦ TỊCH).",
    "office.kind.invalid": "Loại cơ quan không hợp lệ.",
    "staff.full_name.required": "Nhập họ tên cán bộ.",
    "place.name.required": "Nhập tên nơi tiếp công dân.",
    "matter.summary.required": "Nhập tóm tắt nội dung này (hoặc xóa dòng này).",
    "matter.category.required": "Chọn phân loại của nội dung này: khiếu nại, tố cáo hoặc kiến nghị, phản ánh.",
    "matter.category.split": "Mỗi nội dung chỉ thuộc một phân loại: khiếu nại, tố cáo hoặc kiến nghị, phản ánh.",
    "matter.case.duplicate": "Vụ việc này đã được ghi cho một nội dung khác của lượt tiếp; chọn vụ việc khác.",
    "further_matters.refused": "Lượt từ chối tiếp không ghi nội dung khác: xóa các nội dung đã thêm trước khi từ chối.",
    "document.title.required": "Nhập tên giấy tờ, tài liệu (hoặc xóa dòng này).",
    "document.title.too_long": "Tên giấy tờ, tài liệu dài quá 500 ký tự.",
    "document.pages.min": "Số trang phải là số nguyên dương.",
    "pattern.empty": "Nhập quy tắc lịch tiếp, ví dụ: thứ Năm tuần thứ 2 và 4, buổi chiều.",
    "pattern.unrecognised": "Không hiểu quy tắc lịch tiếp; viết như: ngày 05 và 20 hằng tháng, hoặc chiều thứ Năm hằng tuần.",
    "pattern.ambiguous": "Quy tắc lịch tiếp chưa rõ: chọn hoặc theo ngày trong tháng, hoặc theo thứ trong tuần.",
    "month_days.invalid": "Ngày trong tháng phải từ 1 đến 31.",
    "month_days.unsorted": "Liệt kê các ngày trong tháng theo thứ tự tăng dần, không lặp lại.",
    "weekdays.invalid": "Thứ trong tuần không hợp lệ.",
    "weekdays.unsorted": "Liệt kê các thứ trong tuần theo thứ tự, không lặp lại.",
    "weeks.invalid": "Tuần trong tháng phải là tuần thứ 1 đến 5 hoặc tuần cuối.",
    "weeks.unsorted": "Liệt kê các tuần trong tháng theo thứ tự, không lặp lại.",
    "end_time.before_start": "Giờ kết thúc phải sau giờ bắt đầu.",
    "valid_to.before_start": "Ngày hết hiệu lực phải sau ngày bắt đầu áp dụng.",
    "received_date.future": "Ngày nhận đơn không được sau hôm nay.",
    "letter_date.after_received": "Ngày viết đơn không được sau ngày nhận đơn.",
    "forwarded_doc_date.after_received": "Ngày văn bản chuyển đơn không được sau ngày nhận đơn.",
    "forwarded_by_org.required": "Đơn do cơ quan khác chuyển đến: ghi rõ cơ quan, tổ chức chuyển đơn.",
    "main.full_name.required": "Nhập họ tên người đứng tên đơn, hoặc đánh dấu đơn nặc danh.",
    "signer_count.min": "Số người ký đơn không được ít hơn số người đứng tên đã nhập.",
    "competent_body.required": "Đơn không thuộc thẩm quyền: ghi rõ cơ quan có thẩm quyền giải quyết.",
    "target_body.required": "Ghi rõ cơ quan, đơn vị được hướng dẫn đến hoặc nhận đơn chuyển.",
    "reason.required": "Nhập lý do.",
    "petition.not_found": "Không tìm thấy đơn.",
    "petition.no_proposal": "Đơn chưa có đề xuất chờ duyệt.",
    "event_date.future": "Ngày không được sau hôm nay.",
    "doc_no.required": "Nhập số văn bản (quyết định tạm đình chỉ, tiếp tục, đình chỉ, gia hạn).",
    "extended_to.required": "Chọn thời hạn được gia hạn và ngày hết hạn mới.",
    "extended_to.not_later": "Ngày hết hạn mới phải sau hạn hiện tại.",
    "file.not_found": "Không tìm thấy tệp đã chọn.",
    "file.size": "Tệp rỗng hoặc quá lớn (tối đa 200 MB).",
    "file.copy_failed": "Sao chép tệp không trọn vẹn; hãy thử lại.",
    "deadline.not_found": "Không tìm thấy thời hạn.",
    # Intake screen
    "rep.full_name.required": "Nhập họ tên người đại diện (hoặc xóa dòng này).",
    "id_issue_date.invalid": "Ngày cấp không hợp lệ; nhập theo dạng dd/mm/yyyy.",
    "id_issue_date.future": "Ngày cấp không được sau hôm nay.",
    # Conclusion notices and dialogues
    "citizen_name.required": "Nhập họ tên công dân.",
    "conclusion.required": "Nhập nội dung kết luận, chỉ đạo.",
    "due_date.before_session": "Thời hạn không được trước ngày tiếp công dân.",
    "due_date.before_issue": "Thời hạn không được trước ngày ban hành thông báo.",
    "due_date.invalid": "Thời hạn không hợp lệ; nhập theo dạng dd/mm/yyyy.",
    "items.empty": "Thông báo kết luận phải có ít nhất một nội dung.",
    "issued_on.before_session": "Ngày ban hành không được trước ngày tiếp công dân.",
    "issued_on.before_dialogue": "Ngày ban hành không được trước ngày đối thoại.",
    "session.not_found": "Không tìm thấy buổi tiếp công dân (có thể đã bị hủy).",
    "session.not_held": "Buổi tiếp đã hủy hoặc không có công dân đến: không ra thông báo kết luận.",
    "session.not_issued": "Chưa ban hành thông báo kết luận của buổi tiếp này.",
    "item.not_found": "Không tìm thấy nội dung kết luận.",
    "kind.required": "Chọn hình thức đối thoại.",
    "date.required": "Nhập ngày (dd/mm/yyyy).",
    "time.invalid": "Giờ không hợp lệ; nhập theo dạng HH:mm.",
    "topic.required": "Nhập chủ đề, nội dung đối thoại.",
    "unit.required": "Nhập tên cơ quan, đơn vị phải trả lời.",
    "answered_on.required": "Nhập ngày đơn vị trả lời.",
    "answered_on.before_notice": "Ngày trả lời không được trước ngày thông báo kết luận.",
    "dialogue.not_found": "Không tìm thấy cuộc đối thoại.",
    "dialogue.notice_issued": "Thông báo kết luận của cuộc đối thoại này đã ban hành.",
    "dialogue.not_issued": "Chưa ban hành thông báo kết luận của cuộc đối thoại này.",
    "answer.not_found": "Không tìm thấy đơn vị phải trả lời.",
    "office.not_set_up": "Chưa khai báo thông tin cơ quan (Danh mục & cài đặt).",
    # Reception schedule
    "leader_id.required": "Chọn lãnh đạo tiếp công dân theo quy tắc này.",
    "leader_id.not_found": "Không tìm thấy cán bộ đã chọn (có thể đã nghỉ hoặc bị hủy).",
    "start_time.required": "Nhập giờ bắt đầu hoặc ghi buổi (sáng, chiều) trong quy tắc.",
    "rule.not_found": "Không tìm thấy quy tắc lịch tiếp (có thể đã bị hủy).",
    "session.status.voided": "Buổi tiếp đã bị hủy bản ghi, không thể thay đổi.",
    "session.status.cancelled": "Buổi tiếp đã bị hủy lịch: không thể công bố, lùi lịch hay ghi nhận đã tiếp.",
    "session.status.held": "Buổi tiếp đã diễn ra: không thể lùi lịch hay hủy lịch.",
    "session.status.has_visits": "Buổi tiếp đã có lượt tiếp công dân: không thể ghi “Không có công dân đến”.",
    "session.date.future": "Buổi tiếp chưa diễn ra: chỉ ghi nhận kết quả từ ngày tiếp trở đi.",
    "session.date.published": "Buổi tiếp đã công bố: dùng “Hoãn/lùi lịch” để đổi ngày.",
    "presided_by_id.required": "Chọn người chủ trì buổi tiếp.",
    "presided_by_id.not_found": "Không tìm thấy người chủ trì đã chọn.",
    "kind.invalid": "Buổi tiếp của lãnh đạo là tiếp định kỳ hoặc đột xuất.",
    "new_date.required": "Nhập ngày tiếp mới (dd/mm/yyyy).",
    "new_date.past": "Ngày tiếp mới không được trước hôm nay.",
    "new_date.not_working_day": "Ngày tiếp mới phải là ngày làm việc (không phải thứ Bảy, Chủ nhật, ngày nghỉ lễ, tết).",
    "new_date.same_day": "Ngày tiếp mới phải khác ngày tiếp hiện tại.",
    "registrant.full_name.required": "Nhập họ và tên công dân đăng ký.",
    "registrant.not_found": "Không tìm thấy công dân đăng ký (có thể đã bị hủy).",
    # Schedule screen fields
    "new_date.invalid": DATE_INVALID,
    "start_time.invalid": "Giờ không hợp lệ, nhập theo dạng hh:mm, ví dụ 13:30.",
    "end_time.invalid": "Giờ không hợp lệ, nhập theo dạng hh:mm, ví dụ 17:00.",
    "valid_from.invalid": DATE_INVALID,
    "valid_to.invalid": DATE_INVALID,
    # Working calendar
    "calendar_day.date.required": "Hãy nhập ngày (dd/mm/yyyy).",
    "calendar_day.date.invalid": "Ngày không hợp lệ; hãy nhập theo dạng dd/mm/yyyy.",
    "calendar_day.date.duplicate": "Ngày này đã có một mục do cơ quan nhập; hãy hủy mục đó trước.",
    "calendar_day.date.make_up_not_weekend": "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.",
    "calendar_day.date.day_off_on_weekend": "Ngày nghỉ bù, nghỉ hoán đổi hoặc nghỉ của địa phương phải là ngày từ thứ Hai đến thứ Sáu.",
    "calendar_day.kind.required": "Hãy chọn loại ngày.",
    "calendar_day.name_vi.required": "Hãy nhập tên ngày nghỉ hoặc ngày làm bù.",
    "calendar_day.name_vi.too_long": "Tên dài quá 200 ký tự.",
    "calendar_day.legal_ref.required": "Hãy nhập căn cứ (số, ngày văn bản và cơ quan ban hành).",
    "calendar_day.legal_ref.too_long": "Căn cứ dài quá 500 ký tự.",
    "calendar_day.replaces.required": "Ngày làm bù phải ghi thay cho ngày nghỉ nào.",
    "calendar_day.replaces.invalid": "Ngày thay cho không hợp lệ; hãy nhập theo dạng dd/mm/yyyy.",
    "calendar_day.replaces.same_day": "Ngày thay cho phải khác ngày đang nhập.",
    "calendar_day.void_reason.required": "Hãy ghi lý do hủy.",
    "calendar_day.not_found": "Không tìm thấy ngày này (có thể đã bị hủy).",
    # Deadline rules
    "length.min": "Số ngày phải là số nguyên từ 1 trở lên.",
    "complex_length.min": "Số ngày cho vụ việc phức tạp phải từ 1 trở lên (để 0 nếu không có).",
    "complex_length.shorter": "Số ngày cho vụ việc phức tạp không được ít hơn số ngày thông thường.",
    "legal_basis.required": "Nhập căn cứ pháp lý của thời hạn mới.",
    "legal_basis.too_long": "Căn cứ quá dài (tối đa 500 ký tự).",
    "effective_from.required": "Nhập ngày hiệu lực theo dạng dd/mm/yyyy.",
    "effective_from.invalid": "Ngày hiệu lực không hợp lệ; ghi theo dạng dd/mm/yyyy, ví dụ 01/09/2026.",
    "effective_from.taken": "Thời hạn này đã có phiên bản hiệu lực từ ngày này; chọn ngày hiệu lực khác.",
    "deadline_rule.not_found": "Không tìm thấy thời hạn này; hãy tải lại danh sách.",
    # Petition documents and the refusal notice
    "petition_doc.no_decision": "Đơn chưa có quyết định xử lý được lãnh đạo duyệt cho văn bản này.",
    "petition_doc.wrong_handling": "Quyết định xử lý của đơn không phải là hướng xử lý của văn bản này.",
    "petition_doc.not_complaint": "Thông báo thụ lý chỉ dùng cho đơn khiếu nại.",
    "petition_doc.no_author": "Đơn nặc danh: không có người nhận để gửi văn bản.",
    "signer.head_only": "Thông báo từ chối tiếp công dân do người đứng đầu ký; ký thay phải ghi lý do.",
    "petition_doc.no_proposal": "Đơn chưa có đề xuất xử lý.",
    "visit.not_refused": "Lượt tiếp này không phải là trường hợp từ chối tiếp.",
    "visit.no_notice_needed": "Lý do từ chối này không phải ra Thông báo 01/TCD: giải thích trực tiếp cho công dân (khoản 2 Điều 4 Nghị định số 154/2026/NĐ-CP).",
    # Form texts
    "text.placeholders": "Lời văn phải giữ đủ các chỗ thay tự động của mẫu: {names}.",
    "text.archive": "Dòng lưu văn bản phải bắt đầu bằng “Lưu”.",
    "text.too_long": "Lời văn quá dài (tối đa 2.000 ký tự).",
    "form_text.unknown": "Không có đoạn văn bản này.",
    # Reports
    "period.invalid": "Kỳ báo cáo không hợp lệ; ghi YYYY-Q1…Q4, YYYY-6T, YYYY-9T, YYYY hoặc YYYY-MM (ví dụ 2026-Q1).",
    "period.range": "Năm của kỳ báo cáo nằm ngoài khoảng cho phép.",
    "period.order": "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.",
    "report.already_locked": "Báo cáo kỳ này đã được khóa số liệu.",
    "report.not_locked": "Báo cáo kỳ này chưa khóa số liệu.",
    "report.leader_only": "Chỉ lãnh đạo mới được mở khóa báo cáo.",
    # Users, passwords and sign-in (the same sentence for an unknown login and a wrong password)
    "sign_in.wrong": "Tên đăng nhập hoặc mật khẩu không đúng.",
    "sign_in.locked": "Tài khoản đang tạm khóa vì nhập sai mật khẩu nhiều lần; hãy thử lại sau ít phút hoặc nhờ "
    "quản trị viên đặt lại mật khẩu.",
    "sign_in.already": "Đã có người đăng nhập; hãy đăng xuất trước khi đổi người.",
    "sign_in.required": "Hãy đăng nhập trước.",
    "sign_in.password_required": "Đăng nhập bằng tên đăng nhập và mật khẩu của bạn.",
    "recovery.wrong": "Mã khôi phục không đúng; kiểm tra lại từng nhóm ký tự trên giấy.",
    "security.not_set_up": "Dữ liệu chưa được bảo vệ bằng mật khẩu; hãy thiết lập tài khoản quản trị trước.",
    "security.already_set_up": "Dữ liệu đã được bảo vệ bằng mật khẩu; hãy đăng nhập.",
    "security.slots_missing": "Dữ liệu đã được mã hóa nhưng thiếu tệp keyslots.json bên cạnh; hãy chép lại tệp này "
    "từ bản sao lưu (không thiết lập lại được).",
    "security.no_key": "Dữ liệu chưa được mở bằng mật khẩu nên chưa thay đổi được tài khoản; hãy đăng nhập lại.",
    "login.required": "Nhập tên đăng nhập.",
    "login.invalid": "Tên đăng nhập từ 2 đến 60 ký tự, chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc "
    "gạch dưới, ví dụ dung.pt.",
    "login.taken": "Tên đăng nhập này đã có người dùng; chọn tên khác.",
    "password.required": "Nhập mật khẩu.",
    "password.too_short": "Mật khẩu phải có ít nhất 8 ký tự.",
    "password.too_long": "Mật khẩu dài tối đa 128 ký tự.",
    "password.common": "Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác (ví dụ một câu dễ nhớ).",
    "password.like_login": "Mật khẩu không được giống tên đăng nhập.",
    "new_password.required": "Nhập mật khẩu mới.",
    "new_password.too_short": "Mật khẩu mới phải có ít nhất 8 ký tự.",
    "new_password.too_long": "Mật khẩu mới dài tối đa 128 ký tự.",
    "new_password.common": "Mật khẩu mới quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác (ví dụ một câu dễ nhớ).",
    "new_password.like_login": "Mật khẩu mới không được giống tên đăng nhập.",
    "password.leader_only": "Mật khẩu của lãnh đạo chỉ được đặt lại bởi một lãnh đạo có quyền quản trị (nhập mật khẩu "
    "của mình để xác nhận), hoặc bằng mã khôi phục của cơ quan.",
    "new_password.same": "Mật khẩu mới phải khác mật khẩu hiện tại.",
    "old_password.wrong": "Mật khẩu hiện tại không đúng.",
    "leader_password.required": "Giao hoặc bỏ vai trò Lãnh đạo: lãnh đạo nhập mật khẩu của mình để xác nhận.",
    "leader_password.wrong": "Mật khẩu xác nhận của lãnh đạo không đúng.",
    "roles.required": "Chọn ít nhất một vai trò.",
    "roles.own": "Không ai được tự thay đổi vai trò của mình; nhờ quản trị viên khác.",
    "roles.leader_only": "Chỉ lãnh đạo (có quyền quản trị người dùng) mới được giao hoặc bỏ vai trò Lãnh đạo.",
    "roles.leader_via_users": "Vai trò Lãnh đạo chỉ được giao ở mục Người dùng, có lãnh đạo nhập mật khẩu xác nhận.",
    "staff_id.taken": "Cán bộ này đã có tài khoản.",
    "user.not_found": "Không tìm thấy tài khoản này (có thể đã bị khóa).",
    "user.self": "Không thể tự khóa tài khoản của mình.",
    "user.last_admin": "Đây là quản trị viên cuối cùng đang dùng; hãy giao quyền quản trị cho người khác trước.",
    # Access grants (DOMAIN §13.3.2)
    "grantee.required": "Chọn cán bộ được phép xem danh tính.",
    "grantee.self": "Không ai tự cho phép mình xem danh tính; hãy chọn cán bộ khác.",
    "grantee.no_account": "Cán bộ này chưa có tài khoản đăng nhập đang dùng nên chưa cho phép xem được.",
    "grantee.no_case_role": "Vai trò của cán bộ này không xem hồ sơ vụ việc nên không cho phép xem danh tính được.",
    "grantee.already_granted": "Cán bộ này đang được phép xem hồ sơ này rồi.",
    "grant_target.one": "Chọn cho phép xem một đơn hoặc một vụ việc.",
    "reason.too_long": "Lý do quá dài (tối đa 500 ký tự).",
    "access_grant.not_found": "Không tìm thấy quyền xem này; hãy tải lại danh sách.",
    "access_grant.revoked": "Quyền xem này đã được thu hồi trước đó.",
    # Command line
    "demo.not_empty": "Thư mục dữ liệu đã có lượt tiếp công dân; lệnh demo chỉ chạy trên thư mục chưa có dữ liệu (chọn thư mục khác bằng --data-dir).",
    # Codes that had no sentence of their own (they showed "Giá trị không hợp lệ." or the bare code)
    "not_found": "Không tìm thấy bản ghi này (có thể đã bị hủy); hãy tải lại danh sách.",
    "office": "Chưa khai báo thông tin cơ quan (Danh mục & cài đặt).",
    "staff.not_found": "Không tìm thấy cán bộ đã chọn (có thể đã nghỉ hoặc bị hủy).",
    "place.not_found": "Không tìm thấy nơi tiếp công dân đã chọn (có thể đã bị hủy).",
    "citizen.not_found": "Không tìm thấy công dân này (có thể đã bị hủy).",
    "attachment.not_found": "Không tìm thấy tệp đính kèm này (có thể đã bị gỡ khỏi đơn).",
    "document.not_found": "Không tìm thấy văn bản đã lưu này.",
    "file.unreadable": "Không đọc được tệp: tệp đã bị thay đổi, bị hỏng hoặc không thuộc dữ liệu của cơ quan này.",
    "database.wrong_key": "Khóa dữ liệu không đúng nên không mở được cơ sở dữ liệu đã mã hóa. Hãy đăng nhập lại, hoặc dùng khóa khôi phục.",
    "database.not_encrypted": "Cơ sở dữ liệu trong thư mục này chưa được mã hóa, trong khi cơ quan đã thiết lập mật khẩu. Hãy báo quản trị viên kiểm tra thư mục dữ liệu.",
    "database.damaged.missing": "Không thấy tệp cơ sở dữ liệu của cơ quan (desk.sqlite3) dù thư mục dữ liệu đã có dữ liệu: tệp đã bị xóa hoặc di chuyển. Ứng dụng không tạo cơ quan mới đè lên; hãy phục hồi bản sao lưu gần nhất.",
    "database.damaged.empty": "Tệp cơ sở dữ liệu của cơ quan bị rỗng (0 byte), có thể do mất điện hoặc ổ đĩa lỗi. Ứng dụng không ghi gì vào tệp này; hãy phục hồi bản sao lưu gần nhất.",
    "database.damaged.not_a_database": "Tệp cơ sở dữ liệu của cơ quan bị hỏng (không đọc được phần đầu tệp). Ứng dụng không ghi gì vào tệp này; hãy phục hồi bản sao lưu gần nhất.",
    "database.damaged.malformed": "Cơ sở dữ liệu của cơ quan bị hỏng một phần (kiểm tra toàn vẹn phát hiện lỗi). Ứng dụng không ghi gì vào tệp này; hãy phục hồi bản sao lưu gần nhất.",
    "backup.unsound": "Bản sao lưu này bị hỏng hoặc không thuộc dữ liệu của cơ quan này (kiểm tra toàn vẹn không đạt); không dùng được.",
    "backup.no_space": "Không đủ chỗ trống trên ổ đĩa để sao lưu; hãy giải phóng dung lượng rồi làm lại.",
    "backup.none": "Chưa có bản sao lưu nào đã kiểm tra để phục hồi.",
    "backup.not_found": "Không tìm thấy bản sao lưu này.",
    "second_folder.unwritable": "Không ghi được vào thư mục này (USB chưa cắm, ổ mạng chưa kết nối hoặc không có quyền ghi).",
    "second_folder.same_as_first": "Thư mục thứ hai phải khác thư mục sao lưu chính.",
    "outgoing_document": "Không tìm thấy số văn bản đi này.",
    "invalid_date": DATE_INVALID,
    "calendar.not_loaded": "Chưa có lịch nghỉ lễ, tết của năm cần tính nên chưa tính được hạn; nhập lịch năm đó "
    "ở Danh mục & cài đặt.",
    "calendar.before_first_year": "Ứng dụng chỉ tính ngày làm việc, ngày nghỉ lễ, tết từ năm 2000 trở đi: ngày này "
    "trước năm 2000 nên không tính được hạn. Kiểm tra lại năm đã nhập.",
    "deadline.unknown_rule": "Không có quy tắc thời hạn này.",
    "deadline.no_variant": "Thời hạn này không có số ngày riêng cho vụ việc phức tạp.",
    "petition.transition": "Đơn đang ở trạng thái không cho phép việc này.",
    "petition.permission": "Việc này chỉ lãnh đạo được làm.",
    "access.denied": "Tài khoản của bạn không được phép làm việc này.",
    "audit.key_missing": "Không ghi được nhật ký hệ thống vì thiếu khóa bảo vệ nhật ký: hãy đăng nhập bằng mật khẩu rồi làm lại.",
    "petition.repeat": "Đơn này đã được xử lý theo hướng này trước đây (hướng dẫn chỉ một lần, chuyển đơn tố cáo chỉ "
    "một lần).",
    "schedule.registrants": "Buổi tiếp đã có công dân đăng ký: xem danh sách để báo cho họ trước khi hoãn hoặc hủy.",
    "print.need_save": "Lưu lượt tiếp (Ctrl+S) trước khi in.",
    "print.not_for_refusal": "Lượt từ chối tiếp không in giấy này.",
    "print.need_documents": "Lượt tiếp này không có giấy tờ nhận, không cần giấy biên nhận.",
    "print.not_refused": "Chỉ lượt từ chối tiếp mới có thông báo 01/TCD.",
    "print.notice_not_needed": "Lý do từ chối này không phải ra thông báo 01/TCD: giải thích trực tiếp cho công dân.",
}

# The same code said for another form: a registrant is not a visitor, a dialogue's date is not a session's.
IN_CONTEXT: Final[Mapping[Context, Mapping[str, str]]] = {
    Context.SCHEDULE: {
        "full_name.required": "Nhập họ và tên công dân đăng ký.",
        "date.required": "Nhập ngày tiếp (dd/mm/yyyy).",
    },
    Context.DIALOGUES: {
        "date.required": "Nhập ngày đối thoại.",
    },
    Context.CLI: {
        "office.not_set_up": "Chưa thiết lập thông tin cơ quan; chạy lệnh init trước.",
    },
}

ROW_PREFIX: Final = "Mục {n}: "
# Numbered rows of the conclusion notice ("item2.conclusion") and of the answering units ("unit1.unit").
_ROW: Final = re.compile(r"^(item|unit)(\d+)\.(.+)$")
# Repeated form sections whose messages are worded once for the group: "rep2.full_name" → "rep.full_name".
_GROUPS: Final = (("rep", "rep"), ("doc", "document"), ("matter", "matter"))


def _candidates(key: str) -> list[str]:
    """The key, its section's group key, then shorter and shorter tails: "rep2.full_name.required" → … "required"."""
    parts = key.split(".")
    found = [".".join(parts[start:]) for start in range(len(parts))]
    stem = parts[0].rstrip("0123456789")
    for prefix, group in _GROUPS:
        if stem == prefix and parts[0] != stem and len(parts) > 1:
            found.insert(1, ".".join([group, *parts[1:]]))
    return found


def known(key: str, context: Context = Context.GENERAL) -> str | None:
    """The most specific message for an error key, or None when no table has one."""
    key = key.split(":", 1)[0]
    row = _ROW.match(key)
    if row:
        inner = known(row.group(3), context)
        return None if inner is None else ROW_PREFIX.format(n=row.group(2)) + inner
    own = IN_CONTEXT.get(context, {})
    for candidate in _candidates(key):
        text = own.get(candidate) or MESSAGES.get(candidate)
        if text is not None:
            return text
    return None


def message(key: str, context: Context = Context.GENERAL, *, names: str = "") -> str:
    """The message for an error key; `names` fills "{names}" (the placeholders a form text must keep)."""
    return (known(key, context) or FALLBACK).replace("{names}", names)
