"""Lịch tiếp: the head's reception schedule page, its views, rules, notices, conclusions, dialogues."""
