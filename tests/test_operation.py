"""Unattended operation: watch mode, one run at a time, waiting on a held database."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest
from conftest import ROOT, SEEDS, query, run_readme_crontab_line
from filelock import FileLock

from pipeline.cli import EXIT_BUSY, EXIT_FATAL

CLI = [sys.executable, "-m", "pipeline"]


def _newsflow(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def _wait_for(predicate, timeout: float, step: float = 0.2) -> float:
    """Seconds until predicate() held; fails the test after timeout."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():
            return time.monotonic() - start
        time.sleep(step)
    pytest.fail(f"condition not met within {timeout}s")


def _count_articles(db: Path) -> int:
    try:
        return query(db, "SELECT count(*) FROM articles")[0][0]
    except (duckdb.Error, FileNotFoundError):
        return -1  # not created yet, or a commit holds the file right now


def test_watch_picks_up_a_dropped_file_and_stops_on_sigterm(tmp_path, db_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SEEDS / "000_e506d2ed8f02c040.txt", inbox)
    proc = subprocess.Popen([*CLI, "watch", "--interval", "1", "--input", str(inbox),
                             "--db", str(db_path)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(lambda: _count_articles(db_path) == 1, timeout=120)
        shutil.copy(SEEDS / "003_bf39bc6a18a36fb4.txt", inbox / "dropped.txt")
        latency = _wait_for(lambda: _count_articles(db_path) == 2, timeout=60)
        assert latency < 30
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopped" in err
    assert out.count("committed") >= 2
    assert not os.listdir(str(db_path) + ".staging")
    assert query(db_path, "SELECT count(*) FROM ledger")[0][0] == 2


def test_second_run_is_refused_while_one_is_active(seed_copy, db_path):
    db_path.parent.mkdir(parents=True)
    with FileLock(str(db_path) + ".run.lock"):
        started = time.monotonic()
        result = _newsflow("run", "--input", str(seed_copy), "--db", str(db_path))
        elapsed = time.monotonic() - started
    assert result.returncode == EXIT_BUSY
    assert "skipped: another run is active" in result.stderr
    assert "Traceback" not in result.stderr and "ERROR" not in result.stderr
    assert elapsed < 30
    assert not db_path.exists()


def test_second_run_is_refused_while_a_real_run_is_working(tmp_path, db_path):
    inbox = tmp_path / "many"
    inbox.mkdir()
    for copy in range(6):
        for seed in SEEDS.glob("*.txt"):
            shutil.copy(seed, inbox / f"{copy}-{seed.name}")
    first = subprocess.Popen([*CLI, "run", "--input", str(inbox), "--db", str(db_path)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    pid_file = Path(str(db_path) + ".run.lock.pid")
    _wait_for(lambda: pid_file.exists() and pid_file.read_text() == str(first.pid), timeout=60,
              step=0.05)
    second = _newsflow("run", "--input", str(inbox), "--db", str(db_path))
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == EXIT_BUSY, second.stderr
    assert f"(pid {first.pid})" in second.stderr
    assert "new articles 5, duplicates 25" in out


_HOLDER = textwrap.dedent("""\
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("holding", flush=True)
    time.sleep(600)
    """)


def test_run_waits_for_a_held_database_then_fails_and_next_run_catches_up(seed_copy, db_path,
                                                                          tmp_path):
    first = _newsflow("run", "--input", str(seed_copy / "000_e506d2ed8f02c040.txt"),
                      "--db", str(db_path))
    assert first.returncode == 0, first.stderr
    holder_script = tmp_path / "hold.py"
    holder_script.write_text(_HOLDER)
    holder = subprocess.Popen([sys.executable, str(holder_script), str(db_path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        blocked = _newsflow("run", "--input", str(seed_copy), "--db", str(db_path),
                            "--lock-timeout", "3")
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert blocked.returncode == EXIT_FATAL
    assert f"PID {holder.pid}" in blocked.stderr and "held by" in blocked.stderr
    assert waited >= 3
    assert len(blocked.stderr.strip().splitlines()) == 1

    after = _newsflow("run", "--input", str(seed_copy), "--db", str(db_path))
    assert after.returncode == 0, after.stderr
    assert "new articles 4" in after.stdout
    assert query(db_path, "SELECT count(*) FROM articles")[0][0] == 5


def test_under_cron_a_run_prints_one_line(seed_copy, db_path):
    result = _newsflow("run", "--input", str(seed_copy), "--db", str(db_path))
    assert result.returncode == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert "files seen 5, new articles 5, duplicates 0, rejected 0" in lines[0]
    assert result.stderr.strip() == ""


def test_status_shows_runs_and_pending(seed_copy, db_path):
    _newsflow("run", "--input", str(seed_copy / "000_e506d2ed8f02c040.txt"), "--db",
              str(db_path))
    result = _newsflow("status", "--input", str(seed_copy), "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "committed" in result.stdout
    assert "pending inputs: 4 of 5 file(s)" in result.stdout


def test_status_shows_feed_health(options, db_path, tmp_path):
    from pipeline.status import render_status
    from sinks.store import connect

    con = connect(db_path)
    con.execute("INSERT INTO feed_state (feed_url, last_status, last_error, "
                "consecutive_failures, last_success_at, next_poll_at) VALUES "
                "('https://good.example/rss', 200, NULL, 0, TIMESTAMPTZ '2026-01-02 10:00+00', "
                " TIMESTAMPTZ '2026-01-02 10:15+00'), "
                "('https://bad.example/rss', 500, 'http-500: server error', 3, NULL, "
                " TIMESTAMPTZ '2026-01-02 12:00+00')")
    con.close()
    text = render_status(options, str(db_path), (str(tmp_path / "none"),))
    assert "https://good.example/rss: ok; status 200; last ok 2026-01-02 10:00" in text
    assert "https://bad.example/rss: failing x3: http-500: server error; status 500; " \
           "last ok never" in text
    assert "pending inputs: 0 of 0 file(s)" in text


def test_the_readme_crontab_line_works_as_written(tmp_path):
    home = tmp_path / "home"
    (home / "inbox").mkdir(parents=True)
    shutil.copy(SEEDS / "003_bf39bc6a18a36fb4.txt", home / "inbox")
    run_readme_crontab_line("crontab", home)
    log = (home / "news" / "newsflow.log").read_text().splitlines()
    assert len(log) == 2
    assert "new articles 1," in log[0] and "new articles 0," in log[1]
    assert query(home / "news" / "coverage.duckdb", "SELECT count(*) FROM articles")[0][0] == 1


def _busy_inbox(tmp_path: Path, copies: int = 6) -> Path:
    inbox = tmp_path / "busy"
    inbox.mkdir()
    for copy in range(copies):
        for seed in SEEDS.glob("*.txt"):
            shutil.copy(seed, inbox / f"{copy}-{seed.name}")
    return inbox


def _start_watch_and_wait_for_a_cycle(inbox: Path, db: Path) -> subprocess.Popen:
    proc = subprocess.Popen([*CLI, "watch", "--interval", "1", "--input", str(inbox),
                             "--db", str(db)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    staging = Path(str(db) + ".staging")
    _wait_for(lambda: staging.exists() and any(staging.iterdir()), timeout=120, step=0.05)
    return proc


def test_sigterm_during_a_cycle_lets_it_commit_whole(tmp_path, db_path):
    proc = _start_watch_and_wait_for_a_cycle(_busy_inbox(tmp_path), db_path)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "stopping after the current cycle" in err
    assert "new articles 5, duplicates 25" in out
    assert query(db_path, "SELECT count(*) FROM ledger")[0][0] == 30


def test_second_signal_abandons_the_cycle_without_partial_rows(tmp_path, db_path):
    proc = _start_watch_and_wait_for_a_cycle(_busy_inbox(tmp_path), db_path)
    proc.send_signal(signal.SIGTERM)
    time.sleep(0.3)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 130, err
    assert "abandoned and nothing of it was committed" in err and "Traceback" not in err
    assert "committed" not in out
    assert not db_path.exists() or _count_articles(db_path) in (0, -1)
