"""jindu.labels: every label of the domain's enums is in the catalogue with an English text, and
Chinese stays exactly the enum's `label_zh`."""

from __future__ import annotations

import pytest
from django.utils import translation

from jindu.labels import MSGIDS, Labelled, label
from jindu.progress import Outlook, Status
from jindu.reporting.selectors.rounds import Timeliness
from jindu.supervision.models import Source
from jindu.supervision.selectors.deadlines import Flag
from jindu.supervision.workflow import Action, Side, State

MEMBERS: list[Labelled] = [
    *Status,
    *Outlook,
    *State,
    *Action,
    *Side,
    *Flag,
    *Source,
    *Timeliness,
]


def test_every_label_is_marked_for_the_catalogue() -> None:
    # makemessages reads MSGIDS; a label missing there would never get its English.
    assert sorted(m.label_zh for m in MEMBERS) == sorted(MSGIDS)


@pytest.mark.parametrize("member", MEMBERS, ids=str)
def test_each_label_is_english_under_en_and_label_zh_under_zh_hans(member: Labelled) -> None:
    chinese = member.label_zh
    with translation.override("zh-hans"):
        assert label(member) == chinese
    with translation.override("en"):
        english = label(member)
    assert english and english != chinese
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in english), english


def test_a_few_labels_read_as_the_interface_says_them() -> None:
    with translation.override("en"):
        assert label(Status.FAR_BEHIND) == "Far behind"
        assert label(Outlook.AT_RISK) == "At risk"
        assert label(State.IN_PROGRESS) == "In progress"
        assert label(Action.APPROVE) == "Approve and close"
        assert label(Flag.DUE_SOON) == "Due soon"
        assert label(Source.INSTRUCTION) == "Leadership instruction"
        assert label(Timeliness.LATE) == "Late"


def test_the_chinese_labels_of_sources_and_timeliness_are_unchanged() -> None:
    # As the pages have always shown them: Source's choice labels, the timeliness column.
    with translation.override("zh-hans"):
        assert {s.value: label(s) for s in Source} == {
            "inspection": "督查要求",
            "meeting": "会议决定",
            "instruction": "领导批示",
            "indicator": "指标严重滞后",
            "manual": "手工录入",
        }
        assert {t.value: label(t) for t in Timeliness} == {
            "on_time": "按时",
            "late": "迟报",
            "missing": "未报",
        }
    assert dict(Source.choices)["manual"] == "手工录入"  # admin and stored choices unchanged
