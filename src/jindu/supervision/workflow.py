"""The workflow of a supervision task (督办事项), DOMAIN.md §6: pure Python, no Django.

    立项 registered ─交办→ assigned ─签收→ accepted ─进展→ in_progress
    accepted / in_progress ─申请延期→ extension_requested ─同意 / 不同意→ in_progress
    accepted / in_progress ─办结报告→ reported ─审核通过→ closed (销号)
                                        reported ─退办→ in_progress

Each transition is done by one side:
- OFFICE: the 创新办 that manages the task's region (立项, 交办, 审批延期, 审核, 退办, 销号);
- LEAD: a user of the task's lead unit (签收, 进展, 申请延期, 办结报告).

`TRANSITIONS` is the whole rule book; the services look a transition up here and refuse any
pair (state, action) that is not in it, with a Chinese message (`WrongState`, `WrongSide`; the
services say it again in the user's language). Docs and the task page list the actions from
the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class State(StrEnum):
    REGISTERED = "registered"
    ASSIGNED = "assigned"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    EXTENSION_REQUESTED = "extension_requested"
    REPORTED = "reported"
    CLOSED = "closed"

    @property
    def label_zh(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS = {
    State.REGISTERED: "已立项",
    State.ASSIGNED: "已交办",
    State.ACCEPTED: "已签收",
    State.IN_PROGRESS: "办理中",
    State.EXTENSION_REQUESTED: "申请延期中",
    State.REPORTED: "办结待审核",
    State.CLOSED: "已销号",
}


class Action(StrEnum):
    ASSIGN = "assign"
    ACCEPT = "accept"
    PROGRESS = "progress"
    REQUEST_EXTENSION = "request_extension"
    APPROVE_EXTENSION = "approve_extension"
    REFUSE_EXTENSION = "refuse_extension"
    REPORT_DONE = "report_done"
    APPROVE = "approve"
    RETURN = "return"

    @property
    def label_zh(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS = {
    Action.ASSIGN: "交办",
    Action.ACCEPT: "签收",
    Action.PROGRESS: "报告进展",
    Action.REQUEST_EXTENSION: "申请延期",
    Action.APPROVE_EXTENSION: "同意延期",
    Action.REFUSE_EXTENSION: "不同意延期",
    Action.REPORT_DONE: "办结报告",
    Action.APPROVE: "审核通过并销号",
    Action.RETURN: "退办",
}


class Side(StrEnum):
    OFFICE = "office"
    LEAD = "lead"

    @property
    def label_zh(self) -> str:
        return "创新办" if self is Side.OFFICE else "牵头单位"


@dataclass(frozen=True)
class Transition:
    source: State
    action: Action
    target: State
    side: Side


_S, _A = State, Action
TRANSITIONS: tuple[Transition, ...] = (
    Transition(_S.REGISTERED, _A.ASSIGN, _S.ASSIGNED, Side.OFFICE),
    Transition(_S.ASSIGNED, _A.ACCEPT, _S.ACCEPTED, Side.LEAD),
    Transition(_S.ACCEPTED, _A.PROGRESS, _S.IN_PROGRESS, Side.LEAD),
    Transition(_S.IN_PROGRESS, _A.PROGRESS, _S.IN_PROGRESS, Side.LEAD),
    Transition(_S.ACCEPTED, _A.REQUEST_EXTENSION, _S.EXTENSION_REQUESTED, Side.LEAD),
    Transition(_S.IN_PROGRESS, _A.REQUEST_EXTENSION, _S.EXTENSION_REQUESTED, Side.LEAD),
    Transition(_S.EXTENSION_REQUESTED, _A.APPROVE_EXTENSION, _S.IN_PROGRESS, Side.OFFICE),
    Transition(_S.EXTENSION_REQUESTED, _A.REFUSE_EXTENSION, _S.IN_PROGRESS, Side.OFFICE),
    Transition(_S.ACCEPTED, _A.REPORT_DONE, _S.REPORTED, Side.LEAD),
    Transition(_S.IN_PROGRESS, _A.REPORT_DONE, _S.REPORTED, Side.LEAD),
    Transition(_S.REPORTED, _A.APPROVE, _S.CLOSED, Side.OFFICE),
    Transition(_S.REPORTED, _A.RETURN, _S.IN_PROGRESS, Side.OFFICE),
)

# Not yet reported done: these count for 逾期 (overdue) and 临期 (due soon).
OPEN_STATES = frozenset(
    {State.ASSIGNED, State.ACCEPTED, State.IN_PROGRESS, State.EXTENSION_REQUESTED}
)


class Refused(Exception):
    """A transition that the rules do not allow; `message` is shown to the user as is (the
    services write it in the user's language; this module, without Django, in Chinese).
    `status` is the HTTP status the API answers with (403 wrong side, 409 wrong state)."""

    def __init__(self, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class WrongState(Refused):
    """The action is not one of the state's (409)."""

    def __init__(self, state: State, action: Action) -> None:
        super().__init__(f"事项{state.label_zh},不能{action.label_zh}")
        self.state, self.action = state, action


class WrongSide(Refused):
    """The action is the other side's (403)."""

    def __init__(self, action: Action, side: Side) -> None:
        super().__init__(f"{action.label_zh}须由{side.label_zh}办理", status=403)
        self.action, self.side = action, side


def find(state: State, action: Action) -> Transition | None:
    for t in TRANSITIONS:
        if t.source is state and t.action is action:
            return t
    return None


def transition(state: State, action: Action, sides: frozenset[Side]) -> Transition:
    """The transition for `action` from `state` by someone acting as `sides`, or Refused."""
    found = find(state, action)
    if found is None:
        raise WrongState(state, action)
    if found.side not in sides:
        raise WrongSide(action, found.side)
    return found


def allowed(state: State, sides: frozenset[Side]) -> list[Action]:
    """The actions someone acting as `sides` may take now, in table order, without repeats."""
    actions: list[Action] = []
    for t in TRANSITIONS:
        if t.source is state and t.side in sides and t.action not in actions:
            actions.append(t.action)
    return actions
