"""Đơn thư: the petition register page, the petition form and its actions and documents."""
