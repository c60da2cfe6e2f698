"""Tables pasted into a report as text: rows of cells split by ``|`` (tabs become ``|`` when
the text is normalised), under a header row that names the columns.

    1-9月份州重点项目投资完成情况汇总表
    单位:个、亿元
    隶属 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率 |
    吉首市 | 57 | 82.5 | 65.1 | 78.9% |

Each data row gives the figures its cells state: what was done, with the plan, the rate and
the growth of the same columns, and each count of its own. A row is a place (the title names
the measure) or an item (its label names it, and a number inside the label, as in
``新增4000张养老床位``, is the item's target).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from typing import NamedTuple

from jindu.extraction import checks as ck
from jindu.extraction import patterns as p
from jindu.extraction import phrases as ph
from jindu.extraction.numerals import parse_number
from jindu.extraction.sentence import Draft, attributed
from jindu.extraction.units import ANY_UNIT, is_count

_LINE = re.compile(r"[^\n]+")
# 8950人, 7699套, 2所, 1.3万亿元: a cell may write its unit after the number
_NUMBER = re.compile(
    r"^(?P<sign>[-−])?[+＋]?(?P<number>[0-9][0-9,]*(?:\.[0-9]+)?)"
    rf"(?:(?P<pct>%)|(?P<unit>(?:万亿|亿|万|千)?(?:{ANY_UNIT})|万亿|亿|万))?$"
)
_UNITS_LINE = re.compile(r"^\s*[（(]?(?:计量)?单位\s*[:：]\s*(?P<units>[^)）]+)[)）]?\s*$")
_UNIT_SPLIT = re.compile(r"[、,，/；;\s]+")
_HEADER_UNIT = re.compile(r"[（(](?P<unit>[^()（）]{1,6})[)）]\s*$")
_TITLE_END = re.compile(
    r"(?:(?:完成|进展|推进|建设|执行|运行)?情况)?(?:汇总|统计|一览|明细|进度)*表?$"
)
_SERIAL = re.compile(r"^(?:序号|编号|排名|排序|排行|名次|位次|No\.?)$")
_TITLE_THEN_SERIAL = re.compile(r"(?P<title>.{4,}?(?:表|情况))(?P<serial>序号|排名|名次)$")
_RANK_COLUMN = re.compile("(?:排位|排名|排序|排行|名次|位次)$")  # 增速排位, 全省排名
_UNIT_COLUMN = re.compile(r"^(?:计量|计算)?\s*单\s*位$")
# 责任单位, 牵头部门, 备注: columns of words beside the label (who answers for a row, notes)
_TEXT_COLUMN = re.compile(
    r"^(?:责任|牵头|承办|主责|主办|协办|配合|实施|建设|业主|主管)(?:单位|部门|领导|人)$"
    r"|^(?:备注|说明|存在问题|主要问题|责任人|联系人)$"
)
_RATE = re.compile(
    # 完成投资占年度投资目标的比例: done against the plan
    r"完成率|完成比例|完成进度|进度|占(?:全年|年度|年)?[\u4e00-\u9fff]{0,4}?(?:计划|任务|目标)"
    r"|任务完成量?占比"  # 任务完成量占比(%)
    r"|完成[\u4e00-\u9fff]{0,4}?(?:计划|任务|目标)\s*(?:任务)?\s*占比"  # 完成一季度目标任务占比(%)
)
# 开工率 beside 计划任务数: the share of the plan done (增长率, 利润率 are not)
_OF_PLAN = re.compile("(?<!增长)(?<!利润)(?<!税)率$")
# 责任目标得分, 加分: points scored, whatever they are scored against
_SCORE = re.compile("(?:得分|分数|评分|加分|扣分|分值)$")
# 附表1：, 表2. : the number of a table before its title
# (附表2017年…汇总表: the year of the title, no number of the table)
_TABLE_NUMBER = re.compile(
    r"^附?表\s*(?:[0-9一二三四五六七八九十]{1,2}(?![0-9年]))?\s*[:：.、]?\s*"
)
_GROWTH = re.compile(r"同比|增长|增速|增幅|增减|±")  # (±%: the growth, signed)
_BASELINE = re.compile(r"^(?:上年|去年)(?:同期|同月|同期数|同期值)?(?:完成|累计)?(?:数|值)?$")
_TARGET = re.compile(r"计划|目标|任务")
_COUNT = re.compile(r"(?<!指)(?<!系)(?<!倍)数量?$")
_DONE = re.compile("完成|实际|累计|实现")
_DONE_ONLY = re.compile("^(?:已经?|累计|实际)?(?:完成|实现|达成)(?:情况)?$")
# 完成投资额, 项目个数: what a header is of, without the word for how much
# (增加值, 产值, 零售总额, 授权量, 用电量 stay; 增加值总额 is 增加值)
_HOW_MUCH = re.compile("(?:个数|数量|(?<=值)总额|(?<!总)额|数|^量|(?<=完成)量|(?<![加产总])值)$")
_HOW_MUCH_ONLY = re.compile("绝对值|绝对数|数值|绝对额")
_MIN_ROWS = 2
_WHOLE_NAME = 4
_CLAUSE = re.compile("[，。；！？,;]")
_BRACKETED = re.compile(r"[（(][^（）()]*[)）]")


# # 批发零售业, 其中：餐饮业: the marks of a part of the row above
_OF_WHICH = re.compile(r"^\s*(?:#|＃|其中\s*[:：]?)\s*")
_LABEL_UNIT = re.compile(rf"[（(](?P<unit>(?:万亿|亿|万|千)?(?:{ANY_UNIT}))[)）]\s*$")
_Cell = tuple[str, int, int]  # a cell's text and where it stands
Span = tuple[int, int]


@dataclass
class _Column:
    # "done", "target", "rate", "growth", "own growth" (of the measure its header names),
    # "count", "unit", "label", "skip"
    role: str
    name: str
    unit: str | None
    group: str = ""  # the first header row's name over this column, when there are two
    # 本月 | 比去年同月增长(%) | 1-本月 | 比去年同期增长(%): the column of what was done a
    # column of growths stands after, when its group has more than one
    of: _Column | None = None


def read_tables(
    text: str,
) -> tuple[list[Draft], list[tuple[int, int]], list[tuple[tuple[int, int], Span | None]]]:
    """The figures of every table in ``text``, the spans the tables cover (their sentences
    are not read again), and the cells of tasks in tables of prose, each with the cell of
    what was done beside it (_task_cells)."""
    lines = [m.span() for m in _LINE.finditer(text)] if "\n" in text else []
    drafts: list[Draft] = []
    covered: list[tuple[int, int]] = []
    tasks: list[tuple[Span, Span | None]] = []
    index = 0
    barred = "|" in text
    while barred and index < len(lines):
        end = index
        rows_at: list[int] = []
        while end < len(lines):
            if _is_row(text, *lines[end]):
                rows_at.append(end)
            elif not rows_at or not _BLANK_CELL.match(text, *lines[end]):
                break  # (a bar alone between two rows: the edge of the row above)
            end += 1
        if len(rows_at) >= _MIN_ROWS:
            before = [text[lo:hi] for lo, hi in lines[max(0, index - 2) : index]]
            rows = [_cells(text, *lines[at]) for at in rows_at]
            while len(rows) > _MIN_ROWS and len(rows[0]) == 1 and _number(rows[0][0][0]) is None:
                before.append(rows.pop(0)[0][0])  # 某某完成情况 | |||||: the title, in bars
            found = _read_table(before, rows[0], rows[1:])
            if found:
                drafts.extend(found)
                covered.append((lines[rows_at[0]][0], lines[rows_at[-1]][1]))
            else:  # a table of prose cells (工作任务, 落实情况) is read as prose
                tasks.extend(_task_cells(rows[0], rows[1:]))
        index = max(end, index + 1)
    # (序号⏎|⏎工作任务⏎|⏎…, 指標⏎|⏎單位⏎|⏎累計⏎|⏎…: the cells a line, with a bar on each line
    # between them)
    cells = [line for line in lines if not _BLANK_CELL.match(text, *line)] if barred else lines
    if not covered and not tasks and "序号" in text:
        tasks.extend(_stacked_ledger(text, cells))
    # (_cell_a_line reads a bar alone as an empty cell)
    for before, header, body in [*_cell_a_line(text, lines), *_stacked(text, lines)]:
        if any(lo <= header[0][1] < hi for lo, hi in covered):
            continue
        found = _read_table(before, header, body)
        if found is not None:
            drafts.extend(found)
            covered.append((header[0][1], body[-1][-1][2]))
    return drafts, covered, tasks


# 具体工作任务和要求 | 责任单位 | 落实情况, 项目内容 | 进展情况: a ledger of tasks, what was asked
# in one column and what was done in another
_TASK_COLUMN = re.compile("任务|要求|目标|内容")
_PROGRESS_COLUMN = re.compile("落实|进展|完成情况|推进情况|进度")


def _task_cells(header: list[_Cell], body: list[list[_Cell]]) -> list[tuple[Span, Span | None]]:
    """The span of the cell that says what each task asks, when another column says what was
    done, with the span of that cell in the same row; a row short of cells (the first column
    merged over several rows) is aligned on the right, one shorter still (the serial and the
    unit answering merged too) on the task."""
    names = [cell for cell, _, _ in header]
    tasks = [i for i, n in enumerate(names) if _TASK_COLUMN.search(n)]
    progress = [i for i, n in enumerate(names) if _PROGRESS_COLUMN.search(n)]
    asked = next((i for i in tasks if i not in progress), None)
    done = next((i for i in progress if i != asked), None)
    if asked is None or done is None:
        return []
    back = len(names) - asked
    cells: list[tuple[Span, Span | None]] = []
    for row in body:
        if back <= len(row) <= len(names):
            at = len(row) - back
            said = len(row) - (len(names) - done)
        elif 2 <= len(row) < back and done > asked:
            at, said = 0, done - asked  # 新增托位500个。 | 新增托位600个。 | ||
        else:
            continue
        cells.append((row[at][1:], row[said][1:] if 0 <= said < len(row) else None))
    return cells


_HEADER_MAX = 12  # characters in a column's name
_ROW_MAX = 3  # rows that may be read wrong (merged cells) before a ledger is taken to end


def _header_width(cells: list[_Cell], at: int, reach: int) -> int:
    """How many cells a header from 序号 at ``at`` has: those before the first row's 1 (0 if
    there is no 1 within ``reach``)."""
    ones = (i for i in range(at + 1, min(len(cells), at + reach)) if cells[i][0] == "1")
    return next((i - at for i in ones), 0)


def _stacked_ledger(text: str, lines: list[Span]) -> list[tuple[Span, Span | None]]:
    """序号 / 实事内容 / 牵头单位 / 进展情况, then 1 / 推进…完成生态搬迁1.5万人。 / 市农办 / 已完成
    搬迁20612人。: a ledger of tasks pasted a cell a line (prose cells), read as _task_cells
    reads one in bars; a row of other than the header's cells (merged) is left out."""
    cells: list[_Cell] = []
    for lo, hi in lines:
        cell = text[lo:hi].strip()
        if cell:
            start = lo + text[lo:hi].index(cell[0])
            cells.append((cell, start, start + len(cell)))
    found: list[tuple[Span, Span | None]] = []
    for at, (cell, _, _) in enumerate(cells):
        if not _SERIAL.match(cell):
            continue
        width = _header_width(cells, at, 8)
        header = cells[at : at + width]
        if width < 3 or any(len(name) > _HEADER_MAX for name, _, _ in header):
            continue
        body: list[list[_Cell]] = []
        row, number, wrong = at + width, 1, 0
        while row < len(cells) and cells[row][0] == str(number) and wrong < _ROW_MAX:
            end = next(
                (
                    i
                    for i in range(row + 1, min(len(cells), row + 2 * width))
                    if cells[i][0] == str(number + 1)
                ),
                min(len(cells), row + width),
            )
            if end - row == width:
                body.append(cells[row:end])
            else:
                wrong += 1
            row, number = end, number + 1
        found.extend(_task_cells(header, body))
    return found


