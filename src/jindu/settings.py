"""Django settings. Everything that differs between installations comes from the environment;
see jindu.config for the variables."""

from __future__ import annotations

import os
from pathlib import Path

import django_stubs_ext

from jindu import config

django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = config.data_dir()

SECRET_KEY = config.secret_key(DATA_DIR)
DEBUG = os.environ.get("JINDU_DEBUG", "") == "1"
MAX_UPLOAD_BYTES = int(os.environ.get("JINDU_MAX_UPLOAD_BYTES", 20 * 1024 * 1024))
ALLOWED_HOSTS = os.environ.get("JINDU_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "jindu.accounts",
    "jindu.framework",
    "jindu.reporting",
    "jindu.dashboard",
    "jindu.briefings",
    "jindu.supervision",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "jindu.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ]
        },
    }
]
WSGI_APPLICATION = "jindu.wsgi.application"

DATABASES = {"default": config.database_from_url(os.environ.get("JINDU_DATABASE_URL"), DATA_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Front-end libraries come from npm (package.json, installed by ./run setup), never a CDN.
ASSETS_DIR = Path(os.environ.get("JINDU_ASSETS_DIR", BASE_DIR.parent.parent / "node_modules"))
STATICFILES_DIRS = [BASE_DIR / "static", ("vendor/echarts", ASSETS_DIR / "echarts" / "dist")]
STATIC_ROOT = DATA_DIR / "static"
MEDIA_ROOT = DATA_DIR / "media"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "dashboard:home"
LOGOUT_REDIRECT_URL = "accounts:login"

# E-mail for reminders (jindu remind): sent only when JINDU_EMAIL_HOST is set.
EMAIL_HOST = os.environ.get("JINDU_EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("JINDU_EMAIL_PORT", "25"))
DEFAULT_FROM_EMAIL = os.environ.get("JINDU_EMAIL_FROM", "jindu@localhost")
JINDU_DUE_SOON_DAYS = int(os.environ.get("JINDU_DUE_SOON_DAYS", "3"))

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
