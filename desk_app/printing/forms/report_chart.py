"""The chart page of a report sheet: visits and petitions by month, and the form's own breakdown (ReportLab graphics)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from desk_app.i18n import vi_report_series as vseries
from desk_app.i18n import vi_reports_page as vr
from desk_app.printing.fonts import BOLD, REGULAR
from desk_app.printing.layout import CenteredLines
from desk_app.printing.page import PageSpec, markup, nfc

VISITS_COLOR: Final = HexColor("#2f5d9b")
PETITIONS_COLOR: Final = HexColor("#d08a2c")
BREAKDOWN_COLOR: Final = HexColor("#4f8a5b")
LABEL_SIZE: Final = 10.0
CHART_HEIGHT: Final = 300.0
TIMELINESS_COLORS: Final = (HexColor("#4f8a5b"), HexColor("#d08a2c"), HexColor("#b3261e"))
"""On time, late, still overdue: the register's own colours for late and overdue."""


@dataclass(frozen=True, slots=True)
class ChartData:
    """`monthly` is (month label, visits, petitions); `breakdown` is (label, value) of one split of a total."""

    monthly: tuple[tuple[str, int, int], ...]
    breakdown: tuple[tuple[str, int], ...]
    by_field: tuple[tuple[str, int, int], ...] | None = None
    """(field, visits, petitions); with it or `timeliness` a second chart page follows."""
    timeliness: tuple[tuple[str, int], ...] | None = None
    """(on time / late / overdue label, count) of the petition deadlines falling in the period."""


def _value_step(top: int) -> int:
    """A round step giving at most about eight grid lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 8:
            return step
    return max(1, top // 8)


def _axis_top(top: int) -> tuple[int, int]:
    step = _value_step(max(top, 1))
    # one step of headroom when the tallest bar would touch the frame: its label sits above it
    return step * (top // step + 1), step


def monthly_chart(monthly: tuple[tuple[str, int, int], ...], width: float) -> Drawing:
    """Grouped bars of visits and petitions by month, with a legend under the plot."""
    drawing = Drawing(width, CHART_HEIGHT)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 60
    chart.width, chart.height = int(width - 50), int(CHART_HEIGHT - 90)
    chart.data = [[v for _, v, _ in monthly] or [0], [p for _, _, p in monthly] or [0]]
    chart.categoryAxis.categoryNames = [nfc(label) for label, _, _ in monthly] or [""]
    top, step = _axis_top(max([0, *chart.data[0], *chart.data[1]]))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = REGULAR, LABEL_SIZE
    chart.categoryAxis.labels.angle = 0 if len(monthly) <= 7 else 30
    chart.categoryAxis.labels.boxAnchor = "n" if len(monthly) <= 7 else "ne"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = Color(0.85, 0.85, 0.85)
    chart.bars[0].fillColor = VISITS_COLOR
    chart.bars[1].fillColor = PETITIONS_COLOR
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, 8
    chart.barLabels.nudge = 6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = int(width / 2 - 100), 12
    legend.fontName, legend.fontSize = REGULAR, LABEL_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.colorNamePairs = [(VISITS_COLOR, nfc(vr.CHART_VISITS)), (PETITIONS_COLOR, nfc(vr.CHART_PETITIONS))]
    drawing.add(legend)
    if not monthly:
        drawing.add(String(width / 2, CHART_HEIGHT / 2, nfc(vr.CHART_NO_DATA), fontName=REGULAR,
                           fontSize=LABEL_SIZE, textAnchor="middle"))  # fmt: skip
    return drawing


def breakdown_chart(breakdown: tuple[tuple[str, int], ...], width: float) -> Drawing:
    """Horizontal bars, one per heading, the label on the left (headings are too long to sit under bars)."""
    drawing = Drawing(width, CHART_HEIGHT)
    label_room = min(width * 0.45, 170.0)
    chart = HorizontalBarChart()
    chart.x, chart.y = int(label_room), 30
    chart.width, chart.height = int(width - label_room - 20), int(CHART_HEIGHT - 50)
    values = [v for _, v in breakdown] or [0]
    # the first category is drawn at the bottom: reverse so the list reads top-down like the form
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [nfc(_short(label)) for label, _ in reversed(breakdown)] or [""]
    top, step = _axis_top(max(values))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = REGULAR, LABEL_SIZE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = Color(0.85, 0.85, 0.85)
    chart.bars[0].fillColor = BREAKDOWN_COLOR
    chart.bars.strokeColor = black
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, 9
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = 8
    drawing.add(chart)
    return drawing


def field_chart(by_field: tuple[tuple[str, int, int], ...], width: float) -> Drawing:
    """Horizontal pairs of bars (visits, petitions) per field, the field's name on the left, a legend below."""
    drawing = Drawing(width, CHART_HEIGHT)
    label_room = min(width * 0.4, 150.0)
    chart = HorizontalBarChart()
    chart.x, chart.y = int(label_room), 60
    chart.width, chart.height = int(width - label_room - 24), int(CHART_HEIGHT - 80)
    # Drawn bottom-up, lines and bars within a line alike: both reversed so they read top-down like the legend.
    rows = tuple(reversed(by_field))
    chart.data = [[p for _, _, p in rows] or [0], [v for _, v, _ in rows] or [0]]
    chart.categoryAxis.categoryNames = [nfc(_short(label, 26)) for label, _, _ in rows] or [""]
    top, step = _axis_top(max([0, *chart.data[0], *chart.data[1]]))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = REGULAR, LABEL_SIZE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = Color(0.85, 0.85, 0.85)
    chart.bars[0].fillColor = PETITIONS_COLOR
    chart.bars[1].fillColor = VISITS_COLOR
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = 8
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = int(label_room + chart.width / 2 - 100), 16
    legend.fontName, legend.fontSize = REGULAR, LABEL_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.colorNamePairs = [(VISITS_COLOR, nfc(vr.CHART_VISITS)), (PETITIONS_COLOR, nfc(vr.CHART_PETITIONS))]
    drawing.add(legend)
    if not by_field:
        _no_data(drawing, width)
    return drawing