# a line that is one cell of a table pasted a cell a line: short, no clause in it
_CELL_LINE = re.compile(r"[\s|]*(?P<cell>[^\s|，。；！？,;][^|，。；！？;]{0,23}?)[\s|]*$")
_BLANK_CELL = re.compile(r"[\s|]*$")
# (亿元), ±百分点: the end of a header cell wrapped onto a line of its own
_WRAPPED_END = re.compile(r"[(（][^()（）]{1,8}[)）]$|±")
_TITLE_MAX = 40


def _stacked(
    text: str, lines: list[tuple[int, int]]
) -> list[tuple[list[str], list[_Cell], list[list[_Cell]]]]:
    """Tables pasted one cell a line (the header's cells, then each row's): a run of short
    lines where a label is followed by as many numbers as the header has cells after its
    first, row after row. Returns (the lines above the header, the header, the rows)."""
    tables = []
    run: list[_Cell] = []
    with_blanks: list[_Cell] = []  # the run with each bar alone as an empty cell
    above: list[str] = []
    for lo, hi in [*lines, (len(text), len(text))]:
        if lo < hi and _BLANK_CELL.match(text, lo, hi):
            # (a bar alone: an empty cell, or the edge of a row)
            if text.count("|", lo, hi) == 1 and run:
                with_blanks.append(("", lo, lo))
            continue
        cell = _CELL_LINE.match(text, lo, hi) if lo < hi else None
        if cell is not None:
            found_cell: _Cell = (cell.group("cell"), *cell.span("cell"))  # (spaces end outside)
            wrapped = run[-1] if run and _WRAPPED_END.match(cell.group("cell")) else None
            if wrapped is not None and "|" not in text[wrapped[2] : cell.start("cell")]:
                # 限上零售额⏎(亿元) |: a header cell wrapped before its unit, one cell
                found_cell = (wrapped[0] + found_cell[0], wrapped[1], found_cell[2])
                run.pop()
                if with_blanks and with_blanks[-1] == wrapped:
                    with_blanks.pop()
            run.append(found_cell)
            with_blanks.append(found_cell)
            continue
        if len(run) >= 2 * (_MIN_ROWS + 1):
            found = _stacked_table(run, above)
            blanks = _stacked_table(with_blanks, above) if len(with_blanks) > len(run) else None
            if blanks is not None and (found is None or len(blanks[2]) > len(found[2])):
                # 黔西南 | 5.5 | | 兴义市 | 0.2 | 8 |: the whole's row has no rank, the bar
                # alone is its empty cell (the reading with more rows is the table's)
                found = blanks
            if found is not None:
                tables.append(found)
        run, with_blanks = [], []
        line = text[lo:hi].strip()
        above = [line] if line else above
    return tables


