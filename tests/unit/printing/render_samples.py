"""Write the sample documents as PDF and PNG to look at: python -m tests.unit.printing.render_samples DIR."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

from desk_app.printing.forms.appointment import render_appointment
from desk_app.printing.forms.receipt_02tcd import render_receipt
from tests.unit.printing import samples as s


def sample_documents() -> dict[str, bytes]:
    """Each sample under a file stem."""
    return {
        "receipt_a4": render_receipt(s.RECEIPT),
        "receipt_a5": render_receipt(s.RECEIPT, "A5"),
        "receipt_no_id_a4": render_receipt(s.NO_ID_RECEIPT),
        "receipt_empty_a4": render_receipt(dataclasses.replace(s.NO_ID_RECEIPT, items=())),
        "receipt_12_long_a4": render_receipt(
            dataclasses.replace(s.RECEIPT, items=s.many_items(12), letterhead=s.SO_TU_PHAP)
        ),
        "receipt_30_a4": render_receipt(
            dataclasses.replace(s.RECEIPT, items=s.many_items(30, long_titles=False))
        ),
        "appointment_a4": render_appointment(s.APPOINTMENT),
        "appointment_a5": render_appointment(s.APPOINTMENT, "A5"),
        "appointment_department_a5": render_appointment(
            dataclasses.replace(s.APPOINTMENT, letterhead=s.SO_TU_PHAP, documents_to_bring=()), "A5"
        ),
    }


def main(out: Path, dpi: int = 70) -> None:
    out.mkdir(parents=True, exist_ok=True)
    pdftoppm = shutil.which("pdftoppm")
    for stem, pdf in sample_documents().items():
        target = out / f"{stem}.pdf"
        target.write_bytes(pdf)
        if pdftoppm:
            subprocess.run([pdftoppm, "-png", "-r", str(dpi), str(target), str(out / stem)], check=True)
    print(f"samples written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "print_samples"))
