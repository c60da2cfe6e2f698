"""The transition table of a task (pure, no database)."""

from __future__ import annotations

import pytest

from jindu.supervision.workflow import (
    OPEN_STATES,
    TRANSITIONS,
    Action,
    Refused,
    Side,
    State,
    allowed,
    find,
    transition,
)

BOTH = frozenset({Side.OFFICE, Side.LEAD})


def test_the_happy_path_of_domain_section_6_is_in_the_table() -> None:
    path = [
        (Action.ASSIGN, State.ASSIGNED),
        (Action.ACCEPT, State.ACCEPTED),
        (Action.PROGRESS, State.IN_PROGRESS),
        (Action.REQUEST_EXTENSION, State.EXTENSION_REQUESTED),
        (Action.APPROVE_EXTENSION, State.IN_PROGRESS),
        (Action.REPORT_DONE, State.REPORTED),
        (Action.RETURN, State.IN_PROGRESS),
        (Action.REPORT_DONE, State.REPORTED),
        (Action.APPROVE, State.CLOSED),
    ]
    state = State.REGISTERED
    for action, expected in path:
        state = transition(state, action, BOTH).target
        assert state is expected


def test_each_action_belongs_to_one_side() -> None:
    office = {
        Action.ASSIGN,
        Action.APPROVE_EXTENSION,
        Action.REFUSE_EXTENSION,
        Action.APPROVE,
        Action.RETURN,
    }
    for t in TRANSITIONS:
        assert (t.side is Side.OFFICE) == (t.action in office), t


def test_closing_an_unaccepted_task_is_refused_with_a_message() -> None:
    with pytest.raises(Refused) as refused:
        transition(State.ASSIGNED, Action.APPROVE, BOTH)
    assert refused.value.message == "事项已交办,不能审核通过并销号"
    assert refused.value.status == 409


def test_the_lead_unit_cannot_approve() -> None:
    with pytest.raises(Refused) as refused:
        transition(State.REPORTED, Action.APPROVE, frozenset({Side.LEAD}))
    assert refused.value.message == "审核通过并销号须由创新办办理"
    assert refused.value.status == 403


def test_a_closed_task_allows_nothing_and_every_other_state_something() -> None:
    for state in State:
        actions = allowed(state, BOTH)
        assert (actions == []) == (state is State.CLOSED), state


def test_allowed_lists_each_action_once_in_table_order() -> None:
    assert allowed(State.IN_PROGRESS, frozenset({Side.LEAD})) == [
        Action.PROGRESS,
        Action.REQUEST_EXTENSION,
        Action.REPORT_DONE,
    ]
    assert allowed(State.IN_PROGRESS, frozenset({Side.OFFICE})) == []


def test_open_states_are_those_before_the_done_report() -> None:
    # Overdue means "past the deadline and not reported done" (DOMAIN.md §6).
    reachable_to_reported = {t.source for t in TRANSITIONS if t.target is State.REPORTED}
    assert reachable_to_reported <= OPEN_STATES
    assert State.REPORTED not in OPEN_STATES and State.REGISTERED not in OPEN_STATES
    assert find(State.CLOSED, Action.RETURN) is None
