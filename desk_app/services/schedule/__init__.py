"""The head's reception schedule: rules, generated sessions, notices, conclusions and dialogues."""
