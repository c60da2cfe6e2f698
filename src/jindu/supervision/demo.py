"""The demo's inspection, modelled on the seed article: on 5 May 2016 江门市创新办 (谢少谋)
inspected 开平市 and left five requirements (the article's third paragraph). Called by the
demo loader; loading twice changes nothing."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from jindu.accounts.models import Role
from jindu.accounts.selectors import Actor
from jindu.framework.models import Unit
from jindu.supervision.models import Inspection
from jindu.supervision.services import InspectionInput, record_inspection

VISIT = date(2016, 5, 5)
REQUIREMENTS = [
    "继续加大工作力度,确保完成今年江门市下达的“八大抓手”54项目标任务",
    "注重指标完成进度",
    "树立好创客标杆",
    "加大招商引资力度,提升发展驱动空间",
    "加强上下沟通联动,争取加快完成全年创新发展各项目标任务",
]


def load_demo_inspection() -> Inspection:
    inspecting = Unit.objects.get(code="jiangmen-kjj")
    inspected = Unit.objects.get(code="kaiping")
    existing = Inspection.objects.filter(
        date=VISIT, inspecting_unit=inspecting, inspected_unit=inspected
    ).first()
    if existing is not None:
        return existing
    office = Actor(Role.OFFICE, Unit.objects.get(code="kaiping-cxb"), "jindu init --demo")
    data = InspectionInput(
        date=VISIT,
        inspecting_unit=inspecting,
        inspectors="江门市创新办主任、科技局局长谢少谋一行",
        inspected_unit=inspected,
        sites=(
            "翠山湖科技园:牵牛生化制药公司、海鸿电气公司等高新技术企业;\n"
            "市金山创客空间:创意电商街、就业培训基地、创客办公室、青年创客咖啡;\n"
            "翠山湖管委会:座谈会,听取开平市创新发展工作汇报"
        ),
        participants=(
            "市委常委、翠山湖管委会主任凌华威;市府办、市创新办(发改局)、科工商务、教育、"
            "财政、人社、外侨、市场监管、翠山湖管委会等部门负责人"
        ),
        findings=(
            "开平市委、市政府对创新驱动发展工作高度重视,领导机构、工作机制健全,创新驱动发展"
            "思路清晰,工作措施扎实有力,成效好,亮点多,超出预期。"
        ),
        requirements=REQUIREMENTS,
    )
    at = datetime(2016, 5, 5, 18, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    return record_inspection(actor=office, user=None, data=data, now=at)
