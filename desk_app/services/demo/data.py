"""Word lists, matter templates and made-up people of the demo office (Vietnamese names, places, matters)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from desk_app.domain.enums import (
    Category,
    DocCondition,
    Gender,
    Handling,
    IdType,
    RefusalReason,
    SubjectField,
)
from desk_app.domain.visit import DocumentInput, PersonInput
from desk_app.i18n.formatting import fmt_date

T = TypeVar("T")
CAN_CUOC_FROM = dt.date(2024, 7, 1)
"""Cards issued from this day are "thẻ căn cước" (Luật Căn cước 2023); earlier ones CCCD."""

# Surnames with rough national weights (per cent); the South has more Huỳnh, Võ, Trương, Lâm.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("Nguyễn", 31.0),
    ("Trần", 11.0),
    ("Lê", 9.5),
    ("Phạm", 7.0),
    ("Huỳnh", 5.0),
    ("Hoàng", 4.0),
    ("Võ", 4.5),
    ("Phan", 4.5),
    ("Vũ", 2.5),
    ("Đặng", 2.0),
    ("Bùi", 2.0),
    ("Đỗ", 1.5),
    ("Hồ", 1.5),
    ("Ngô", 1.3),
    ("Dương", 1.0),
    ("Trương", 1.2),
    ("Lâm", 0.8),
    ("Lý", 0.6),
    ("Đinh", 0.5),
    ("Mai", 0.5),
    ("Châu", 0.5),
    ("Tô", 0.3),
    ("Thái", 0.3),
)

MALE_MIDDLE: tuple[str, ...] = (
    "Văn",
    "Văn",
    "Văn",
    "Hữu",
    "Minh",
    "Thanh",
    "Quốc",
    "Công",
    "Đức",
    "Hoàng",
    "Thành",
)
FEMALE_MIDDLE: tuple[str, ...] = (
    "Thị",
    "Thị",
    "Thị",
    "Thị",
    "Thị Ngọc",
    "Thị Kim",
    "Ngọc",
    "Thu",
    "Kim",
    "Mỹ",
    "Bích",
)
MALE_GIVEN: tuple[str, ...] = (
    "An", "Bình", "Cường", "Dũng", "Hùng", "Hải", "Long", "Minh", "Nam", "Phúc", "Quang", "Sơn", "Tài",
    "Thắng", "Tuấn", "Việt", "Hiếu", "Khánh", "Lộc", "Phước", "Trung", "Tâm", "Thành", "Nghĩa", "Hậu",
    "Tùng", "Vinh", "Toàn", "Lợi", "Sang",
)  # fmt: skip
FEMALE_GIVEN: tuple[str, ...] = (
    "Anh", "Bích", "Cúc", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Liên", "Linh", "Mai", "Nga",
    "Ngọc", "Nhung", "Oanh", "Phượng", "Thảo", "Thu", "Trang", "Tuyết", "Vân", "Xuân", "Yến", "Hồng",
    "Loan", "Diễm", "Thúy", "Hằng", "Nhàn",
)  # fmt: skip

# Codes of the province where the birth was registered (DOMAIN §13.2): mostly local, some from elsewhere.
BIRTH_PROVINCE_CODES: tuple[tuple[str, float], ...] = (
    ("089", 70.0),  # An Giang
    ("091", 10.0),  # Kiên Giang
    ("087", 7.0),  # Đồng Tháp
    ("092", 5.0),  # Cần Thơ
    ("079", 4.0),  # TP. Hồ Chí Minh
    ("094", 2.0),  # Sóc Trăng
    ("001", 2.0),  # Hà Nội
)

HAMLETS: tuple[str, ...] = (
    "ấp Phú Hữu",
    "ấp Phú Lợi",
    "ấp Phú Thạnh",
    "ấp Phú Hòa",
    "ấp Bình Thành",
    "ấp Long Hòa",
    "ấp Vĩnh Lộc",
    "ấp An Thạnh",
    "ấp Hòa Bình",
    "ấp Tân Hiệp",
)
OTHER_COMMUNES: tuple[str, ...] = (
    "xã Vĩnh Hậu",
    "xã Khánh Bình",
    "xã Nhơn Hội",
    "phường Long Xuyên",
    "phường Châu Đốc",
)
PROVINCE = "An Giang"
ISSUE_PLACE: dict[IdType, str] = {
    IdType.CAN_CUOC: "Bộ Công an",
    IdType.CCCD: "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
}
APPOINTMENT_TITLE = "Văn bản cử người đại diện có chữ ký của các thành viên"

MOBILE_PREFIXES: tuple[str, ...] = (
    "090", "091", "093", "094", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038",
    "039", "070", "076", "077", "078", "079", "081", "083", "085", "086", "088", "089",
)  # fmt: skip

PROJECTS: tuple[str, ...] = (
    "dự án nâng cấp, mở rộng đường tỉnh 956",
    "dự án kè chống sạt lở bờ sông Hậu",
    "dự án khu dân cư {thon}",
    "công trình nâng cấp đê bao {thon}",
    "dự án trường mầm non xã",
)

TRANSFER_TARGETS: dict[str, str] = {
    "dien": "Công ty Điện lực An Giang",
    "bhxh": "Bảo hiểm xã hội tỉnh An Giang",
    "cong_an": "Công an xã {xa}",
    "so_nnmt": "Sở Nông nghiệp và Môi trường tỉnh An Giang",
}
GUIDANCE_TARGETS: dict[str, str] = {
    "ct_tinh": "Chủ tịch UBND tỉnh An Giang",
    "lan_hai": "Chủ tịch UBND tỉnh An Giang (giải quyết lần hai) "
    "hoặc khởi kiện tại Tòa án nhân dân có thẩm quyền",
    "bhxh": "Giám đốc Bảo hiểm xã hội tỉnh An Giang",
}


@dataclass(frozen=True, slots=True)
class Matter:
    """A kind of matter citizens bring, with the handling a careful officer would choose."""

    category: Category
    field: SubjectField
    summary: str
    requests: str
    within: bool
    handling: Handling
    weight: float = 1.0
    target: str | None = None
    docs: tuple[str, ...] = ()
    crowd: bool = False
    prior: str | None = None


_GCN = "Giấy chứng nhận quyền sử dụng đất"
_KN, _TC, _PA = Category.KHIEU_NAI, Category.TO_CAO, Category.KIEN_NGHI_PHAN_ANH
_LAND, _POLICY, _OFFICIAL = (
    SubjectField.HC_DAT_DAI_NHA_CUA,
    SubjectField.HC_CHINH_SACH,
    SubjectField.HC_CONG_CHUC_CONG_VU,
)
_OTHER, _JUSTICE = SubjectField.KHAC, SubjectField.TU_PHAP
_THU_LY, _TRA_LOI = Handling.THU_LY, Handling.TRA_LOI_TRUC_TIEP
_GUIDE, _TRANSFER = Handling.HUONG_DAN, Handling.CHUYEN_DON

MATTERS: tuple[Matter, ...] = (
    # Kiến nghị, phản ánh (~55 %)
    Matter(_PA, _LAND, "Phản ánh hộ ông {nguoi} ở {thon} xây hàng rào lấn sang đất của gia đình khoảng "
           "{m2} m².", "Đề nghị UBND xã kiểm tra, đo đạc lại ranh giới và tổ chức hòa giải.",
           True, _THU_LY, 3.0, docs=(_GCN, "Sơ đồ thửa đất")),
    Matter(_PA, _LAND, "Đề nghị cấp Giấy chứng nhận quyền sử dụng đất cho thửa đất gia đình sử dụng ổn định "
           "từ năm {nam_cu}; hồ sơ nộp đã lâu nhưng chưa được giải quyết.",
           "Đề nghị xem xét, cấp giấy chứng nhận.", True, _THU_LY, 2.0,
           docs=("Giấy xác nhận nguồn gốc đất", "Biên lai nộp hồ sơ")),
    Matter(_PA, _POLICY, "Hỏi về trợ cấp xã hội hằng tháng cho người từ đủ 75 tuổi; mẹ đã nộp hồ sơ nhưng "
           "chưa nhận.", "Đề nghị hướng dẫn và giải quyết trợ cấp.", True, _TRA_LOI, 2.0),
    Matter(_PA, _POLICY, "Phản ánh việc bình xét hộ nghèo, hộ cận nghèo năm {nam} tại {thon} chưa công "
           "khai; gia đình khó khăn nhưng không có tên trong danh sách.",
           "Đề nghị rà soát lại danh sách.", True, _THU_LY, 1.5),
    Matter(_PA, _OTHER, "Phản ánh trại nuôi heo của hộ {nguoi} ở {thon} xả nước thải ra kênh, gây mùi hôi "
           "ảnh hưởng sinh hoạt của các hộ xung quanh.", "Đề nghị kiểm tra, xử lý, buộc khắc phục ô nhiễm.",
           True, _THU_LY, 2.0, docs=("Ảnh chụp hiện trạng",), crowd=True),
    Matter(_PA, _OTHER, "Phản ánh tuyến đường liên ấp đoạn qua {thon} xuống cấp, nhiều ổ gà, mùa mưa ngập "
           "nước.", "Đề nghị sửa chữa, nâng cấp tuyến đường.", True, _THU_LY, 1.5, crowd=True),
    Matter(_PA, _OTHER, "Phản ánh cơ sở xay xát lúa tại {thon} hoạt động ban đêm gây tiếng ồn và bụi.",
           "Đề nghị kiểm tra giấy phép và thời gian hoạt động.", True, _THU_LY, 1.0),
    Matter(_PA, _OTHER, "Phản ánh tình trạng mất điện kéo dài, điện áp yếu tại {thon}.",
           "Đề nghị ngành điện nâng cấp trạm biến áp.", False, _TRANSFER, 1.0, target="dien", crowd=True),
    Matter(_PA, _POLICY, "Kiến nghị hỗ trợ sửa chữa nhà ở cho gia đình thân nhân liệt sĩ, nhà đã xuống cấp.",
           "Đề nghị xem xét hỗ trợ theo chính sách người có công.", True, _THU_LY, 1.0,
           docs=("Giấy chứng nhận gia đình liệt sĩ",)),
    Matter(_PA, _JUSTICE, "Đề nghị hướng dẫn thủ tục chứng thực hợp đồng tặng cho quyền sử dụng đất giữa "
           "các thành viên trong gia đình.", "Đề nghị được hướng dẫn hồ sơ.", True, _TRA_LOI, 1.5),
    Matter(_PA, _JUSTICE, "Đề nghị hòa giải tranh chấp thừa kế quyền sử dụng đất giữa các anh chị em sau "
           "khi cha mẹ mất không để lại di chúc.", "Đề nghị UBND xã tổ chức hòa giải.",
           True, _THU_LY, 1.0, docs=(_GCN, "Giấy chứng tử")),
    Matter(_PA, _POLICY, "Kiến nghị cấp thẻ bảo hiểm y tế diện hộ cận nghèo năm {nam}; đến nay chưa nhận "
           "được thẻ.", "Đề nghị cơ quan bảo hiểm xã hội cấp thẻ.", False, _TRANSFER, 1.0, target="bhxh"),
    Matter(_PA, _LAND, "Phản ánh việc san lấp mặt bằng trái phép trên đất trồng lúa tại cánh đồng {thon}.",
           "Đề nghị kiểm tra, xử lý vi phạm.", True, _THU_LY, 1.0),
    Matter(_PA, _OTHER, "Phản ánh tình trạng sạt lở bờ sông tại {thon} đe dọa nhà ở của các hộ ven sông.",
           "Đề nghị khẩn cấp di dời và hỗ trợ các hộ bị ảnh hưởng.", True, _THU_LY, 1.0, crowd=True),
    Matter(_PA, SubjectField.HC_KHAC, "Phản ánh hồ sơ đăng ký hộ kinh doanh nộp tại bộ phận một cửa xã bị "
           "trễ hẹn.", "Đề nghị giải quyết hồ sơ đúng hạn.", True, _TRA_LOI, 1.0,
           docs=("Phiếu hẹn trả kết quả",)),
    # Khiếu nại (~35 %)
    Matter(_KN, _LAND, "Khiếu nại Quyết định số {so}/QĐ-UBND ngày {ngay} của Chủ tịch UBND xã về bồi "
           "thường, hỗ trợ khi thu hồi đất thực hiện {du_an}; cho rằng đơn giá bồi thường đất nông nghiệp "
           "thấp.", "Đề nghị xem xét lại đơn giá bồi thường.", True, _THU_LY, 3.0,
           docs=("Quyết định bồi thường, hỗ trợ", "Phương án bồi thường"), crowd=True),
    Matter(_KN, _LAND, "Khiếu nại việc không được bố trí tái định cư khi bị thu hồi toàn bộ đất ở để thực "
           "hiện {du_an}.", "Đề nghị bố trí đất tái định cư.", True, _THU_LY, 2.0,
           docs=("Quyết định thu hồi đất",), crowd=True),
    Matter(_KN, _LAND, "Khiếu nại Quyết định xử phạt vi phạm hành chính của Chủ tịch UBND xã về xây dựng "
           "công trình trên đất nông nghiệp tại {thon}.", "Đề nghị hủy quyết định xử phạt.",
           True, _THU_LY, 1.5, docs=("Quyết định xử phạt vi phạm hành chính",)),
    Matter(_KN, _LAND, "Khiếu nại Quyết định giải quyết khiếu nại lần đầu của Chủ tịch UBND xã về bồi "
           "thường cây trồng, vật kiến trúc; không đồng ý với kết quả giải quyết.",
           "Đề nghị giải quyết khiếu nại lần hai.", False, _GUIDE, 1.0, target="lan_hai",
           docs=("Quyết định giải quyết khiếu nại lần đầu",), prior="Chủ tịch UBND xã đã giải quyết lần đầu"),
    Matter(_KN, _POLICY, "Khiếu nại việc UBND xã dừng trợ cấp xã hội hằng tháng của người khuyết tật nặng "
           "trong gia đình từ tháng {thang}/{nam}.", "Đề nghị khôi phục trợ cấp.", True, _THU_LY, 1.5),
    Matter(_KN, SubjectField.HC_KHAC, "Khiếu nại việc công chức xã lập biên bản đình chỉ sửa chữa nhà ở "
           "trong khi gia đình đã có giấy phép.", "Đề nghị cho tiếp tục sửa chữa nhà.", True, _THU_LY, 1.0,
           docs=("Giấy phép sửa chữa nhà ở", "Biên bản đình chỉ thi công")),
    Matter(_KN, _LAND, "Khiếu nại Quyết định thu hồi đất của UBND tỉnh để thực hiện {du_an}.",
           "Đề nghị xem xét lại việc thu hồi đất.", False, _GUIDE, 1.0, target="ct_tinh", crowd=True),
    Matter(_KN, _POLICY, "Khiếu nại việc không được giải quyết chế độ hưu trí do thiếu thời gian đóng bảo "
           "hiểm xã hội.", "Đề nghị cộng nối thời gian công tác.", False, _GUIDE, 0.7, target="bhxh"),
    Matter(_KN, _LAND, "Khiếu nại việc UBND xã từ chối cấp Giấy chứng nhận quyền sử dụng đất với lý do đất "
           "có tranh chấp.", "Đề nghị tiếp tục giải quyết hồ sơ cấp giấy.", True, _THU_LY, 1.0,
           docs=("Văn bản trả lời của xã",)),
    # Tố cáo (~10 %)
    Matter(_TC, _OFFICIAL, "Tố cáo công chức địa chính xã có thái độ hách dịch, gây khó khăn khi làm hồ sơ "
           "tách thửa.", "Đề nghị xác minh, xử lý trách nhiệm.", True, _THU_LY, 2.0),
    Matter(_TC, SubjectField.THAM_NHUNG, "Tố cáo Trưởng {thon} thu tiền đóng góp xây cầu giao thông nông "
           "thôn không công khai, có dấu hiệu sử dụng sai mục đích.", "Đề nghị kiểm tra, công khai thu chi.",
           True, _THU_LY, 1.0, crowd=True),
    Matter(_TC, _LAND, "Tố cáo hộ ông {nguoi} lấn chiếm hành lang kênh thủy lợi tại {thon} để xây nhà kho.",
           "Đề nghị xử lý, buộc tháo dỡ công trình.", True, _THU_LY, 1.0),
    Matter(_TC, _OTHER, "Tố cáo một cơ sở tại {thon} có dấu hiệu tổ chức đánh bạc và cho vay lãi nặng.",
           "Đề nghị cơ quan công an điều tra, xử lý.", False, _TRANSFER, 0.7, target="cong_an"),
    Matter(_TC, _OFFICIAL, "Tố cáo cán bộ chi nhánh Văn phòng đăng ký đất đai nhận tiền để giải quyết hồ sơ "
           "nhanh.", "Đề nghị xác minh, xử lý.", False, _TRANSFER, 0.5, target="so_nnmt"),
)  # fmt: skip

CATEGORY_SHARE: tuple[tuple[Category, float], ...] = ((_PA, 55.0), (_KN, 35.0), (_TC, 10.0))

PETITION_TITLE: dict[Category, str] = {
    _KN: "Đơn khiếu nại",
    _TC: "Đơn tố cáo",
    _PA: "Đơn kiến nghị, phản ánh",
}

REFUSALS: tuple[tuple[RefusalReason, str], ...] = (
    (RefusalReason.SAY_TAM_THAN, "Công dân có biểu hiện say rượu, không làm chủ được hành vi."),
    (RefusalReason.DE_DOA_VI_PHAM_NOI_QUY, "Công dân lớn tiếng xúc phạm cán bộ, không chấp hành nội quy."),
    (
        RefusalReason.KHIEU_TO_KEO_DAI,
        "Vụ việc đã được giải quyết, rà soát và trả lời; công dân tiếp tục khiếu nại.",
    ),
    (
        RefusalReason.GHI_AM_GHI_HINH,
        "Công dân phát trực tiếp lên mạng xã hội khi chưa được phép, không dừng lại.",
    ),
    (RefusalReason.DA_CO_BAN_AN, "Tranh chấp đất đai đã có bản án phúc thẩm có hiệu lực pháp luật."),
    (
        RefusalReason.KNPA_DA_TRA_LOI,
        "Kiến nghị đã được UBND xã trả lời bằng văn bản; công dân không nêu nội dung mới.",
    ),
)

REPEAT_SUFFIX = " Công dân đến lần thứ {n}, đề nghị sớm có kết quả."
DELEGATION_PREFIX = "Đoàn {n} công dân {thon}: "
REPEAT_PRIOR = "Đã tiếp ngày {ngay}: {handling}"
FOLLOW_UP_THU_LY = "Giao bộ phận chuyên môn tham mưu, trả lời công dân theo thời hạn."

# The head's periodic reception calendar (DOMAIN §2.3): the rule, who attends, and citizens who registered ahead.
HEAD_RULE = "thứ Năm tuần 2 và 4, buổi chiều"
HEAD_RULE_PARTICIPANTS = "Công chức Tư pháp - Hộ tịch, Địa chính - Xây dựng; Trưởng ấp có công dân đến"
HEAD_RULE_CONTENT = (
    "Tiếp công dân đến khiếu nại, tố cáo, kiến nghị, phản ánh; ưu tiên vụ việc đất đai đã đăng ký trước"
)
REGISTRANT_MATTERS: tuple[str, ...] = (
    "Đề nghị xem xét việc cấp Giấy chứng nhận quyền sử dụng đất cho thửa đất của gia đình",
    "Kiến nghị sửa chữa tuyến đường liên ấp bị sạt lở",
    "Khiếu nại việc xác định mức bồi thường khi thu hồi đất",
)


def weighted(rng: random.Random, items: Sequence[tuple[T, float]]) -> T:
    """One item drawn with the given weights."""
    return rng.choices([item for item, _ in items], weights=[w for _, w in items])[0]


def hamlet_of(person: PersonInput, rng: random.Random) -> str:
    """The hamlet in a person's address, or any hamlet."""
    found = next((h for h in HAMLETS if person.address and h in person.address), None)
    return found or rng.choice(HAMLETS)


