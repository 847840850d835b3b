"""Báo cáo: choosing a form and period, the table, the chart, and exporting."""
