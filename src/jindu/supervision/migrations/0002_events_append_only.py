"""The database refuses to change or delete task events (STYLE.md rule 5), like the history
of values. On PostgreSQL the trigger function jindu_append_only() of reporting is reused."""

from django.db import migrations

SQLITE = [
    """CREATE TRIGGER supervision_taskevent_no_update BEFORE UPDATE ON supervision_taskevent
       BEGIN SELECT RAISE(ABORT, 'history rows are append-only'); END""",
    """CREATE TRIGGER supervision_taskevent_no_delete BEFORE DELETE ON supervision_taskevent
       BEGIN SELECT RAISE(ABORT, 'history rows are append-only'); END""",
]
POSTGRES = [
    """CREATE TRIGGER supervision_taskevent_append_only
       BEFORE UPDATE OR DELETE ON supervision_taskevent
       FOR EACH ROW EXECUTE FUNCTION jindu_append_only()""",
]
DROP = {
    "sqlite": [
        "DROP TRIGGER supervision_taskevent_no_update",
        "DROP TRIGGER supervision_taskevent_no_delete",
    ],
    "postgresql": ["DROP TRIGGER supervision_taskevent_append_only ON supervision_taskevent"],
}


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    statements = {"sqlite": SQLITE, "postgresql": POSTGRES}.get(schema_editor.connection.vendor, [])
    for sql in statements:
        schema_editor.execute(sql)


def backwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    for sql in DROP.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("supervision", "0001_initial"),
        ("reporting", "0002_history_append_only"),
    ]
    operations = [migrations.RunPython(forwards, backwards)]
