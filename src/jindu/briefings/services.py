"""Write side of briefings: issuing (存档) a briefing. The caller owns the transaction."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import User
from django.utils import timezone

from jindu.briefings.compose import compose
from jindu.briefings.models import IssuedBriefing
from jindu.briefings.snapshot import BriefingData, digest, to_json
from jindu.framework.models import Unit


def issue_briefing(
    *,
    unit: Unit,
    data: BriefingData,
    lang: str,
    user: User | None,
    at: datetime | None = None,
) -> IssuedBriefing:
    """Keep the briefing with the exact figures it was composed from and their hash, so the
    same document can be produced again and compared with the data later."""
    if data.unit != unit.name:
        raise ValueError(f"the figures are of {data.unit}, not {unit.name}")
    briefing = compose(data, lang)
    return IssuedBriefing.objects.create(
        unit=unit,
        period=data.period,
        as_of=datetime.fromisoformat(data.as_of),
        lang=lang,
        title=briefing.title,
        issuer=data.issuer,
        issued_by=user,
        issued_at=at or timezone.now(),
        snapshot=to_json(data),
        digest=digest(data),
    )
