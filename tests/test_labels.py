"""jindu.labels: every label of the domain's enums is in the catalogue with an English text, and
Chinese stays exactly the enum's `label_zh`."""

from __future__ import annotations

import pytest
from django.utils import translation

from jindu.labels import MSGIDS, Labelled, label
from jindu.progress import Outlook, Status
from jindu.supervision.selectors.deadlines import Flag
from jindu.supervision.workflow import Action, Side, State

MEMBERS: list[Labelled] = [*Status, *Outlook, *State, *Action, *Side, *Flag]


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
