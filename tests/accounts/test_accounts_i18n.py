"""The English interface: the catalogue is complete, its compiled form is current, and choosing
English in the header's language switch turns the pages English (Chinese stays the default).

Expected texts are looked up in the catalogue, so the tests follow the translations."""

from __future__ import annotations

import ast
import gettext as gettext_module
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.utils import translation
from django.utils.html import escape

LOCALE = Path(settings.LOCALE_PATHS[0])
PO = LOCALE / "en" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")


@dataclass
class Entry:
    msgid: str = ""
    msgstrs: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)


def read_po(path: Path) -> list[Entry]:
    """The entries of a .po file (header included), enough to check completeness."""
    entries: list[Entry] = []
    entry, target = Entry(), ""
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.strip()
        if not line:
            if target:
                entries.append(entry)
            entry, target = Entry(), ""
        elif line.startswith("#,"):
            entry.flags |= {f.strip() for f in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            text = ast.literal_eval(line)
            if target == "msgid":
                entry.msgid += text
            elif target == "msgstr":
                entry.msgstrs[-1] += text
        else:
            keyword, _, quoted = line.partition(" ")
            target = "msgstr" if keyword.startswith("msgstr") else keyword
            if target == "msgid":
                entry.msgid = ast.literal_eval(quoted)
            elif target == "msgstr":
                entry.msgstrs.append(ast.literal_eval(quoted))
    return entries


def english(text: str) -> str:
    with translation.override("en"):
        found = translation.gettext(text)
    assert found != text, f"{text!r} has no English translation"
    return found


def shown(text: str, page: str) -> bool:
    """Template literals are output as they are; texts from Python are escaped."""
    return text in page or escape(text) in page


def test_every_message_is_translated_and_none_is_fuzzy() -> None:
    entries = read_po(PO)
    messages = [e for e in entries if e.msgid]
    assert len(messages) > 200  # the whole interface, not a stub
    assert [e.msgid for e in entries if "fuzzy" in e.flags] == []
    assert [e.msgid for e in messages if not all(s.strip() for s in e.msgstrs)] == []


def test_the_committed_mo_is_compiled_from_the_po(tmp_path: Path) -> None:
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.fail("msgfmt is missing: install gettext (./run setup does)")
    fresh = tmp_path / "django.mo"
    # As `jindu compilemessages` runs it; --check-format also compares the placeholders.
    subprocess.run([msgfmt, "--check-format", "-o", str(fresh), str(PO)], check=True)
    with fresh.open("rb") as f1, MO.open("rb") as f2:
        expected = gettext_module.GNUTranslations(f1)._catalog  # type: ignore[attr-defined]
        committed = gettext_module.GNUTranslations(f2)._catalog  # type: ignore[attr-defined]
    assert committed == expected, "run `jindu compilemessages` and commit django.mo"


@pytest.mark.django_db
def test_login_page_is_chinese_by_default_and_english_after_the_switch(client: Client) -> None:
    page = client.get("/accounts/login/").content.decode()
    assert "登录" in page and "用户名" in page

    response = client.post("/i18n/setlang/", {"language": "en", "next": "/accounts/login/"})
    assert response.status_code == 302
    page = client.get("/accounts/login/").content.decode()
    assert '<html lang="en">' in page
    for source in ("登录", "用户名", "密码"):
        assert shown(english(source), page)
        assert source not in page


NAVIGATION = ["首页", "进度矩阵", "得分排名", "数据填报", "督查督办", "通报"]


@pytest.mark.django_db
def test_leader_pages_follow_the_chosen_language(client: Client) -> None:
    client.force_login(User.objects.get(username="leader"))
    home = client.get("/").content.decode()
    reporting = client.get("/reporting/").content.decode()
    for source in [*NAVIGATION, "指标进度总览", "牵头单位"]:
        assert source in home
    assert "填报轮次" in reporting

    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    home = client.get("/").content.decode()
    reporting = client.get("/reporting/").content.decode()
    for source in [*NAVIGATION, "指标进度总览", "牵头单位", "修改密码", "退出"]:
        assert shown(english(source), home)
        assert source not in home, source
    for source in ["数据填报", "填报轮次", "轮次", "截止日期"]:
        assert shown(english(source), reporting)
        assert f">{source}<" not in reporting, source


@pytest.mark.django_db
def test_accept_language_alone_chooses_english(client: Client) -> None:
    client.force_login(User.objects.get(username="leader"))
    page = client.get("/reporting/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert shown(english("数据填报"), page) and ">数据填报<" not in page


@pytest.mark.django_db
def test_form_labels_and_view_messages_are_translated(client: Client) -> None:
    client.force_login(User.objects.get(username="office"))
    chinese = client.get("/reporting/rounds/new/").content.decode()
    assert "收集数据的地区" in chinese

    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get("/reporting/rounds/new/").content.decode()
    assert shown(english("收集数据的地区"), page) and "收集数据的地区" not in page

    # A refusal written in the view: the 403 page gives its reason in English.
    client.force_login(User.objects.get(username="leader"))
    refused = client.get("/reporting/text/")
    assert refused.status_code == 403
    assert shown(english("只有创新办可以从文本导入数据"), refused.content.decode())


def test_every_interface_text_is_in_the_catalogue(tmp_path: Path) -> None:
    """Re-extract the messages from a scratch copy of the code (imported first through
    PYTHONPATH, so nothing is written into the real catalogue): no text may be missing from
    the committed catalogue — a new page without its English fails here."""
    import os
    import sys

    src = Path(__file__).resolve().parents[2] / "src" / "jindu"
    committed_po = src / "locale/en/LC_MESSAGES/django.po"
    before = committed_po.read_bytes()
    scratch = tmp_path / "jindu"
    shutil.copytree(src, scratch, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "jindu.settings",
        "JINDU_DATA_DIR": str(tmp_path / "var"),
    }
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "en", "--no-obsolete"],
        cwd=scratch,
        check=True,
        capture_output=True,
        env=env,
    )
    assert committed_po.read_bytes() == before
    missing = _msgids(scratch / "locale/en/LC_MESSAGES/django.po") - _msgids(committed_po)
    assert missing == set(), f"run makemessages and translate: {sorted(missing)}"


def _msgids(path: Path) -> set[str]:
    """Every msgid of a .po file, continuation lines joined."""
    ids, current, in_id = set(), "", False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("msgid "):
            current, in_id = line[7:-1], True
        elif in_id and line.startswith('"'):
            current += line[1:-1]
        else:
            if in_id and current:
                ids.add(current)
            in_id = False
    return ids
