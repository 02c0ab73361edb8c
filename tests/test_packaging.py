"""The package list in pyproject.toml is kept by hand (for the bundled articles): keep it whole."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_listed_for_installation():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "tui_reader").rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject.toml: {sorted(found - listed)}"
    assert config["package-dir"]["tui_reader.bundled"] == "data"
    assert sorted(p.name for p in (ROOT / "data").glob("*.txt")), "data/ holds the bundled articles"


def test_readme_keys_table_is_the_one_the_actions_make():
    from tui_reader.ui.actions import markdown_keys

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert markdown_keys() in readme
