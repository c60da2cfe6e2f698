"""Figures (数据): a reported value with what the sentence says about it.

A sentence is split into parts at ；and into clauses at ，and ：. Each number mention
either opens a figure (a value, or a target after 将/计划/目标) or is said about the
figure before it (完成率, 同比增长, 超序时进度). Periods and places carry to the end
of the sentence; 将培育 carries to the end of its part (今年将培育A 20家，B 67家).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jindu.extraction import mentions as mt
from jindu.extraction import patterns as p
from jindu.extraction import phrases as ph
from jindu.extraction.mentions import Mention
from jindu.extraction.units import compatible

_SENTENCE = re.compile(r"[^。！？!?\n]+")
_CLAUSE = re.compile(r"[^，：；]+[，：；]?")  # the normaliser made other commas full-width
_AFTER_NP = re.compile(r"(?:(?!的)[\u4e00-\u9fffA-Za-z])+")
_AFTER_STOP = re.compile(
    r"已|获得|获|被|实现|完成|达到|共有|通过|成功|正在|进行|开展|参与|参加|入选|纳入|其中|同比|"
    r"比上年|较上年|增长|下降|分别|占|位居|排名|名列"
)
_GROUP_GLUE = re.compile(r"^(?:[、，和与及或]|以及|分别|增长|下降|减少|增加|提高|降低)*$")
_VERB_END = re.compile(rf"(?:{ph.CONTENT_VERB.pattern})$")


@dataclass
class Draft:
    """A figure while the sentence is being read; spans are in normalised text."""

    indicator: str
    value: Decimal | None
    unit: str | None
    start: int
    end: int
    qualifier: str | None = None
    completion_rate: Decimal | None = None
    yoy_growth: Decimal | None = None
    target: Decimal | None = None
    time_progress_gap_pp: Decimal | None = None
    status: str | None = None
    period: str | None = None
    region: str | None = None


@dataclass
class _Sentence:
    text: str
    lo: int
    hi: int
    periods: list[re.Match[str]]
    regions: list[re.Match[str]]
    figures: list[Draft] = field(default_factory=list)
    clauses: list[tuple[int, int]] = field(default_factory=list)
    topic: str = ""
    target_mode: bool = False
    target_verb: str | None = None

    def latest(self, matches: list[re.Match[str]], pos: int) -> re.Match[str] | None:
        best = None
        for match in matches:
            if match.end() <= pos:
                best = match
        return best


def extract_drafts(text: str) -> list[Draft]:
    drafts: list[Draft] = []
    heading = ""
    for sentence_match in _SENTENCE.finditer(text):
        lo, hi = sentence_match.span()
        periods = _scan(p.PERIOD, text, lo, hi)
        sentence = _Sentence(text, lo, hi, periods, _scan(p.REGION, text, lo, hi))
        sentence.topic = heading
        _read_sentence(sentence)
        drafts.extend(sentence.figures)
        heading = ""
        if not sentence.figures and hi - lo <= 30:
            plain = ph.clean(text[lo:hi])
            heading = plain if len(plain) <= 12 else ""
    return _dedupe(drafts)


# Characters each pattern needs, so that most sentences skip the slower scans.
_NEEDS = {p.PERIOD: "月季年", p.REGION: "内", p.STATUS: "完滞进"}


def _scan(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[re.Match[str]]:
    sentence = text[lo:hi]
    if not any(ch in sentence for ch in _NEEDS[pattern]):
        return []
    return list(pattern.finditer(text, lo, hi))


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    seen: set[tuple[str, Decimal | None, str | None, Decimal | None]] = set()
    kept = []
    for draft in drafts:
        key = (draft.indicator, draft.value, draft.unit, draft.target)
        if key in seen and draft.indicator:
            continue
        seen.add(key)
        kept.append(draft)
    return kept


def _read_sentence(s: _Sentence) -> None:
    for clause in _CLAUSE.finditer(s.text, s.lo, s.hi):
        c_lo, c_hi = clause.span()
        if s.clauses and s.text[s.clauses[-1][1] - 1] == "；":
            s.target_mode, s.target_verb = False, None
        found = mt.find_mentions(s.text, c_lo, c_hi)
        if not found:
            plain = ph.clean(s.text[c_lo:c_hi])
            if plain and len(plain) <= 16 and not s.figures:
                s.topic = plain
        _read_clause(s, c_lo, c_hi, found)
        s.clauses.append((c_lo, c_hi))
    _attach_status(s)


def _read_clause(s: _Sentence, c_lo: int, c_hi: int, found: list[Mention]) -> None:
    boundary = c_lo
    i = 0
    while i < len(found):
        mention = found[i]
        segment = s.text[boundary : mention.start]
        group = _group(s.text, found, i) if "分别" in s.text[c_lo : mention.start] else [mention]
        kind, sign, keyword_at = mt.classify(mention, segment)
        head = s.text[c_lo : mention.start]
        if kind == mt.YOY and (
            p.TARGET_MARK.search(head) or (s.target_mode and not ph.ACTUAL_MARK.search(head))
        ):
            _growth_target(s, mention, sign, segment[:keyword_at])
        elif kind in (mt.RATE, mt.YOY, mt.GAP):
            _attribute(s, group, kind, sign, segment[:keyword_at], c_lo)
        elif kind == mt.VALUE:
            _values(s, group, segment, c_lo)
        boundary = group[-1].end
        i += len(group)


def _group(text: str, found: list[Mention], i: int) -> list[Mention]:
    group = [found[i]]
    for nxt in found[i + 1 :]:
        if not _GROUP_GLUE.match(text[group[-1].end : nxt.start]):
            break
        group.append(nxt)
    return group


def _context(s: _Sentence, d: Draft, pos: int) -> Draft:
    period = s.latest(s.periods, pos)
    region = s.latest(s.regions, pos)
    d.period = period.group(0) if period else None
    if region and d.region is None:
        d.region = ph.clean(region.group(1)) or None
    return d


def _attribute(
    s: _Sentence, group: list[Mention], kind: str, sign: int, before: str, c_lo: int
) -> None:
    name = ph.clean(before)
    subjects = _subjects(s, before, c_lo, len(group)) if len(group) > 1 else None
    free = [f for f in s.figures if _get(f, kind) is None]
    targets: list[Draft | None]
    if len(group) > 1 and len(free) >= len(group) and _same(subjects, free[-len(group) :]):
        targets = list(free[-len(group) :])
    elif len(group) == 1 and free and (not name or name in free[-1].indicator):
        targets = [free[-1]] if free[-1] is s.figures[-1] or not name else [None]
    else:
        targets = [None] * len(group)
    previous_end = group[0].start
    for index, (mention, draft) in enumerate(zip(group, targets, strict=True)):
        if draft is None:
            indicator = subjects[index] if subjects else (name or s.topic)
            draft = _context(
                s, Draft(indicator, None, None, mention.start, mention.end), mention.start
            )
            s.figures.append(draft)
        # 同比分别增长8.3%、下降2.5%: each value may carry its own direction
        own = p.YOY.search(s.text[previous_end : mention.start]) if index else None
        if own and kind == mt.YOY:
            sign = -1 if own.group("down") or own.group("fall") else 1
        previous_end = mention.end
        _set(draft, kind, mention.value * sign)
        draft.end = max(draft.end, mention.end)


def _same(subjects: list[str] | None, figures: list[Draft]) -> bool:
    if subjects is None:
        return True
    return all(a in f.indicator or f.indicator in a for a, f in zip(subjects, figures, strict=True))


def _growth_target(s: _Sentence, mention: Mention, sign: int, before: str) -> None:
    """工业投资目标增长15%: a target stated as a growth rate."""
    name = ph.strip_target_words(before) or (s.figures[-1].indicator if s.figures else s.topic)
    draft = Draft(name, None, "%", mention.start, mention.end, mention.qualifier)
    draft.target = mention.value * sign
    s.figures.append(_context(s, draft, mention.start))
    s.target_mode = True


def _get(d: Draft, kind: str) -> Decimal | None:
    return {mt.RATE: d.completion_rate, mt.YOY: d.yoy_growth, mt.GAP: d.time_progress_gap_pp}[kind]


def _set(d: Draft, kind: str, value: Decimal) -> None:
    if kind == mt.RATE:
        d.completion_rate = value
    elif kind == mt.YOY:
        d.yoy_growth = value
    else:
        d.time_progress_gap_pp = value


def _subjects(s: _Sentence, before: str, c_lo: int, count: int) -> list[str] | None:
    return _subjects_shared(s, before, count)[0]


def _subjects_shared(s: _Sentence, before: str, count: int) -> tuple[list[str] | None, str]:
    head = before.split("分别")[0]
    found = ph.split_subjects(head, count) if ph.clean(head) else None
    if found is None:
        for lo, hi in reversed(s.clauses):
            found = ph.split_subjects(s.text[lo:hi], count)
            if found:
                break
    return found if found else (None, "")


def _values(s: _Sentence, group: list[Mention], segment: str, c_lo: int) -> None:
    clause_head = s.text[c_lo : group[0].start]
    is_target = bool(p.TARGET_MARK.search(clause_head))
    if is_target:
        s.target_mode = True
        s.target_verb = ph.leading_content_verb(clause_head) or s.target_verb
    elif s.target_mode and not ph.ACTUAL_MARK.search(clause_head):
        is_target = True
    after = _after_np(s.text, group[-1].end, s.hi)
    if len(group) > 1:
        _group_values(s, group, segment, after, is_target, c_lo)
        return
    mention = group[0]
    name = ph.strip_target_words(segment) if is_target else ph.clean(segment)
    if (not name or ph.BARE_VERB.fullmatch(name)) and _merge(s, mention, is_target):
        return
    place = None
    if name and ph.is_place(name) and s.figures:
        # 东川区完成技改投资6.2亿元；西岭区4.8亿元: a place stands for the same indicator
        place, name = name, s.figures[-1].indicator
    quoted = ph.quoted_tail(segment)
    if after and segment.rstrip().endswith("的") and not quoted:
        name = after  # 科技局牵头的8项重点指标
    elif after and (not name or quoted or _VERB_END.search(name)):
        name = (quoted or name) + after
    elif not name:
        name = s.figures[-1].indicator if s.figures else s.topic
    elif is_target and s.target_verb and not ph.CONTENT_VERB.search(segment):
        name = s.target_verb + name
    start = mention.start if not segment.strip() else s.text.rfind(name[:1], c_lo, mention.start)
    draft = _new(s, name, mention, is_target, max(start, c_lo) if start >= 0 else mention.start)
    draft.region = place or draft.region


def _new(s: _Sentence, name: str, mention: Mention, is_target: bool, start: int) -> Draft:
    value = None if is_target else mention.value
    draft = Draft(name, value, mention.unit, start, mention.end, qualifier=mention.qualifier)
    if is_target:
        draft.target = mention.value
    s.figures.append(_context(s, draft, mention.start))
    return draft


def _merge(s: _Sentence, mention: Mention, is_target: bool) -> bool:
    """已培育42家，全年目标76家: a clause that names nothing adds to the figure before."""
    if not s.figures:
        return False
    last = s.figures[-1]
    if not compatible(last.unit, mention.unit):
        return False
    if is_target and last.target is None and last.value is not None:
        last.target = mention.value
    elif not is_target and last.value is None and last.target is not None:
        last.value, last.qualifier = mention.value, mention.qualifier
    else:
        return False
    last.end = max(last.end, mention.end)
    return True


def _group_values(
    s: _Sentence, group: list[Mention], segment: str, after: str, is_target: bool, c_lo: int
) -> None:
    subjects, shared = _subjects_shared(s, segment, len(group))
    places = subjects is not None and all(ph.looks_like_place(x) for x in subjects)
    between = ph.clean(segment.split("分别")[-1]) if "分别" in segment else ""
    after = after or between or shared
    for index, mention in enumerate(group):
        region = None
        if subjects and after:
            name, region = after, subjects[index]
        elif subjects:
            name = subjects[index]
        else:
            name = after or ph.clean(segment.split("分别")[0]) or s.topic
        if places and not after:
            region = None
        draft = _new(s, name, mention, is_target, mention.start)
        draft.region = region or draft.region


def _after_np(text: str, pos: int, hi: int) -> str:
    found = _AFTER_NP.match(text, pos, hi)
    if not found:
        return ""
    words = found.group(0)
    stop = _AFTER_STOP.search(words)
    if stop and stop.start() == 0:
        return words[:12]  # 已有5项完成序时进度
    words = words[: stop.start()] if stop else words
    return words[:-1] if len(words) > 2 and words[-1] in "中里内" else words


def _attach_status(s: _Sentence) -> None:
    for match in _scan(p.STATUS, s.text, s.lo, s.hi):
        if re.match(r"(?:约|近|了)?[0-9]", s.text[match.end() : match.end() + 3]):
            continue
        before = [f for f in s.figures if f.start < match.start() and f.status is None]
        after = [f for f in s.figures if f.start >= match.end() and f.status is None]
        target = before[-1] if before else (after[0] if after else None)
        if target is not None:
            target.status = match.group(0)
            target.end = max(target.end, match.end())
