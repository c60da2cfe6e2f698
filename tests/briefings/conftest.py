from __future__ import annotations

import pytest

from jindu.briefings.selectors import briefing_data
from jindu.briefings.snapshot import BriefingData
from jindu.framework.models import Unit
from jindu.progress import Period
from jindu.reporting.display import parse_as_of

AS_OF = "2016-04-30"


@pytest.fixture
def kaiping() -> Unit:
    return Unit.objects.get(name="开平市")


@pytest.fixture
def march(kaiping: Unit) -> BriefingData:
    """开平市, March 2016, from the values approved by 30 April 2016."""
    return briefing_data(kaiping, Period(2016, 3), as_of=parse_as_of(AS_OF))