class People:
    """Made-up residents: names by gender, 12-digit ID numbers that agree with gender and birth year."""

    def __init__(self, rng: random.Random, commune: str, start: dt.date) -> None:
        self.rng, self.commune, self.start = rng, commune, start
        self.used_ids: set[str] = set()

    def name(self, gender: Gender) -> str:
        rng = self.rng
        surname = weighted(rng, SURNAMES)
        if gender is Gender.NU:
            return f"{surname} {rng.choice(FEMALE_MIDDLE)} {rng.choice(FEMALE_GIVEN)}"
        return f"{surname} {rng.choice(MALE_MIDDLE)} {rng.choice(MALE_GIVEN)}"

    def id_number(self, gender: Gender, birth_year: int) -> str:
        """Province code + century/gender digit + 2-digit year + 6 random digits (DOMAIN §13.2)."""
        century = (birth_year - 1900) // 100 * 2 + (1 if gender is Gender.NU else 0)
        while True:
            province = weighted(self.rng, BIRTH_PROVINCE_CODES)
            number = f"{province}{century}{birth_year % 100:02d}{self.rng.randrange(1_000_000):06d}"
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def person(self, hamlet: str | None = None) -> PersonInput:
        """An adult with a card issued before the demo starts; from `hamlet` when given."""
        rng = self.rng
        gender = Gender.NAM if rng.random() < 0.55 else Gender.NU
        birth_year = rng.randint(1945, self.start.year - 18)
        lo = max(dt.date(birth_year + 14, 1, 1), self.start - dt.timedelta(days=5 * 365))
        hi = self.start - dt.timedelta(days=30)
        issued = lo + dt.timedelta(days=rng.randrange(max(1, (hi - lo).days)))
        id_type = IdType.CAN_CUOC if issued >= CAN_CUOC_FROM else IdType.CCCD
        if hamlet is None and rng.random() < 0.12:
            address = f"{rng.choice(HAMLETS)}, {rng.choice(OTHER_COMMUNES)}, tỉnh {PROVINCE}"
        else:
            house = f"Số {rng.randint(1, 250)}, " if rng.random() < 0.4 else ""
            address = f"{house}{hamlet or rng.choice(HAMLETS)}, {self.commune}, tỉnh {PROVINCE}"
        phone = None
        if rng.random() < 0.85:
            digits = f"{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10_000_000):07d}"
            phone = f"{digits[:4]} {digits[4:7]} {digits[7:]}"
        return PersonInput(
            full_name=self.name(gender),
            id_type=id_type,
            id_number=self.id_number(gender, birth_year),
            id_issue_date=issued,
            id_issue_place=ISSUE_PLACE[id_type],
            birth_year=birth_year,
            gender=gender,
            address=address,
            phone=phone,
        )


