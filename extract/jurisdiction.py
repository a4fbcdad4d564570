"""The paper's own place, and organs expanded with it: 市委 in a Hangzhou paper is 杭州市委.

The place comes from, in order (one rule, on every road):

1. the record's own ``locale`` (a JSONL field, or the ``Source.locale`` given by
   a program): it is the most specific, a feed may mix papers of several places;
2. the ``--locale`` option (``ExtractConfig.locale``, 浙江省/杭州市/钱塘区), for
   records that give none (``read_inputs(locale=...)`` fills it in the same way);
3. the masthead's organizations (主办 中共杭州市钱塘区委);
4. the paper's name (钱塘新区报).

The place decided is written into the record (``ArticleRecord.place``).
Expansion keeps ``org`` as written and adds ``org_full``; an organ that names
its place itself (沙市区委) is left alone.
"""
from __future__ import annotations

from dataclasses import replace

from extract.records import Article, Organization, Place, Title
from extract.vocab import Vocabulary

__all__ = ["Place", "context", "expand", "expand_org", "expand_title", "parse_locale"]

_LEVEL_CHAR = {"province": "省", "city": "市", "county": "区"}
# The level a leading jurisdiction character stands for.
_CHAR_LEVEL = {"省": "province", "市": "city", "区": "county", "县": "county", "旗": "county", "州": "city"}


def parse_locale(locale: str, vocab: Vocabulary) -> Place:
    """'浙江省/杭州市/钱塘区' (or '浙江/杭州/钱塘', or just '钱塘区') -> Place."""
    place = Place()
    for part in (p.strip() for p in locale.replace("／", "/").split("/")):
        if part:
            place = _with(place, part, vocab)
    return _fill_parents(place, vocab)


def _with(place: Place, name: str, vocab: Vocabulary) -> Place:
    hit = vocab.regions.get(name)
    if hit is None:
        return place
    full, level, _ = hit
    if level in ("province", "city", "county"):
        return replace(place, **{level: full})
    return place


def _fill_parents(place: Place, vocab: Vocabulary) -> Place:
    if place.county and not place.city:
        parent = _parent(place.county, vocab)
        if parent and vocab.regions.get(parent, ("", "", ""))[1] == "city":
            place = replace(place, city=parent)
        elif parent:
            place = replace(place, province=parent)
    if place.city and not place.province:
        parent = _parent(place.city, vocab)
        if parent:
            place = replace(place, province=parent)
    return place


def _parent(full: str, vocab: Vocabulary) -> str | None:
    hit = vocab.regions.get(full)
    if not hit or not hit[2]:
        return None
    parents = hit[2].split(",")
    return parents[0] if len(parents) == 1 else None


def context(article: Article, locale: str | None, vocab: Vocabulary) -> Place:
    """The place an article's unqualified organs refer to (empty Place if unknown).

    The article's own locale wins over ``locale`` (the command line's), see the module's docstring."""
    for given in (article.locale, locale):
        if given:
            place = parse_locale(given, vocab)
            if place:
                return place
    texts = []
    if article.page:
        texts += [name for name, _ in article.page.organizations]
        if article.page.publication:
            texts.append(article.page.publication)
    if article.publication:
        texts.append(article.publication)
    for t in texts:
        place = _place_in(t, vocab)
        if place:
            return place
    return Place()


def _place_in(text: str, vocab: Vocabulary) -> Place:
    """Every region named in ``text`` (中共杭州市钱塘区委 -> 杭州市, 钱塘区)."""
    place = Place()
    i = 0
    while i < len(text):
        m = vocab.region_re.match(text, i)
        if m and len(m.group()) >= 2:
            place = _with(place, m.group(), vocab)
            i = m.end()
        else:
            i += 1
    return _fill_parents(place, vocab) if place else place


def expand(name: str, place: Place, vocab: Vocabulary) -> str | None:
    """市委 -> 杭州市委, 区经信局 -> 钱塘区经信局, 新区党工委 -> 钱塘新区党工委; None if nothing to add."""
    if not place or not name:
        return None
    m = vocab.region_re.match(name)
    if m and len(m.group()) >= 2:
        return None              # the organ names its place itself
    if name.startswith("新区") and place.county:
        short = _short(place.county, vocab)
        return short + name if short else None
    level = _CHAR_LEVEL.get(name[0])
    if level is None:
        return None
    full = place.at(level)
    if not full:
        return None
    # 杭州市 + 委 -> 杭州市委, 钱塘区 + 委 -> 钱塘区委 (the leading character stands for the level)
    return full + name[1:]


def _short(full: str, vocab: Vocabulary) -> str | None:
    for short, hit in vocab.regions.items():
        if hit[0] == full and short != full:
            return short
    return None


def expand_title(title: Title, place: Place, vocab: Vocabulary) -> Title:
    title = _with_level(title, vocab)
    if title.org:
        full = expand(title.org, place, vocab)
    else:
        # 副省长, 常务副市长: the post names its level; org_full is the place at that level.
        core = title.post.lstrip("常务副代理执行")
        level = _CHAR_LEVEL.get(core[:1])
        full = place.at(level) if place and level and len(core) >= 2 and core[1] == "长" else None
    return replace(title, org_full=full) if full else title


def expand_org(org: Organization, place: Place, vocab: Vocabulary) -> Organization:
    full = expand(org.name, place, vocab)
    return replace(org, full_name=full) if full else org


def _with_level(title: Title, vocab: Vocabulary) -> Title:
    """沧州市长, 云林县长, 浙江省长: the place before a post that opens with its level shares that character, and
    the organ is the place with it (沧州市), where that is a region's name (the field gold's usual reading)."""
    level = title.post[:1]
    org = title.org
    if (org and level in "市县省区州" and title.post[1:2] == "长" and not org.endswith(level)
            and (org + level) in vocab.regions and title.surface.endswith(org + title.post)):
        return replace(title, org=org + level)
    return title
