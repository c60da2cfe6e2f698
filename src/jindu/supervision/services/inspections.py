"""Inspections (督查): record a visit with its requirements, and turn a requirement into a
task (立项) with one click. The caller owns the transaction."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.auth.models import User
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.translation import gettext as _

from jindu.accounts.selectors import Actor, can_manage
from jindu.framework.models import Unit
from jindu.supervision.models import Inspection, Requirement, Source, Task
from jindu.supervision.services.tasks import TaskInput, check_files, register_task, save_files
from jindu.supervision.workflow import Refused

# "1." "2、" "(3)" "（四）" "五、" at the start of a line; "2016年" stays.
_NUMBERING = re.compile(
    r"^\s*(?:[(（]\s*[0-9一二三四五六七八九十]+\s*[)）]|[0-9一二三四五六七八九十]+\s*[.、．])\s*"
)


@dataclass(frozen=True)
class InspectionInput:
    date: date
    inspecting_unit: Unit
    inspectors: str
    inspected_unit: Unit
    sites: str = ""
    participants: str = ""
    findings: str = ""
    requirements: Sequence[str] = ()


def split_requirements(text: str) -> list[str]:
    """One requirement a line; blank lines and leading numbering (1. 2、 (3)) dropped."""
    items = []
    for line in text.splitlines():
        item = _NUMBERING.sub("", line).strip()
        if item:
            items.append(item)
    return items


def record_inspection(
    *,
    actor: Actor,
    user: User | None,
    data: InspectionInput,
    files: Sequence[UploadedFile] = (),
    now: datetime | None = None,
) -> Inspection:
    now = now or timezone.now()
    if not can_manage(actor, data.inspected_unit):
        raise Refused(
            _("只有 %(unit)s 的创新办可以登记督查") % {"unit": data.inspected_unit.name},
            status=403,
        )
    if not data.inspectors.strip():
        raise Refused(_("请填写督查人员"), status=400)
    check_files(files)
    inspection = Inspection.objects.create(
        date=data.date,
        inspecting_unit=data.inspecting_unit,
        inspectors=data.inspectors.strip()[:300],
        inspected_unit=data.inspected_unit,
        sites=data.sites,
        participants=data.participants,
        findings=data.findings,
        created_at=now,
        created_by=user,
    )
    Requirement.objects.bulk_create(
        Requirement(inspection=inspection, number=n, text=text)
        for n, text in enumerate(data.requirements, start=1)
    )
    save_files(files, now=now, inspection_id=inspection.pk)
    return inspection


def add_attachments(
    *,
    actor: Actor,
    inspection: Inspection,
    files: Sequence[UploadedFile],
    now: datetime | None = None,
) -> None:
    if not can_manage(actor, inspection.inspected_unit):
        raise Refused(_("只有创新办可以上传督查附件"), status=403)
    check_files(files)
    save_files(files, now=now or timezone.now(), inspection_id=inspection.pk)


def task_from_requirement(
    *,
    actor: Actor,
    user: User | None,
    requirement: Requirement,
    lead_unit: Unit,
    deadline: date,
    cooperating_units: Sequence[Unit] = (),
    now: datetime | None = None,
) -> Task:
    """转为督办事项: the requirement's text becomes the task's title, the visit its source."""
    inspection = requirement.inspection
    note = (
        f"{inspection.date:%Y年%-m月%-d日} {inspection.inspecting_unit.name}督查"
        f"{inspection.inspected_unit.name},要求{requirement.number}"
    )
    data = TaskInput(
        title=requirement.text[:300],
        content=requirement.text,
        lead_unit=lead_unit,
        deadline=deadline,
        source=Source.INSPECTION.value,
        source_note=note,
        cooperating_units=cooperating_units,
    )
    return register_task(
        actor=actor,
        user=user,
        region=inspection.inspected_unit,
        data=data,
        requirement=requirement,
        now=now,
    )