# 1- 8月实际完成情况 |, or | alone: one cell of a table pasted a cell a line, its bar after it
_BARRED_CELL = re.compile(r"(?P<cell>[^|]*?)\s*\|\s*$")


def _cell_a_line(
    text: str, lines: list[tuple[int, int]]
) -> list[tuple[list[str], list[_Cell], list[list[_Cell]]]]:
    """Tables pasted a cell a line, each cell closed by a bar (a bar alone is an empty
    cell): a header from 序号 on, then rows numbered 1, 2, 3 … of as many cells as the
    header has. A cell may hold any words (备注: 已解决700人的饮水问题)."""
    if "|" not in text:
        return []
    cells: list[_Cell] = []
    for lo, hi in lines:
        bars = text.count("|", lo, hi)
        if bars > 1 and not text[lo:hi].replace("|", "").strip():
            continue  # ||||||||: a rule drawn between rows, no cell
        found = _BARRED_CELL.match(text, lo, hi) if bars == 1 else None
        if found is None:
            cells.append(("\n", lo, lo))  # (no cell: the end of a run)
            continue
        start = found.start("cell") + len(found.group("cell")) - len(found.group("cell").lstrip())
        cells.append((found.group("cell").strip(), start, found.end("cell")))
    tables = []
    for at, (cell, lo, hi) in enumerate(cells):
        joined = _TITLE_THEN_SERIAL.match(cell) if not _SERIAL.match(cell) else None
        if joined:
            # 市直各部门信息采用情况统计表排名|: the title ran into the header's first cell
            cells[at] = (joined.group("serial"), lo + joined.start("serial"), hi)
        elif not _SERIAL.match(cell):
            continue
        width = _header_width(cells, at, 16)
        if width < 3 or any(c[0] in ("", "\n") for c in cells[at : at + width]):
            continue
        body: list[list[_Cell]] = []
        row = at + width
        while row + width <= len(cells) and cells[row][0] == str(len(body) + 1):
            chunk = cells[row : row + width]
            if any(c[0] == "\n" for c in chunk):
                break
            body.append(chunk)
            row += width
        if len(body) >= _MIN_ROWS:
            before = [c[0] for c in cells[max(0, at - 2) : at] if c[0] not in ("", "\n")]
            before += [joined.group("title")] if joined else []
            tables.append((before, cells[at : at + width], body))
    return tables


