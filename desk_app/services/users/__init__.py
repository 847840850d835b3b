"""Sign-in accounts and their key slots (users.service), the role rules (users.rules), the entry points (users.session)."""
