"""How the database finds records by their text: the expressions a search filters on and the
indexes built on exactly those expressions, written once so that the two cannot drift apart.

PostgreSQL (migrations of the apps that own the tables create the indexes, one set per kind):

- ``search_<kind>_trigram``: pg_trgm GIN index on the searched columns of both languages as
  one text (:class:`SearchText`); it serves ``LIKE`` (terms without letter case, such as
  Chinese) and ``~*`` (terms with case) for every term of three characters or more.
- ``search_<kind>_bigram``: GIN index on the text's pairs of adjacent Chinese characters
  (the SQL function ``search_cjk_bigrams``); trigrams cannot find a two-character term, and
  two characters make most Chinese words ("威飞", "东营"). The function is created by the
  migration ``common`` 0002.
- ``search_<kind>_english``: GIN index on the column ``search_english``, the English columns'
  ``to_tsvector('english', ...)`` kept by a trigger (:class:`EnglishDocument`), for English
  word forms.

SQLite: an FTS5 table with the trigram tokenizer per kind, ``<table>_search``, reading the
record's table (external content) and kept in step by triggers; see :func:`sync_sqlite_tables`.
"""

import logging

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchVectorField
from django.db import DatabaseError, connections, migrations
from django.db.models import Expression, F, Func, TextField

from . import register
from .languages import codes, column

logger = logging.getLogger(__name__)

# Chinese characters of the basic block and extension A; a pair of them is a bigram.
CJK = "\u3400-\u9fff"
# PostgreSQL: the column holding a record's English full-text document.
ENGLISH_COLUMN = "search_english"


def searched_columns(kind):
    """The columns searched for ``kind``: each searched field in every language, then the
    untranslated ones. The PostgreSQL indexes and the SQLite tables list them in this order."""
    translated = [column(f, code) for f in kind.search_fields for code in codes()]
    return [*translated, *kind.other_search_fields]


def english_columns(kind):
    return [column(f, "en") for f in kind.search_fields]


class SearchText(Func):
    """The columns as one text, separated by spaces; a search term never holds a space, so a
    term matches inside one column only. No parameters: index and query compile alike."""

    template = "(%(expressions)s)"
    arg_joiner = " || ' ' || "
    output_field = TextField()

    def __init__(self, *columns):
        blank = "COALESCE(%(expressions)s, '')"
        super().__init__(*[Func(F(c), template=blank, output_field=TextField()) for c in columns])


class EnglishDocument(Expression):
    """The English columns as PostgreSQL's English full-text document: the column
    ``search_english`` that a trigger computes on every write (:class:`AddEnglishSearch`).
    Stored, because computing it again for each row a query looks at costs more than the
    rest of the search together."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.base_table)
        return f"{table}.{connection.ops.quote_name(ENGLISH_COLUMN)}", []


class CjkBigrams(Func):
    """Every pair of adjacent Chinese characters in the columns (``search_cjk_bigrams``)."""

    function = "search_cjk_bigrams"
    output_field = ArrayField(TextField())

    def __init__(self, *columns):
        super().__init__(SearchText(*columns))


def search_indexes(key, columns):
    """The PostgreSQL indexes on the text of one kind, named ``search_<key>_...``."""
    from django.contrib.postgres.indexes import GinIndex, OpClass

    return [
        GinIndex(OpClass(SearchText(*columns), name="gin_trgm_ops"), name=f"search_{key}_trigram"),
        GinIndex(CjkBigrams(*columns), name=f"search_{key}_bigram"),
    ]


class PostgresOnly:
    """A migration operation that runs on PostgreSQL and does nothing elsewhere."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class PostgresSQL(PostgresOnly, migrations.RunSQL):
    pass


class AddIndexOn(migrations.AddIndex):
    """Add an index on one kind of database only (``vendor``), outside the models' state: the
    search indexes exist on PostgreSQL alone, and an index that sorts NULLs last is written
    differently for PostgreSQL and SQLite."""

    def __init__(self, vendor, model_name, index):
        self.vendor = vendor
        super().__init__(model_name, index)

    def deconstruct(self):
        name, args, kwargs = super().deconstruct()
        return name, args, {"vendor": self.vendor, **kwargs}

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        model = from_state.apps.get_model(app_label, self.model_name)
        if schema_editor.connection.vendor == self.vendor and self.allow_migrate_model(
            schema_editor.connection.alias, model
        ):
            schema_editor.remove_index(model, self.index)

    def describe(self):
        return f"Create index {self.index.name} on {self.model_name} ({self.vendor} only)"