_FILLER = re.compile(rf"[-—―–]+|(?:万亿|亿|万|千)?(?:{ANY_UNIT})")


def _stacked_table(
    run: list[_Cell], above: list[str]
) -> tuple[list[str], list[_Cell], list[list[_Cell]]] | None:
    # (億元 in a column of units, ― in an empty cell: the row goes on)
    numbers = [
        _number(cell) is not None or not cell or bool(_FILLER.fullmatch(cell)) for cell, _, _ in run
    ]
    first = next((i for i, number in enumerate(numbers) if number), None)
    if first is None or first < 2:
        return None
    label = first - 1
    width = 1
    while label + width < len(run) and numbers[label + width]:
        width += 1
    if width < 2 or label < width or any(numbers[label - width : label]):
        return None
    body: list[list[_Cell]] = []
    at = label
    while at + width <= len(run) and not numbers[at] and all(numbers[at + 1 : at + width]):
        body.append(run[at : at + width])
        at += width
    if len(body) < _MIN_ROWS:
        return None
    before = [cell for cell, _, _ in run[max(0, label - width - 2) : label - width]]
    if not before:
        before = [line for line in above if len(line) <= _TITLE_MAX]
    return before, run[label - width : label], body


def _is_row(text: str, lo: int, hi: int) -> bool:
    return text.count("|", lo, hi) >= 2


def _cells(text: str, lo: int, hi: int) -> list[_Cell]:
    cells = []
    start = lo
    for at in [*(i for i in range(lo, hi) if text[i] == "|"), hi]:
        cell = text[start:at]
        stripped = cell.strip()
        if stripped:
            offset = start + cell.index(stripped[0])
            cells.append((stripped, offset, offset + len(stripped)))
        start = at + 1
    return cells


