"""Who may do what: every permission check of jindu is one of these functions, called on the
server by views and API endpoints alike (never trusted from the client)."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from jindu.accounts.models import ApiToken, Profile, Role
from jindu.framework.models import Unit


def region_of(unit: Unit) -> Unit:
    """The region a unit reports for: a department or park answers for its parent region."""
    current = unit
    while current.kind != Unit.UnitKind.REGION and current.parent is not None:
        current = current.parent
    return current


@dataclass(frozen=True)
class Actor:
    """A signed-in user or an API client, with the unit it belongs to and its role."""

    role: str
    unit: Unit
    name: str
    user_id: int | None = None
    token_id: int | None = None

    @property
    def scope(self) -> Unit:
        """The region whose subtree this actor works in (江门市 staff: the whole prefecture)."""
        return region_of(self.unit)

    def covers(self, unit: Unit) -> bool:
        return self.role == Role.ADMIN or unit.path.startswith(self.scope.path)


def actor_for_user(user: AbstractBaseUser | AnonymousUser) -> Actor | None:
    if not user.is_authenticated:
        return None
    profile = Profile.objects.select_related("unit", "unit__parent").filter(user_id=user.pk).first()
    if profile is not None:
        name = profile.display_name or user.get_username()
        return Actor(profile.role, profile.unit, name, user_id=user.pk)
    if getattr(user, "is_superuser", False):
        root = Unit.objects.filter(parent=None).order_by("path").first()
        if root is not None:
            return Actor(Role.ADMIN, root, user.get_username(), user_id=user.pk)
    return None


def actor_for_token(token: ApiToken) -> Actor:
    return Actor(token.role, token.unit, token.name, token_id=token.pk)


def can_read(actor: Actor, unit: Unit) -> bool:
    """Leaders, office staff and reviewers read their subtree; reporters their own region."""
    if actor.role == Role.REPORTER:
        return unit.pk == actor.scope.pk or unit.pk == actor.unit.pk
    return actor.covers(unit)


def can_enter(actor: Actor, unit: Unit, lead_unit: Unit | None) -> bool:
    """Enter and submit a value of `unit` for an indicator led by `lead_unit`."""
    if actor.role == Role.REPORTER:
        return unit.pk == actor.scope.pk and lead_unit is not None and lead_unit.pk == actor.unit.pk
    return actor.role in (Role.ADMIN, Role.OFFICE) and actor.covers(unit)


def can_review(actor: Actor, unit: Unit) -> bool:
    return actor.role in (Role.ADMIN, Role.OFFICE, Role.REVIEWER) and actor.covers(unit)


def can_manage(actor: Actor, unit: Unit) -> bool:
    """Open rounds, grant exceptions, reopen approved values, edit the framework."""
    return actor.role in (Role.ADMIN, Role.OFFICE) and actor.covers(unit)
