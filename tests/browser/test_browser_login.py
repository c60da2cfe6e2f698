"""Signing in and out in a real browser, in Chinese and in English."""

from __future__ import annotations

from typing import Any

from browser_helpers import login, screenshot


def test_login_shows_the_user_and_logout_returns_to_login(page: Any) -> None:
    login(page, "leader")
    assert "开平市领导" in page.inner_text("header")
    screenshot(page, "home-leader")
    page.click("text=退出")
    page.wait_for_url("**/accounts/login/**")


def test_wrong_password_is_refused_in_chinese(page: Any) -> None:
    login(page, "leader", "wrong")
    assert "用户名或密码不正确" in page.inner_text("main")


def test_language_switch_to_english(page: Any) -> None:
    page.goto("/accounts/login/")
    page.select_option("select[name=language]", "en")
    page.wait_for_load_state("networkidle")
    assert page.locator("html").get_attribute("lang") == "en"
