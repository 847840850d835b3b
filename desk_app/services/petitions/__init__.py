"""Petitions (đơn): registering, classifying, deciding, following up, and their documents."""
