"""Vietnamese text about the results of matters and petitions (DOMAIN §16.3 `Kết quả`, §7.2 results on history)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from desk_app.domain.matter_results import MatterResult

RESULT: Final[Mapping[MatterResult, str]] = {
    MatterResult.DA_GIAI_QUYET: "Đã giải quyết",
    MatterResult.DANG_GIAI_QUYET: "Đang giải quyết",
    MatterResult.CHUA_GIAI_QUYET: "Chưa giải quyết",
}
REPLACED: Final = "Thay bằng kết quả giải quyết ghi sau"
"""Why a petition's result was voided when another result was recorded over it, if the user gave no reason."""
IMPORTED_RESULT: Final = "Kết quả giải quyết ghi khi nhập sổ cũ"
"""The content of the result event an import writes for a petition imported as resolved."""