class _Read(NamedTuple):
    value: Decimal
    percent: bool
    unit: str | None  # as the cell writes it after the number


def _number(cell: str) -> _Read | None:
    found = _NUMBER.match(cell.replace(" ", ""))
    if not found:
        return None
    value = parse_number(found.group("number").replace(",", ""))
    if value is None:
        return None
    signed = -value if found.group("sign") else value
    return _Read(signed, bool(found.group("pct")), found.group("unit"))


def _read_table(
    before: list[str], header: list[_Cell], body: list[list[_Cell]]
) -> list[Draft] | None:
    if not header or any(_number(cell) for cell, _, _ in header):
        return None  # no header row: what the columns hold is not said
    title, units = "", []
    for line in before:
        line = line.strip()
        listed = _UNITS_LINE.match(line)
        if listed:
            units = [u for u in _UNIT_SPLIT.split(listed.group("units")) if u]
        elif "|" not in line and len(line) <= _TITLE_MAX and not _CLAUSE.search(line):
            title = line if _BRACKETED.sub("", line).strip() else title  # ((八月) is no title)
    width = max((len(row) for row in body), default=0)
    while (
        len(body) > _MIN_ROWS + 1
        and len(header) + len(body[0]) < width
        and all(_number(cell) is None for cell, _, _ in body[0])
    ):
        # | 项目名称 | 计算单位 |⏎3月 | 1-3月累计 |⏎增长(%) | 结构(%) |: a header wrapped over
        # lines, short of the rows' width until its last line
        header, body = header + body[0], body[1:]
    names = [cell for cell, _, _ in header]
    groups = [""] * len(names)
    if len(body) > _MIN_ROWS and all(_number(cell) is None for cell, _, _ in body[0]):
        # 新开工改造小区数(个) | 涉及居民户数(万户) over 计划任务数 | 开工数 | 开工率 | …: a header
        # of two rows, the first naming groups of the second's columns
        second = [cell for cell, _, _ in body[0]]
        width = max(len(r) for r in body[1:])
        # 序号 | 项目名称 | … | 实际完成情况 | over 任务完成率 | 备注 |: one header row wrapped
        # onto a second line (a column of notes is no part of a group)
        wrapped = any(_TEXT_COLUMN.search(cell) for cell in second)
        two = None if wrapped else _two_rows(names, second, width, _labels_width(names, body[1:]))
        if two is None and (wrapped or len(names) + len(second) == width):
            two = names + second, [""] * (len(names) + len(second))
        elif two is None and 1 <= width - len(second) < len(names):
            # 市州 | 园区工业 | 技术创新 over five columns: groups of uneven width, whose
            # spans are not said (the second row names the columns)
            lead = width - len(second)
            two = names[:lead] + second, [""] * width
        elif two is None and len(names) + len(second) > width:
            two = names + second, [""] * (len(names) + len(second))
        if two is None:
            return None
        names, groups = two
        body = body[1:]
    columns = _columns(names, units, groups)
    # 1-9月份…汇总表, or a column 1-9月完成: the period of the rows
    said = (p.PERIOD.search(name) for name in [title] + [c.name for c in columns])
    period_found = next((found for found in said if found), None)
    period = period_found.group(0) if period_found else None
    measure = ph.clean(_TITLE_END.sub("", _TABLE_NUMBER.sub("", title))) if title else ""
    labels = [_label(cells) for cells in body]
    # 吉首市, 泸溪县, …, 州直: rows of places, the odd one too
    places = sum(1 for label in labels if label and _is_place(label)) * 2 >= len(labels)
    main_columns = {
        group: _main_done([c for c in columns if c.group == group])
        for group in {c.group for c in columns}
    }
    for column in columns:
        if column.role == "growth" and _growth_of_its_own(column, columns, main_columns):
            column.role = "own growth"  # 规模工业增加值增长速度 | 工业固定资产投资增长速度
    drafts: list[Draft] = []
    row_unit = None
    for cells in body:
        # 社会消费品零售总额(亿元), then # 批发零售业: a unit in a row's label holds for the rows
        # below that say none
        said_unit = _LABEL_UNIT.search(cells[0][0]) if cells else None
        row_unit = said_unit.group("unit") if said_unit else row_unit
        found = _read_row(cells, columns, main_columns, measure if places else None, period)
        for draft in found:
            if draft.unit is None and draft.value is not None:
                draft.unit = row_unit
        # (| 企业数 | 个 | - | 332 |: no figure in the month's empty cell)
        drafts.extend(d for d in found if d.value is not None or attributed(d))
    return drafts


