"""The office itself: its details, staff, places, signers, editable form texts and ID lists."""
