"""Sao lưu & phục hồi: the backups page, a restore's preview and report, and the damaged-database dialog."""