def _labels_width(names: list[str], rows: list[list[_Cell]]) -> int | None:
    """How many columns of labels (序号, 县(市、区)) lead the first row of the table's width."""
    width = max(len(r) for r in rows)
    row = next(r for r in rows if len(r) == width)
    serial = bool(names) and _SERIAL.match(names[0]) is not None
    return next(
        (i for i, (cell, _, _) in enumerate(row) if _number(cell) and not (serial and i == 0)),
        None,
    )


def _two_rows(
    first: list[str], second: list[str], width: int, labels: int | None = None
) -> tuple[list[str], list[str]] | None:
    """The columns' names and groups of a header of two rows: the first row's leading cells
    name the leading columns, each of its others spans as many of the second row's cells."""
    lead = width - len(second)
    if labels is not None and 0 < labels < lead:
        return _groups_then_columns(first, second, width, labels)
    spans = len(first) - lead
    if lead < 1 or spans < 1 or len(second) % spans:
        return None
    each = len(second) // spans
    names, groups = first[:lead], [""] * lead
    for index, name in enumerate(second):
        group = first[lead + index // each]
        own = _HEADER_UNIT.search(group)
        names.append(name + (own.group(0) if own and not _HEADER_UNIT.search(name) else ""))
        groups.append(group[: own.start()].strip() if own else group)
    return names, groups


def _groups_then_columns(
    first: list[str], second: list[str], width: int, lead: int
) -> tuple[list[str], list[str]] | None:
    """序号 | 县 | 申请量 | 注册量 | 有效注册量 over 完成值 | 同比增长 | 完成值 | 同比增长: the
    first row's cells after the labels span as many of the second row's cells
    each, and those the second row leaves unnamed after them are columns of their own."""
    rest = first[lead:]
    for each in range(2, len(second) + 1):
        spans = len(second) // each
        alone = len(rest) - spans
        if len(second) % each or alone < 0 or spans * each + alone != width - lead:
            continue
        names, groups = first[:lead], [""] * lead
        for index, name in enumerate(second):
            names.append(name)
            groups.append(rest[index // each])
        return names + rest[spans:], groups + [""] * alone
    return None


def _label(cells: list[_Cell]) -> str | None:
    return next((cell for cell, _, _ in cells if _number(cell) is None), None)


def _is_place(label: str) -> bool:
    return ph.is_place(label.replace(" ", ""))


def _columns(names: list[str], units: list[str], groups: list[str]) -> list[_Column]:
    columns = []
    label_seen = False
    count_units = [u for u in units if is_count(u)]
    other_units = [u for u in units if not is_count(u)] or units
    for name, group in zip(names, groups, strict=True):
        own = _HEADER_UNIT.search(name)
        bare = name[: own.start()].strip() if own else name
        unit = own.group("unit") if own else None
        if (
            _SERIAL.match(bare)
            or _TEXT_COLUMN.search(bare)
            or _BASELINE.match(bare)
            or (label_seen and _RANK_COLUMN.search(bare))
            or bare.endswith("百分点")  # 较去年同期±百分点: how far a rate moved
        ):
            role = "skip"  # (上年同期: the level compared with; 增速排位: a rank; no figure)
        elif _GROWTH.search(bare) and unit not in (None, "%"):
            role = "skip"  # 增减(家): how much the level moved, no figure
        elif _UNIT_COLUMN.match(bare):
            role = "unit"
        elif not label_seen:
            role, label_seen = "label", True
        elif _SCORE.search(bare):
            role = "done"
        elif _RATE.search(bare):
            role, unit = "rate", "%"
        elif _GROWTH.search(bare):
            role, unit = "growth", "%"
        elif _TARGET.search(bare) and not _DONE.search(bare):
            role = "target"
        elif _COUNT.search(bare) and not _DONE.search(bare) and not group:
            role = "count"  # 项目个数, 合同数: how many, beside the measure (完成数 is done)
            unit = unit or (count_units[0] if count_units else None)
        else:
            role = "done"
        if role in ("target", "done") and unit is None and other_units:
            unit = other_units[0]
        columns.append(_Column(role, bare, unit, group))
    planned = {c.group for c in columns if c.role == "target"}
    for column in columns:
        if column.role == "done" and column.group in planned and _OF_PLAN.search(column.name):
            # 计划任务数 | 开工数 | 开工率: a rate beside a plan is the share of it done
            column.role, column.unit = "rate", "%"
    for before, column in pairwise(columns):
        done = [c for c in columns if c.role == "done" and c.group == column.group]
        if column.role == "growth" and before.role == "done" and len(done) > 1:
            column.of = before  # 4月 | 1-4月累计 | 累计比上年同期增长(%): the growth of 1-4月
    return columns


def _read_row(
    cells: list[_Cell],
    columns: list[_Column],
    main_columns: dict[str, _Column | None],
    measure: str | None,
    period: str | None,
) -> list[Draft]:
    """The figures of a row; ``main_columns`` are, by group, the columns of what was done
    that the plans and rates are of; ``measure`` is what the title names when the rows are
    places (None when they are items)."""
    label_at = next((i for i, c in enumerate(columns) if c.role == "label"), None)
    if label_at is None:
        return []
    # a row may leave out its serial number (a merged cell): the label is its first word
    read = [_number(cell) for cell, _, _ in cells]
    texts = [i for i, number in enumerate(read) if number is None]
    if not texts:
        return []
    label, start, _ = cells[texts[0]]
    has_units = any(c.role == "unit" for c in columns)
    unit_cell = cells[texts[1]][0] if has_units and len(texts) > 1 else None
    kept = ("unit", "skip", "label")
    if len(cells) == len(columns):
        # a full row: each cell under its column (全部开工 in a column of rates says no number)
        valued = [
            (column, cells[i], number)
            for i, column in enumerate(columns)
            if i > texts[0] and column.role not in kept and (number := read[i]) is not None
        ]
    else:
        numeric = [c for c in columns[label_at + 1 :] if c.role not in kept]
        numbers = [
            (cells[i], number)
            for i in range(texts[0] + 1, len(cells))
            if (number := read[i]) is not None
        ]
        valued = _in_columns(numeric, numbers)
    label = _OF_WHICH.sub("", label)  # # 批发零售业: a part of the row above
    region, base, inner_target, inner_unit = _name(label, measure)
    titled = measure is not None
    mains: dict[str, Draft] = {}
    extra: list[Draft] = []
    of_column: dict[int, Draft] = {}  # the figure each column of what was done gave
    targets: dict[str, list[tuple[Decimal, int]]] = {}
    for column, (_, _, cell_end), (value, percent, written) in valued:
        unit = "%" if percent else written or (unit_cell if column.unit is None else column.unit)
        unit = unit or inner_unit
        if column.role == "count":
            name = _noun_of(base, column.name, titled)
            extra.append(Draft(name, value, unit, start, cell_end, region=region, period=period))
            continue
        if column.role == "own growth":
            # 规模工业增加值增长速度 | 工业固定资产投资增长速度: one measure's growth a column
            name = _noun_of(base, _GROWTH_TAIL.sub("", column.name), titled)
            grown = Draft(name, None, None, start, cell_end, region=region, period=period)
            grown.yoy_growth = value
            extra.append(grown)
            continue
        if column.role == "growth" and column.of is not None and id(column.of) in of_column:
            grown = of_column[id(column.of)]
            grown.yoy_growth, grown.end = value, max(grown.end, cell_end)
            continue
        main = mains.get(column.group)
        if main is None:
            named = _noun_of(base, column.group, titled) if column.group else base
            main = Draft(named, None, None, start, cell_end, region=region, period=period)
            mains[column.group] = main
        main.end = max(main.end, cell_end)
        if column.role == "rate":
            main.completion_rate = value
        elif column.role == "growth":
            main.yoy_growth = value
        elif column.role == "target":
            main.unit = main.unit or unit
            targets.setdefault(column.group, []).append((value, cell_end))
        elif column is main_columns[column.group]:
            main.value, main.unit = value, unit or main.unit  # (8950人 | 7123: the plan's)
            if not column.group:
                main.indicator = _noun_of(base, column.name, titled)
            of_column[id(column)] = main
        else:
            name = _noun_of(base, column.name, titled)
            extra.append(Draft(name, value, unit, start, cell_end, region=region, period=period))
            of_column[id(column)] = extra[-1]
    for group, stated in targets.items():
        main = mains[group]
        # 年度投资计划 | 一季度目标任务 | 完成投资 | 完成率: the target the rate is of (else the
        # last) is the figure's; another is a target of its own (the year's)
        chosen = next((n for n, t in enumerate(stated) if _rate_of(main, t[0])), len(stated) - 1)
        main.target = stated[chosen][0]
        for n, (target, cell_end) in enumerate(stated):
            if n != chosen:
                plan = Draft(
                    main.indicator, None, main.unit, start, cell_end, region=region, period=period
                )
                plan.target = target
                extra.append(plan)
    first = next(iter(mains.values()), None)
    if first is not None and first.target is None and inner_target is not None:
        first.target = inner_target
    found = [*mains.values(), *extra]
    for draft in found:
        draft.sentence = start
    return found


def _rate_of(main: Draft, target: Decimal) -> bool:
    """Whether ``main``'s completion rate is its value against ``target``, each as rounded."""
    if main.value is None or main.completion_rate is None:
        return False
    implied = ck.implied_range(main.value, main.unit, main.completion_rate)
    return implied.overlaps(ck.stated(target))


def _in_columns(
    numeric: list[_Column], numbers: list[tuple[_Cell, _Read]]
) -> list[tuple[_Column, _Cell, _Read]]:
    """The numbers of a row that left cells empty, each under its column in turn; a
    percentage skips columns to the next column of rates (2所 | (empty) | 70%: the rate of
    a task with nothing counted yet)."""
    valued = []
    at = 0
    for cell, number in numbers:
        if number.percent and at < len(numeric) and numeric[at].role != "rate":
            rate = next((i for i in range(at, len(numeric)) if numeric[i].role == "rate"), None)
            at = at if rate is None else rate
        if at >= len(numeric):
            break
        valued.append((numeric[at], cell, number))
        at += 1
    return valued


# 增长速度, 同比增长(%): the words of a growth after the measure a column's header names
_GROWTH_TAIL = re.compile(r"(?:同比)?(?:增长速度|增速|增幅|增长率|增长|增减)(?:[(（]%[)）])?$")


def _growth_of_its_own(
    column: _Column, columns: list[_Column], main_columns: dict[str, _Column | None]
) -> bool:
    """Whether a column of growths names its own measure: its group has no column of what
    was done, or more growth columns than this one."""
    if main_columns.get(column.group) is None:
        return bool(_GROWTH_TAIL.sub("", column.name))
    growths = [c for c in columns if c.role == "growth" and c.group == column.group]
    measure = _GROWTH_TAIL.sub("", column.name)
    main = main_columns[column.group]
    # 园区规模工业增加值总额(亿元) beside 园区规模工业增加值增长率(%): the main level's growth
    return (
        len(growths) > 1 and bool(measure) and (main is None or _noun(measure) != _noun(main.name))
    )


def _noun(header: str) -> str:
    """完成投资额 → 投资, 园区规模工业增加值总额(亿元) → 园区规模工业增加值: what a header is of."""
    return _HOW_MUCH.sub("", ph.clean(header))


def _main_done(columns: list[_Column]) -> _Column | None:
    """The column of what was done that the plan and the rate are of: 完成投资 beside
    年度投资目标 (到位资金 is a figure of its own); the first, if none says."""
    done = [c for c in columns if c.role == "done"]
    planned = [c.name for c in columns if c.role == "target"]
    # 当月完成面积 | 累计完成面积: the plan's share is of what was done so far
    so_far = [c for c in done if "累计" in c.name]
    if len(so_far) == 1 and len(done) > 1:
        return so_far[0]
    for column in done:
        noun = _noun(column.name)
        if noun and any(noun in name for name in planned):
            return column
    return done[0] if done else None


def _name(label: str, measure: str | None) -> tuple[str | None, str, Decimal | None, str | None]:
    """(region, the name of the row's measure, a target inside the label, its unit)."""
    if measure is not None:
        return label.replace(" ", ""), measure, None, None
    inner = p.MENTION.search(label)
    if inner and inner.group("run") and inner.group("unit"):
        value = parse_number(inner.group("run"))
        name = ph.clean(label[: inner.start()] + label[inner.end() :])
        return None, name, value, inner.group("unit")
    return None, ph.clean(label), None, None


_PERIOD_HEADER = re.compile(
    r"(?:[0-9一二三四五六七八九十]{1,2}\s*[-—~至])?(?:本月|当月|本期|[0-9一二三四五六七八九十]{1,2}月份?)"
    r"(?:累计|止)?"
)


def _noun_of(base: str, header: str, titled: bool) -> str:
    """年计划投资完成率 and 完成投资额 are of 投资: the base keeps what the header is of, cut
    after it (州重点项目投资, 项目个数 → 州重点项目); a header naming more than the base is
    added."""
    if _PERIOD_HEADER.fullmatch(header.replace(" ", "")):
        return base  # 本月 | 1-本月: when, of the row's measure
    if _HOW_MUCH_ONLY.fullmatch(_BRACKETED.sub("", header).strip()):
        return base  # 绝对值(万元), 数值: how much, of the row's measure
    noun = _noun(header)  # (ph.clean: 1-9月, 累计, 完成 go)
    noun = _DONE_ONLY.sub("", noun)  # 已完成数: how much was done, of nothing else
    noun = _TARGET.sub("", noun) if len(noun) > 2 and not _SCORE.search(noun) else noun
    if not noun:
        return base
    at = base.rfind(noun)
    if at >= 0:
        return base[: at + len(noun)]
    # (科技型中小企业 under the title 各区创新型企业评价进展情况: a header that is a whole name)
    return base + noun if base and (len(noun) < _WHOLE_NAME or not titled) else noun
