"""The layering rule, executed: each layer is imported alone in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# For each layer: the modules it must never pull in, directly or through its imports.
FORBIDDEN = {
    "reader.domain": ("PySide6", "reader.models", "reader.widgets", "reader.app"),
    "reader.models": ("PySide6.QtWidgets", "reader.widgets", "reader.app"),
    "reader.widgets": ("reader.app",),
}

PROBE = """
import importlib, json, pkgutil, sys
package = importlib.import_module(sys.argv[1])
for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(info.name)
print(json.dumps(sorted(sys.modules)))
"""


def modules_loaded_by(layer: str) -> set[str]:
    """Import every module of layer in a new interpreter; return every module then loaded."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, layer],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(result.stdout))


@pytest.mark.parametrize(("layer", "forbidden"), FORBIDDEN.items())
def test_layer_imports_point_one_way(layer: str, forbidden: tuple[str, ...]) -> None:
    loaded = modules_loaded_by(layer)
    assert any(name.startswith(layer + ".") for name in loaded)
    leaks = sorted(
        name for name in loaded for bad in forbidden if name == bad or name.startswith(bad + ".")
    )
    assert leaks == [], f"{layer} imports {leaks}"


# What a spawned worker process does first: it runs the script that started the reader.
WORKER_START = """
import json, runpy, sys
runpy.run_path(sys.argv[1], run_name="__mp_main__")
print(json.dumps(sorted(sys.modules)))
"""


def test_worker_processes_start_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", WORKER_START, str(REPO / "main.py")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = set(json.loads(result.stdout))
    assert "reader.start" in loaded
    assert not {name for name in loaded if name.startswith(("PySide6", "reader.app"))}
