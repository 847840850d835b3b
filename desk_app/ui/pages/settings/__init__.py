"""Danh mục & cài đặt: office, staff, places, working calendar, deadlines, lists and texts."""
