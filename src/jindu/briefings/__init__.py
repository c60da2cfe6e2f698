"""Briefings — 通报: the written progress report, composed from approved data.

Pure parts (no Django): `snapshot` (the figures a briefing uses, as plain data and JSON),
`wording` (numbers and phrases as officials write them), `compose` (figures → paragraphs and
tables, Chinese or English), `charts` (chart geometry → SVG and PNG). The Django parts gather
the figures (`selectors`), keep the issued briefings (`models`, `services`) and render the
files (`files`).
"""
