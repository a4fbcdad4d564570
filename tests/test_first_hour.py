"""The first hour of a new user: set-up, declared dependencies, make clean, progress, explain, the README example.

The explorer's items (fonts, traditional search, the matrix, labels) are in test_browser_first_hour.py.
"""
from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg.cli"]


# -- set-up: the system packages ------------------------------------------------------------------

def _fake_system(tmp_path: Path, *, have: list[str], fc_list: str = "") -> tuple[dict, Path]:
    """A PATH holding only the tools named in ``have`` (links to the real ones), a chromium and
    an fc-list that print what we say, and an apt-get that writes its arguments to a log."""
    bin_dir, log = tmp_path / "bin", tmp_path / "apt.log"
    bin_dir.mkdir()
    for tool in ["bash", "sh", "env", "id", "cat", "dirname", "make", *have]:
        real = shutil.which(tool)
        assert real, tool
        (bin_dir / tool).symlink_to(real)
    stubs = {"chromium": "exit 0", "fc-list": f"printf '%s' '{fc_list}'",
             "apt-get": f'echo "$@" >> {log}'}
    for name, body in stubs.items():
        (bin_dir / name).write_text(f"#!{shutil.which('bash')}\n{body}\n")
        (bin_dir / name).chmod(0o755)
    env = {"PATH": str(bin_dir), "HOME": str(tmp_path)}
    return env, log


