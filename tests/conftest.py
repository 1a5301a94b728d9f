from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from db.engine import Database
from db.paths import ensure_private_file
from desktop.services.bootstrap import open_database, sqlite_file
from desktop.services.common.context import ServiceContext

if TYPE_CHECKING:  # Qt and SQLAlchemy's engine types, only for annotations
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot
    from sqlalchemy import Engine
    from sqlalchemy.pool import NullPool

    from desktop.ui.main_window import MainWindow

ISTANBUL = ZoneInfo("Europe/Istanbul")
# A fixed "now" keeps date checks reproducible: 25 Nov 2026, 10:00 in Istanbul.
FIXED_NOW = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)

# A PostgreSQL server the tests may create and drop databases on, e.g.
# postgresql+psycopg://postgres@127.0.0.1:5432/postgres (.ci/run starts a throw-away one).
PG_URL_ENV = "PEELDESK_TEST_PG_URL"
ENGINES = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "both_engines: run this module's `database`/`ctx` tests on SQLite and on PostgreSQL",
    )
    config.addinivalue_line(
        "markers",
        "consent_rule: patients do not sign missing consents on their own (see "
        "_patients_sign_when_asked); the test signs what it needs",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Modules marked both_engines get every test that opens a database twice:
    # [sqlite] and [postgresql] (the latter skipped, with its reason, without a server).
    if metafunc.definition.get_closest_marker("both_engines") is None:
        return
    if "engine_name" not in metafunc.fixturenames:
        return
    metafunc.parametrize(
        "engine_name",
        [
            pytest.param("sqlite", id="sqlite"),
            pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
        ],
        indirect=True,
    )


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Never touch the real user's data or config folder from a test.
    monkeypatch.setenv("PEELDESK_DATA_DIR", str(tmp_path_factory.mktemp("peeldesk-data")))
    monkeypatch.delenv("PEELDESK_DATABASE", raising=False)
    # New databases stay plaintext unless a test seals one (tests/db/test_encryption*.py):
    # sealing costs an argon2id derivation and the suite must not get slower.
    monkeypatch.setenv("PEELDESK_PLAINTEXT_NEW_DATABASES", "1")
    monkeypatch.delenv("PEELDESK_PASSPHRASE", raising=False)


@pytest.fixture(autouse=True)
def _patients_sign_when_asked(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A booking or recording needs signed consents (desktop/services/consent/rule.py). Tests
    about something else would all have to sign first: here the patient signs a missing
    consent when the rule asks, through the real signing code (tests/consent_support.py), and
    the real check follows. Tests of the rule itself are marked ``consent_rule``."""
    if request.node.get_closest_marker("consent_rule") is not None:
        return
    from tests.consent_support import sign_when_asked

    monkeypatch.setattr("desktop.services.consent.rule.missing_in_session", sign_when_asked)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before any fixture is torn down, open forms forget what the test typed.

    A form with typed changes asks "Discard changes?" when it closes; pytest-qt closes the widgets
    at teardown (its own teardown wrapper, which this one encloses) (and Qt the rest at exit), and offscreen nobody answers: the run would hang.
    What a test checks about that question, it checks itself, before teardown.
    """
    if "qtbot" in getattr(item, "fixturenames", ()):
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.allWidgets():
            mark_unchanged = getattr(widget, "mark_unchanged", None)
            if callable(mark_unchanged):
                mark_unchanged()
    return (yield)


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The PostgreSQL server to test against; starts nothing, skips without one."""
    url = os.environ.get(PG_URL_ENV, "").strip()
    if not url:
        pytest.skip(
            f"no PostgreSQL server for tests: set {PG_URL_ENV} "
            "(.ci/run starts a throw-away cluster; see docs/architecture.md, Testing)"
        )
    return url


@pytest.fixture(scope="session")
def pg_admin(pg_url: str) -> Iterator[Engine]:
    """An autocommit engine on the server's maintenance database (CREATE/DROP DATABASE)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT", poolclass=_null_pool())
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as error:  # a configured server that is down is a failure, not a skip
        engine.dispose()
        pytest.fail(f"{PG_URL_ENV} is set but the server cannot be used: {error}")
    yield engine
    engine.dispose()


def _null_pool() -> type[NullPool]:
    from sqlalchemy.pool import NullPool

    return NullPool


@pytest.fixture(scope="session")
def pg_template(pg_url: str, pg_admin: Engine) -> Iterator[str]:
    """A database migrated to head once per test run; each test gets a copy of it.

    Its default collation is Turkish (ICU) when the server has ICU, as a Turkish
    clinic's server would: search must still work bytewise (db.types.BytewiseString).
    """
    from sqlalchemy import text

    name = f"peeldesk_tpl_{os.getpid()}"
    with pg_admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        try:
            conn.execute(
                text(
                    f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
                    "LOCALE_PROVIDER icu ICU_LOCALE 'tr-TR'"
                )
            )
        except Exception:  # PostgreSQL < 15 or built without ICU
            conn.execute(text(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"))
    database = open_database(_with_database(pg_url, name))
    database.dispose()
    yield name
    with pg_admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


_numbers = itertools.count(1)


@pytest.fixture
def pg_database_url(pg_url: str, pg_admin: Engine, pg_template: str) -> Iterator[str]:
    """A fresh PostgreSQL database at schema head (a copy of the template), dropped after."""
    from sqlalchemy import text

    name = f"peeldesk_t{os.getpid()}_{next(_numbers)}"
    with pg_admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {pg_template}"))
    yield _with_database(pg_url, name)
    with pg_admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture
def engine_name(request: pytest.FixtureRequest) -> str:
    """'sqlite' unless the module is marked both_engines (then both, as parameters)."""
    name: str = getattr(request, "param", "sqlite")
    return name


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic" / "peeldesk.sqlite3"


@pytest.fixture
def engine_url(request: pytest.FixtureRequest, engine_name: str, db_path: Path) -> str:
    """URL of a fresh, empty database on the engine under test."""
    if engine_name == "postgresql":
        url: str = request.getfixturevalue("pg_database_url")
        return url
    return f"sqlite:///{db_path}"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated and seeded once per test run; each test's database is a copy.

    Migrating and seeding cost ~0.1 s a database; a copy ~0.01 s. open_database()
    writes nothing but the database file (tests/db/test_database_template.py checks
    that), so the copy is what it would have made, down to the seeds.
    """
    folder = tmp_path_factory.mktemp("template")
    path = folder / "peeldesk.sqlite3"
    # Session fixtures run before the per-test data folder is set: use one of our own.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PEELDESK_DATA_DIR", str(folder / "data"))
        patch.delenv("PEELDESK_DATABASE", raising=False)
        open_database(f"sqlite:///{path}").dispose()
    # The last connection closed checkpoints the WAL into the file and removes it,
    # so the file alone is the whole database.
    assert not wal_files(path), "the template still has WAL files: a copy would miss rows"
    return path


def wal_files(path: Path) -> list[Path]:
    return [p for p in (path.with_name(path.name + s) for s in ("-wal", "-shm")) if p.exists()]


def copy_database(template: Path, target: Path) -> None:
    """``template`` copied to ``target``, owner-only like a file open_database() creates."""
    ensure_private_file(target)  # folders 0700 and the file 0600 before any byte is written
    shutil.copyfile(template, target)


@pytest.fixture
def database(request: pytest.FixtureRequest, engine_url: str) -> Iterator[Database]:
    """An open database at schema head with the default catalog and price list."""
    path = sqlite_file(engine_url)
    if path is not None and not path.exists():
        copy_database(request.getfixturevalue("sqlite_template"), path)
        database = Database(engine_url)
    else:
        # PostgreSQL databases are already copies of a migrated template (pg_template).
        database = open_database(engine_url)
    yield database
    database.dispose()


@pytest.fixture
def ctx(database: Database) -> ServiceContext:
    return ServiceContext(database=database, clock=lambda: FIXED_NOW, zone=ISTANBUL)


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm translations compiled from the .ts sources of this checkout."""
    from tests.translation_helpers import compile_translations

    return compile_translations(tmp_path_factory.mktemp("qm"))


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """For tests that install another language: English (and Qt's locale) again afterwards."""
    yield
    from PySide6.QtCore import QLocale

    from desktop.ui.shell import i18n

    i18n.install_language("en")
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def turkish(qm_dir: Path, english_afterwards: None) -> Iterator[None]:
    """The Turkish interface, installed for this test only."""
    from desktop.ui.shell import i18n

    assert i18n.install_language("tr", qm_dir)
    yield


@pytest.fixture
def window(qtbot: QtBot, ctx: ServiceContext) -> Iterator[MainWindow]:
    """The main window on the test database, shown; its background work finished afterwards."""
    from desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.tasks.wait()
