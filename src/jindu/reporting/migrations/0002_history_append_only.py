"""The database itself refuses to change or delete history rows (STYLE.md rule 5), so no
interface, script or admin slip can rewrite who changed what."""

from django.db import migrations

SQLITE = [
    """CREATE TRIGGER reporting_valuechange_no_update BEFORE UPDATE ON reporting_valuechange
       BEGIN SELECT RAISE(ABORT, 'history rows are append-only'); END""",
    """CREATE TRIGGER reporting_valuechange_no_delete BEFORE DELETE ON reporting_valuechange
       BEGIN SELECT RAISE(ABORT, 'history rows are append-only'); END""",
]
POSTGRES = [
    """CREATE FUNCTION jindu_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'history rows are append-only'; END $$""",
    """CREATE TRIGGER reporting_valuechange_append_only
       BEFORE UPDATE OR DELETE ON reporting_valuechange
       FOR EACH ROW EXECUTE FUNCTION jindu_append_only()""",
]
DROP = {
    "sqlite": [
        "DROP TRIGGER reporting_valuechange_no_update",
        "DROP TRIGGER reporting_valuechange_no_delete",
    ],
    "postgresql": [
        "DROP TRIGGER reporting_valuechange_append_only ON reporting_valuechange",
        "DROP FUNCTION jindu_append_only()",
    ],
}


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    statements = {"sqlite": SQLITE, "postgresql": POSTGRES}.get(schema_editor.connection.vendor, [])
    for sql in statements:
        schema_editor.execute(sql)


def backwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    for sql in DROP.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("reporting", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