def pick_matter(
    rng: random.Random, *, crowd: bool = False, categories: frozenset[Category] | None = None
) -> Matter:
    """A matter by category share (among `categories`, when a refusal ground needs some), or one that brings crowds."""
    if crowd:
        pool = [m for m in MATTERS if m.crowd]
    else:
        shares = [(c, w) for c, w in CATEGORY_SHARE if categories is None or c in categories]
        category = weighted(rng, shares)
        pool = [m for m in MATTERS if m.category is category]
    return weighted(rng, [(m, m.weight) for m in pool])


def matter_words(
    rng: random.Random, people: People, day: dt.date, hamlet: str, commune: str
) -> dict[str, str]:
    """Values for the placeholders of a matter's summary and of the target agencies."""
    earlier = day - dt.timedelta(days=rng.randint(20, 90))
    return {
        "thon": hamlet,
        "xa": commune,
        "nguoi": people.name(Gender.NAM),
        "du_an": rng.choice(PROJECTS).format(thon=hamlet),
        "so": str(rng.randint(120, 2400)),
        "ngay": fmt_date(earlier),
        "nam": str(earlier.year),
        "thang": f"{earlier.month:02d}",
        "nam_cu": str(rng.randint(1985, 2005)),
        "m2": str(rng.randint(3, 40)),
    }


def documents(rng: random.Random, matter: Matter, day: dt.date, *, group: bool) -> tuple[DocumentInput, ...]:
    """The petition itself, the group's appointment of representatives, and some of the matter's papers."""
    signed = fmt_date(day - dt.timedelta(days=rng.randint(0, 10)))
    title = f"{PETITION_TITLE[matter.category]} ghi ngày {signed}"
    # the desk keeps copies only, the citizen keeps the originals (ND154 Điều 15.4, DOMAIN §2.4)
    docs = [DocumentInput(title, rng.randint(1, 3), DocCondition.BAN_PHOTO)]
    if group:
        docs.append(DocumentInput(APPOINTMENT_TITLE, 1, DocCondition.BAN_PHOTO))
    for paper in rng.sample(matter.docs, k=rng.randint(0, len(matter.docs))):
        condition = rng.choice((DocCondition.BAN_PHOTO, DocCondition.BAN_SAO_CONG_CHUNG))
        docs.append(DocumentInput(paper, rng.randint(1, 6), condition))
    return tuple(docs)
