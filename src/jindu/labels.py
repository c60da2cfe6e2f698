"""Labels of the domain's enums in the active language (标签): status, outlook, a task's state,
action, side and source, a deadline's flag, a round's timeliness.

The enums keep their Chinese text in `label_zh` (the pure cores import nothing from Django);
that text is the msgid, so Chinese pages read exactly as `label_zh` and English pages get the
catalogue's translation. Pages, JSON records and messages call `label`; stored texts (a
task's content, a notification) keep `label_zh`, because their reader's language is unknown.
"""

from __future__ import annotations

from typing import Protocol

from django.utils.translation import gettext, gettext_noop


class Labelled(Protocol):
    @property
    def label_zh(self) -> str: ...


def label(value: Labelled) -> str:
    """`value.label_zh` in the active language."""
    return gettext(value.label_zh)


# What makemessages reads: every `label_zh` of jindu.progress.Status and Outlook,
# jindu.supervision.workflow.State, Action and Side, supervision's deadline Flag and task
# Source, and reporting's round Timeliness.
# tests/test_labels.py fails when an enum gains a label that is missing here.
MSGIDS = (
    # Status
    gettext_noop("已完成"),
    gettext_noop("超进度"),
    gettext_noop("滞后"),
    gettext_noop("严重滞后"),
    gettext_noop("未报送"),
    # Outlook
    gettext_noop("能完成"),
    gettext_noop("有风险"),
    gettext_noop("难完成"),
    # State
    gettext_noop("已立项"),
    gettext_noop("已交办"),
    gettext_noop("已签收"),
    gettext_noop("办理中"),
    gettext_noop("申请延期中"),
    gettext_noop("办结待审核"),
    gettext_noop("已销号"),
    # Action
    gettext_noop("交办"),
    gettext_noop("签收"),
    gettext_noop("报告进展"),
    gettext_noop("申请延期"),
    gettext_noop("同意延期"),
    gettext_noop("不同意延期"),
    gettext_noop("办结报告"),
    gettext_noop("审核通过并销号"),
    gettext_noop("退办"),
    # Side
    gettext_noop("创新办"),
    gettext_noop("牵头单位"),
    # Flag
    gettext_noop("逾期"),
    gettext_noop("临期"),
    # Source (jindu.supervision.models)
    gettext_noop("督查要求"),
    gettext_noop("会议决定"),
    gettext_noop("领导批示"),
    gettext_noop("指标严重滞后"),
    gettext_noop("手工录入"),
    # Timeliness (jindu.reporting.selectors.rounds)
    gettext_noop("按时"),
    gettext_noop("迟报"),
    gettext_noop("未报"),
)
