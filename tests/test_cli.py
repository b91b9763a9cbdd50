"""The command line: documented, exit statuses, configuration errors."""

from __future__ import annotations

import pytest
from conftest import ROOT

from pipeline.cli import EXIT_FATAL, build_parser, main
from pipeline.config import ConfigError, load_options


def _commands() -> list[str]:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    return sorted(subparsers.choices)


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_documented_in_the_readme(command):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"newsflow {command}" in readme


def test_user_config_overrides_only_named_keys(tmp_path):
    config = tmp_path / "user.toml"
    config.write_text('[nlp]\nmodel = "en_core_web_sm"\n[dedup]\nnear_threshold = 0.9\n')
    options = load_options(config)
    assert options.nlp.model == "en_core_web_sm"
    assert options.dedup.near_threshold == 0.9
    assert options.nlp.batch_size == load_options().nlp.batch_size


@pytest.mark.parametrize(("text", "message"), [
    ("[nlp]\nmodle = 'x'\n", "unknown configuration key 'nlp.modle'"),
    ("[inputs]\npaths = []\n", "unknown configuration key 'inputs'"),
    ("[input]\nmax_bytes = 'big'\n", "'input.max_bytes' must be a number"),
    ("[dedup]\nnear_threshold = 1.5\n", "'dedup.near_threshold' must be in (0, 1]"),
    ("[input\n", "is not valid TOML"),
])
def test_bad_config_is_an_error_naming_the_key(tmp_path, text, message):
    config = tmp_path / "bad.toml"
    config.write_text(text)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")
                       .replace("[", r"\[").replace("]", r"\]")):
        load_options(config)


def test_fatal_errors_exit_non_zero_with_one_line(tmp_path, capsys):
    config = tmp_path / "bad.toml"
    config.write_text("[nlp]\nmodle = 'x'\n")
    assert main(["run", "--config", str(config), "--db", str(tmp_path / "x.duckdb")]) \
        == EXIT_FATAL
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsflow: unknown configuration key") and "\n" not in err


def test_unusable_database_is_fatal(tmp_path, capsys):
    not_a_db = tmp_path / "notes.duckdb"
    not_a_db.write_text("this is not a database file\n" * 100)
    seeds = ROOT / "seeds" / "000_e506d2ed8f02c040.txt"
    assert main(["run", "--input", str(seeds), "--db", str(not_a_db)]) == EXIT_FATAL
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsflow: ") and "\n" not in err