def timeliness_chart(timeliness: tuple[tuple[str, int], ...], width: float) -> Drawing:
    """One bar each for on time, late and still overdue, in green, amber and red."""
    drawing = Drawing(width, CHART_HEIGHT)
    label_room = min(width * 0.4, 140.0)
    chart = HorizontalBarChart()
    chart.x, chart.y = int(label_room), 60
    chart.width, chart.height = int(width - label_room - 24), int(CHART_HEIGHT - 80)
    rows = tuple(reversed(timeliness))
    values = [v for _, v in rows] or [0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [nfc(label) for label, _ in rows] or [""]
    top, step = _axis_top(max(values))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = REGULAR, LABEL_SIZE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = Color(0.85, 0.85, 0.85)
    chart.bars.strokeColor = black
    for i in range(len(rows)):
        chart.bars[(0, i)].fillColor = TIMELINESS_COLORS[(len(rows) - 1 - i) % len(TIMELINESS_COLORS)]
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, 9
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = 8
    drawing.add(chart)
    if not any(v for _, v in timeliness):
        _no_data(drawing, width)
    return drawing


def _no_data(drawing: Drawing, width: float) -> None:
    drawing.add(String(width / 2, CHART_HEIGHT / 2, nfc(vr.CHART_NO_DATA), fontName=REGULAR,
                       fontSize=LABEL_SIZE, textAnchor="middle"))  # fmt: skip


def _short(label: str, limit: int = 30) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def chart_page(data: ChartData, form_code: str, spec: PageSpec) -> list[Flowable]:
    """Title, then the monthly chart (left, wider) and the breakdown (right), each with a caption."""
    caption = ParagraphStyle(
        "rep_caption", fontName=BOLD, fontSize=spec.hint, leading=spec.hint * 1.2, alignment=TA_CENTER
    )
    left_width = spec.frame_width * 0.58
    right_width = spec.frame_width - left_width
    table = Table(
        [
            [
                Paragraph(markup(vr.CHART_MONTHLY), caption),
                Paragraph(
                    markup(vr.BREAKDOWN_TITLES.get(form_code) or vr.CHART_BREAKDOWN.format(form=form_code)),
                    caption,
                ),
            ],
            [monthly_chart(data.monthly, left_width - 8), breakdown_chart(data.breakdown, right_width - 8)],
        ],
        colWidths=[left_width, right_width],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), REGULAR, spec.body),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 8),
            ]
        ),
    )
    story: list[Flowable] = [
        CenteredLines(vr.CHART_PAGE_TITLE, BOLD, spec.title),
        Spacer(1, spec.title),
        table,
    ]
    if data.by_field is not None or data.timeliness is not None:
        story += [PageBreak(), *_second_page(data, spec, caption)]
    return story


def _second_page(data: ChartData, spec: PageSpec, caption: ParagraphStyle) -> list[Flowable]:
    """Visits and petitions by field (left), petition deadlines met or missed (right), with how they are counted."""
    left_width = spec.frame_width * 0.55
    right_width = spec.frame_width - left_width
    note = ParagraphStyle(
        "rep_chart_note",
        fontName=REGULAR,
        fontSize=spec.hint * 0.9,
        leading=spec.hint * 1.15,
        alignment=TA_CENTER,
    )
    table = Table(
        [
            [
                Paragraph(markup(vseries.CHART_FIELD), caption),
                Paragraph(markup(vseries.CHART_TIMELINESS), caption),
            ],
            [
                field_chart(data.by_field or (), left_width - 8),
                timeliness_chart(data.timeliness or (), right_width - 8),
            ],
            ["", Paragraph(markup(vseries.CHART_TIMELINESS_NOTE), note)],
        ],
        colWidths=[left_width, right_width],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), REGULAR, spec.body),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 8),
            ]
        ),
    )
    return [CenteredLines(vseries.CHART_PAGE2_TITLE, BOLD, spec.title), Spacer(1, spec.title), table]