class AddEnglishSearch(PostgresSQL):
    """On PostgreSQL, the column ``search_english`` of a table: its English columns as a
    full-text document, kept by a trigger (PostgreSQL's ``tsvector_update_trigger``) on every
    insert and on every update of those columns, bulk ones included, with a GIN index. A
    trigger rather than a generated column, which would stop the type of a column it reads
    from being altered. Dropping one of ``columns`` needs this operation undone first."""

    def __init__(self, table, columns, index_name):
        self.table, self.columns, self.index_name = table, list(columns), index_name
        trigger = f"{table}_{ENGLISH_COLUMN}"
        names = ", ".join(f'"{c}"' for c in columns)
        super().__init__(
            [
                f'ALTER TABLE "{table}" ADD COLUMN "{ENGLISH_COLUMN}" tsvector',
                f'CREATE TRIGGER "{trigger}" BEFORE INSERT OR UPDATE OF {names} ON "{table}" '
                f"FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger("
                f"\"{ENGLISH_COLUMN}\", 'pg_catalog.english', {names})",
                # An update of a column it reads makes the trigger fill the new column.
                f'UPDATE "{table}" SET "{columns[0]}" = "{columns[0]}"',  # noqa: S608 - names
                f'CREATE INDEX "{index_name}" ON "{table}" USING gin ("{ENGLISH_COLUMN}")',
            ],
            [
                f'DROP TRIGGER IF EXISTS "{trigger}" ON "{table}"',
                f'ALTER TABLE "{table}" DROP COLUMN IF EXISTS "{ENGLISH_COLUMN}"',
            ],
        )

    def deconstruct(self):
        kwargs = {"table": self.table, "columns": self.columns, "index_name": self.index_name}
        return self.__class__.__qualname__, [], kwargs

    def describe(self):
        return f"Add the English full-text column of {self.table} (PostgreSQL)"


# SQLite -------------------------------------------------------------------------------------
#
# The FTS5 tables are derived data, rebuilt from the records' tables at will; the register
# decides their columns. Triggers keep them in step with every write, bulk ones included. On
# SQLite, Django rebuilds a table to alter it, which drops its triggers, and a column that a
# trigger names cannot be dropped: so the triggers are dropped before migrations run and made
# again, with a rebuild of the search tables, after; the search checks that they are there
# and, if not, matches without them.


def fts_table(kind):
    return f"{kind.model._meta.db_table}_search"


def _sqlite_schema(kind):
    """The CREATE statements of ``kind``'s FTS5 table and triggers, by name, the table first."""
    table, fts, pk = kind.model._meta.db_table, fts_table(kind), kind.model._meta.pk.column
    columns = searched_columns(kind)
    names = ", ".join(f'"{c}"' for c in columns)
    new = ", ".join(f'new."{c}"' for c in columns)
    old = ", ".join(f'old."{c}"' for c in columns)
    # Names from the models' metadata, never from input.
    insert = f'INSERT INTO "{fts}"(rowid, {names}) VALUES (new."{pk}", {new});'  # noqa: S608
    delete = f'INSERT INTO "{fts}"("{fts}", rowid, {names}) '  # noqa: S608
    delete += f"VALUES ('delete', old.\"{pk}\", {old});"
    on = f'ON "{table}" BEGIN'
    return {
        fts: (
            f'CREATE VIRTUAL TABLE "{fts}" USING fts5({names}, '
            f"content='{table}', content_rowid='{pk}', tokenize='trigram')"
        ),
        f"{fts}_insert": f'CREATE TRIGGER "{fts}_insert" AFTER INSERT {on} {insert} END',
        f"{fts}_delete": f'CREATE TRIGGER "{fts}_delete" AFTER DELETE {on} {delete} END',
        f"{fts}_update": f'CREATE TRIGGER "{fts}_update" AFTER UPDATE OF {names} {on} '
        f"{delete} {insert} END",
    }


def _existing(cursor, names):
    placeholders = ", ".join("%s" for _ in names)
    sql = f"SELECT name, sql FROM sqlite_master WHERE name IN ({placeholders})"  # noqa: S608
    cursor.execute(sql, names)
    return dict(cursor.fetchall())


def _is_current(schema, existing):
    return all(existing.get(name) == sql for name, sql in schema.items())


def sqlite_ready_kinds(connection):
    """The keys of the kinds whose FTS5 table and triggers are as they should be (one query)."""
    wanted = {kind.key: _sqlite_schema(kind) for kind in register.kinds()}
    with connection.cursor() as cursor:
        existing = _existing(cursor, [name for schema in wanted.values() for name in schema])
    return {key for key, schema in wanted.items() if _is_current(schema, existing)}


def drop_sqlite_triggers(using="default", plan=None, **kwargs):
    """Before migrations run (pre_migrate): drop the triggers, which would stop a column drop."""
    connection = connections[using]
    if connection.vendor != "sqlite" or not plan:
        return
    with connection.cursor() as cursor:
        for kind in register.kinds():
            for name in list(_sqlite_schema(kind))[1:]:
                cursor.execute(f'DROP TRIGGER IF EXISTS "{name}"')


def sync_sqlite_tables(using="default", **kwargs):
    """After migrations (post_migrate): make each FTS5 table and its triggers as the register
    says, and rebuild a table from its records whenever anything had to be made."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for kind in register.kinds():
            schema = _sqlite_schema(kind)
            existing = _existing(cursor, list(schema))
            if _is_current(schema, existing):
                continue
            fts, *triggers = schema
            try:
                for name in triggers:
                    cursor.execute(f'DROP TRIGGER IF EXISTS "{name}"')
                if existing.get(fts) != schema[fts]:
                    cursor.execute(f'DROP TABLE IF EXISTS "{fts}"')
                    cursor.execute(schema[fts])
                for name in triggers:
                    cursor.execute(schema[name])
                cursor.execute(f"""INSERT INTO "{fts}"("{fts}") VALUES ('rebuild')""")  # noqa: S608
            except DatabaseError:  # e.g. an SQLite built without FTS5: search scans instead
                logger.warning("No full-text table for %s; its search scans the records", kind.key)
