"""Công dân & vụ việc: citizens, their cases and the case detail."""