@pytest.mark.skipif(os.geteuid() != 0, reason="the set-up script is run as root here (else through sudo)")
def test_make_chromium_installs_a_cjk_font_even_when_chromium_is_there(tmp_path):
    env, log = _fake_system(tmp_path, have=[])
    done = subprocess.run(["make", "-s", "chromium"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    installs = [line for line in log.read_text().splitlines() if line.startswith("install")]
    assert installs and "fonts-noto-cjk" in installs[-1] and "chromium" not in installs[-1].split()


@pytest.mark.skipif(os.geteuid() != 0, reason="the set-up script is run as root here (else through sudo)")
def test_set_up_installs_nothing_when_all_is_there(tmp_path):
    env, log = _fake_system(tmp_path, have=["g++", "pkg-config"], fc_list="Noto Sans CJK SC\n")
    for what in ("browser", "build"):
        done = subprocess.run(["bash", ".ci/install-system-packages", what], cwd=ROOT, env=env,
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    assert not log.exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="the set-up script is run as root here (else through sudo)")
def test_set_up_installs_the_compiler_and_icu_that_pyicu_builds_with(tmp_path):
    env, log = _fake_system(tmp_path, have=[])
    done = subprocess.run(["bash", ".ci/install-system-packages", "build"], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert {"g++", "pkg-config", "libicu-dev"} <= set(log.read_text().split())


def test_the_test_set_up_runs_the_build_tools_step_before_pip():
    plan = subprocess.run(["make", "-n", "-B", ".venv/.test"], cwd=ROOT, capture_output=True, text=True).stdout
    build = plan.index(".ci/install-system-packages build")
    assert build < plan.index("install -e '.[test]'")


# -- declared dependencies ------------------------------------------------------------------------

def _imported_modules() -> set[str]:
    found = set()
    for folder in ("extract", "kg"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found |= {a.name.split(".")[0] for a in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"extract", "kg", "__future__"}


# imported by the code, but on purpose not declared: IPython is there wherever a notebook runs (show_ego)
PROVIDED = {"IPython"}


def _declared() -> set[str]:
    """The distributions pyproject.toml names; ``dask[distributed]`` names dask and distributed."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] + [s for extra in project["optional-dependencies"].values() for s in extra]
    names = set()
    for spec in specs:
        m = re.match(r"([A-Za-z0-9_.-]+)(?:\[([^]]*)\])?", spec)
        names |= {m.group(1), *(m.group(2) or "").split(",")}
    return {n.strip().lower().replace("_", "-") for n in names if n.strip()}


def test_every_package_the_code_imports_is_declared():
    dists = metadata.packages_distributions()
    declared = _declared()
    missing = {}
    for module in sorted(_imported_modules() - PROVIDED):
        names = {d.lower().replace("_", "-") for d in dists.get(module, [])}
        if names and not names & declared:
            missing[module] = sorted(names)
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"
    core = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert {"jinja2", "markupsafe", "lxml"} <= {re.split(r"[<>=!~\[; ]", s, maxsplit=1)[0].lower() for s in core}


# -- make clean -----------------------------------------------------------------------------------

def test_make_clean_leaves_no_generated_file_in_output(tmp_path):
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    out = tmp_path / "output"
    out.mkdir()
    (out / ".gitkeep").write_text("")
    assert main(["build", str(ROOT / "samples"), "-o", str(out), "--db", str(tmp_path / ".kg" / "store.sqlite"),
                 "-q", "-j", "1"]) == 0
    assert (out / ".kg-manifest.json").exists() and (out / "person").is_dir()
    (tmp_path / ".output.build-dead").mkdir()                   # what a killed build leaves beside output/
    (tmp_path / "notebooks" / "out").mkdir(parents=True)
    (tmp_path / "notebooks" / "out" / "graph.gexf").write_text("<gexf/>")
    (tmp_path / ".venv").mkdir()
    done = subprocess.run(["make", "-s", "clean"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == [".gitkeep"]
    assert not (tmp_path / ".output.build-dead").exists() and not (tmp_path / ".kg").exists()
    assert not (tmp_path / "notebooks" / "out").exists() and not (tmp_path / ".venv").exists()


# -- kg explain of a name with no match ---------------------------------------------------------

def test_explain_of_an_unknown_name_exits_1_with_one_line(tmp_path, capsys):
    (tmp_path / "in.txt").write_text("本报讯 25日,区委书记周海明出席全区防汛工作会议并讲话。", encoding="utf-8")
    db = str(tmp_path / "store.sqlite")
    assert main(["add", str(tmp_path / "in.txt"), "--db", db, "-q", "-j", "1"]) == 0
    capsys.readouterr()
    assert main(["explain", "吴不在", "--db", db]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kg: error: no article in the store") and "'吴不在'" in err


# -- progress -------------------------------------------------------------------------------------

def _inputs(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:02d}.txt").write_text(f"本报讯 {i + 1}日,区长钱文军出席第{i + 1}次全区河道整治推进会。",
                                             encoding="utf-8")
    return folder


def test_progress_off_a_terminal_is_a_periodic_line_with_totals(tmp_path):
    folder = _inputs(tmp_path / "in", 3)
    env = {**os.environ, "KG_PROGRESS_SECONDS": "0"}
    done = subprocess.run([*KG, "extract", str(folder), "-o", str(tmp_path / "out.jsonl"), "-j", "1"],
                          cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("kg: extract ")]
    assert [line.split(" inputs")[0] for line in lines] == ["kg: extract 1/3", "kg: extract 2/3", "kg: extract 3/3"]
    assert re.fullmatch(r"kg: extract 1/3 inputs, \d+ s, about \d+ s left", lines[0])
    assert "\r" not in done.stderr                     # no bar redrawn in a log


def test_a_bad_progress_period_is_one_line(tmp_path):
    folder = _inputs(tmp_path / "in", 1)
    env = {**os.environ, "KG_PROGRESS_SECONDS": "often"}
    done = subprocess.run([*KG, "extract", str(folder), "-o", str(tmp_path / "out.jsonl"), "-j", "1"],
                          cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr == ("kg: error: KG_PROGRESS_SECONDS='often' is not a number of seconds; set it to one, "
                           "or unset it for a line every 30 s\n")


def test_the_status_line_never_counts_past_its_total():
    from kg.cli import _status

    assert _status("extract", 120, 400, 30.0) == "kg: extract 120/400 inputs, 30 s, about 70 s left"
    assert _status("add", 5, 4, 10.0) == "kg: add 5/5 inputs, 10 s, about 0 s left"
    assert _status("re-extract", 7, None, 3.0) == "kg: re-extract 7 inputs, 3 s"


def test_progress_off_a_terminal_is_quiet_within_the_period(tmp_path):
    folder = _inputs(tmp_path / "in", 2)
    done = subprocess.run([*KG, "extract", str(folder), "-o", str(tmp_path / "out.jsonl"), "-j", "1"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0 and "kg: extract" not in done.stderr


def test_progress_on_a_terminal_is_a_tqdm_bar_with_its_total(tmp_path, monkeypatch):
    from kg import cli

    class Terminal:
        def isatty(self):
            return True

        def write(self, s):
            return len(s)

        def flush(self):
            pass

    monkeypatch.setattr(sys, "stderr", Terminal())
    bar = cli._progress(iter(range(4)), cli.build_parser().parse_args(["extract", "x"]), "extract",
                        total=cli._count_inputs([str(_inputs(tmp_path / "in", 4))]))
    assert bar.total == 4 and list(bar) == [0, 1, 2, 3]


def test_the_progress_total_counts_files_and_jsonl_lines(tmp_path):
    from kg.cli import _count_inputs

    folder = _inputs(tmp_path / "in", 2)
    (folder / "more.jsonl").write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n', encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    (folder / ".hidden.txt").write_text("x")
    assert _count_inputs([str(folder)]) == 4
    assert _count_inputs([str(folder / "00.txt"), str(folder / "more.jsonl")]) == 3


# -- the README's example record ----------------------------------------------------------------

def _readme_example() -> dict:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    heading = "## The `kg extract` format"
    assert heading in text, f"README.md has no section {heading!r}"
    block = re.search(r"```json\n(.*?)\n```", text[text.index(heading):], re.S)
    assert block, f"README.md: no ```json block after {heading!r}"
    return json.loads(block.group(1))


def _shape(value):
    """The keys of every object in ``value``, merged over the items of each list."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        merged = None
        for item in value:
            merged = _merge(merged, _shape(item))
        return [merged] if merged is not None else []
    return None


def _merge(a, b):
    if isinstance(a, dict) and isinstance(b, dict):
        return {k: _merge(a.get(k), b.get(k)) for k in {**a, **b}}
    if isinstance(a, list) and isinstance(b, list):
        return [_merge(a[0] if a else None, b[0] if b else None)] if a or b else []
    return a if a is not None else b


def _missing(real, shown, where="") -> list[str]:
    """Keys of ``real`` (the output's shape) that ``shown`` (the README's) lacks, or has and the output lacks."""
    if isinstance(real, dict) and isinstance(shown, dict):
        out = [f"{where}.{k} (not in README)" for k in real if k not in shown]
        out += [f"{where}.{k} (not in the output)" for k in shown if k not in real]
        return out + [m for k in real if k in shown for m in _missing(real[k], shown[k], f"{where}.{k}")]
    if isinstance(real, list) and isinstance(shown, list) and real and shown:
        return _missing(real[0], shown[0], where + "[]")
    return []


def _values(shown, real, where="") -> list[str]:
    """Where a value the README shows differs from the output's (lists: each shown item must be in the output)."""
    if isinstance(shown, dict):
        return [m for k, v in shown.items() if isinstance(real, dict) and k in real
                for m in _values(v, real[k], f"{where}.{k}")]
    if isinstance(shown, list):
        if not isinstance(real, list):
            return [f"{where}: README has a list, the output {real!r}"]
        return [f"{where}: {item!r} is not in the output" for item in shown if item not in real
                and not any(isinstance(r, dict) and isinstance(item, dict) and not _values(item, r) for r in real)]
    if isinstance(shown, str) and shown.endswith("…") and isinstance(real, str):      # shortened in README
        return [] if real.startswith(shown[:-1]) else [f"{where}: README {shown!r}, output {real!r}"]
    return [] if shown == real else [f"{where}: README {shown!r}, output {real!r}"]


def test_the_readme_example_record_is_the_real_output_of_the_sample(tmp_path, monkeypatch):
    """README shows one record of `kg extract samples/` with every field it has (nested ones too), and the
    values it has.  It may show fewer items of a list, and shorten a string ending it with "…"."""
    shown = _readme_example()
    out = tmp_path / "sample.jsonl"
    monkeypatch.chdir(ROOT)                             # as README runs it: kg extract samples/
    assert main(["extract", "samples/", "-o", str(out), "-q", "-j", "1"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    real = next((r for r in records if r.get("id") == shown.get("id")), None)
    assert real is not None, f"README's example id {shown.get('id')!r} is not an id of the sample's records"
    assert set(shown) == {k for r in records for k in r}, set(shown) ^ {k for r in records for k in r}
    assert not _missing(_shape(real), _shape(shown)), _missing(_shape(real), _shape(shown))
    assert not _values(shown, real), _values(shown, real)


def test_the_readme_check_catches_a_field_the_readme_lacks():
    real = {"id": "a", "persons": [{"name": "刘非", "spans": [[1, 3]], "place": "杭州"}]}
    shown = {"id": "a", "persons": [{"name": "刘非", "spans": [[1, 3]]}]}
    assert _missing(_shape(real), _shape(shown)) == [".persons[].place (not in README)"]
    assert _values({"id": "a", "persons": [{"name": "刘飞"}]}, real) == [
        ".persons: {'name': '刘飞'} is not in the output"]


# -- notebooks write to their own folder --------------------------------------------------------

def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_notebook_02_leaves_output_byte_identical(monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    before = _digest(ROOT / "output")
    monkeypatch.delenv("OFFICIALS_KG_OUT", raising=False)
    monkeypatch.setenv("OFFICIALS_KG_DATA", str(ROOT / "samples"))
    monkeypatch.setenv("MPLBACKEND", "agg")
    path = ROOT / "notebooks" / "02_network_analysis.ipynb"
    written = ROOT / "notebooks" / "out" / "graph.gexf"
    written.unlink(missing_ok=True)
    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    assert _digest(ROOT / "output") == before
    assert written.is_file()
    ignored = subprocess.run(["git", "check-ignore", "-q", str(written)], cwd=ROOT)
    assert ignored.returncode == 0, "notebooks/out/ is not git-ignored"
    warnings = [o.get("text", "") for c in nb.cells for o in c.get("outputs", []) if o.get("name") == "stderr"]
    assert not any("missing from font" in w for w in warnings), warnings


FONT_CHECK = r"""
import json, sys, warnings
import matplotlib
matplotlib.use("agg")
from matplotlib import font_manager
import matplotlib.pyplot as plt
# a font cache older than the font: matplotlib knows no CJK font
font_manager.fontManager.ttflist = [f for f in font_manager.fontManager.ttflist if "CJK" not in f.name]
nb = json.load(open(sys.argv[1], encoding="utf-8"))
cell = next("".join(c["source"]) for c in nb["cells"] if "cjk_fonts" in "".join(c["source"]))
exec(cell)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fig = plt.figure()
    fig.text(0.5, 0.5, "刘非")
    fig.canvas.draw()
print(plt.rcParams["font.sans-serif"][0])
print(sum("missing from font" in str(w.message) for w in caught))
"""


def test_notebook_plots_find_the_cjk_font_when_the_font_cache_predates_it():
    pytest.importorskip("matplotlib")
    done = subprocess.run([sys.executable, "-c", FONT_CHECK, str(ROOT / "notebooks" / "02_network_analysis.ipynb")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    font, missing = done.stdout.splitlines()
    assert "CJK" in font and missing == "0", done.stdout


def readme_example(record_id: str = "qiantang-daily-2025-09-26-p1.txt#7") -> str:
    """The README's example, from the real output: ``python tests/test_first_hour.py`` prints it to paste."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "sample.jsonl"
        cwd = os.getcwd()
        os.chdir(ROOT)
        try:
            assert main(["extract", "samples/", "-o", str(out), "-q", "-j", "1"]) == 0
        finally:
            os.chdir(cwd)
        record = next(r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())
                      if r["id"] == record_id)
    record["text"] = record["text"][:48] + "…"                  # shown shortened, and one item of these lists
    for key in ("persons", "organizations"):
        record[key] = record[key][:1]
    record["offsets"] = record["offsets"][:2]
    dump = lambda v: json.dumps(v, ensure_ascii=False)      # noqa: E731
    lines = []
    for key, value in record.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"  {dump(key)}: [\n" + ",\n".join("    " + dump(x) for x in value) + "\n  ]")
        else:
            lines.append(f"  {dump(key)}: {dump(value)}")
    return "```json\n{\n" + ",\n".join(lines) + "\n}\n```"


if __name__ == "__main__":
    print(readme_example())
