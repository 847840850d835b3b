"""PDF documents of the desk: frozen dataclasses in, PDF bytes out (ReportLab; no database, no Qt)."""
