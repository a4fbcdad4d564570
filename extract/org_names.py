"""What a name is, by the vocabulary alone: the kind its ending gives it, a place, or a reference to no one body; and
the units of the armed forces named by a code, which no vocabulary holds.

Pure functions, asked by the finders of organizations (``extract.organizations``: also the kind of a body by the
body it belongs to, ``body_kind``) and of media outlets (``extract.outlets``), and by the extractor
(``numbered_units``).
"""
from __future__ import annotations

import re

from extract.org_start import STATE_PAIR
from extract.records import OrgKind, TextSpan
from extract.vocab import JURISDICTION_CHARS, Vocabulary, foreign_division


# Words that make a name refer to many bodies or to none (县乡两级政府, 盐城各级党委, 银川市相关局, 省直有关厅,
# 与青海有很多相似之处, 韶关交界处)
_NO_ONE_BODY = re.compile("各级|两级|三级|有关|相关|之处|交界处")


def no_one_body(name: str) -> bool:
    """Does ``name`` refer to many bodies or to none, and is it no group they send (市相关部门调研组 is one)?"""
    return _NO_ONE_BODY.search(name) is not None and not name.endswith(("团", "组"))


def tail_kind(name: str, vocab: Vocabulary) -> OrgKind | None:
    """The kind its ending gives a name (the longest organ or suffix it ends with, up to 10 characters; a
    suffix in brackets counts: 重庆钢铁(集团))."""
    if name[-1:] in ")）":
        name = name[:-1].replace("（", "(").rpartition("(")[2] or name
    for k in range(min(len(name), 10), 0, -1):
        tail = name[-k:]
        if tail in vocab.organs:
            return vocab.organs[tail]
        if tail in vocab.org_suffixes:
            return vocab.org_suffixes[tail]
    return None


_STATE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:共和国|王国)")


def is_place(name: str, vocab: Vocabulary) -> bool:
    """杭州市, 阿联酋, 马来西亚砂拉越州, 市: a jurisdiction, not an organization."""
    if (len(name) < 2 or name in vocab.regions or name in vocab.foreign or name in ("中国", "中华人民共和国")
            or foreign_division(name, vocab) or _STATE.fullmatch(name)):
        return True             # (吉尔吉斯斯坦共和国: a state by its full name)
    if name[-1] not in JURISDICTION_CHARS:
        return False
    for k in range(min(len(name), 10), 1, -1):
        tail = name[-k:]
        if tail in vocab.organs or tail in vocab.org_suffixes:
            return False
    return True


# A unit of the armed forces by its code number (76324部队, 驻锦31283部队), with its sub-unit right after it (…一中队)
_CODED_UNIT = re.compile(r"(?<![0-9A-Za-z])(?:驻[\u4e00-\u9fff]{1,3}(?=[0-9]))?[0-9]{5}部队(?:[^\W\d_和与及、某]{1,8}?(?:中队|分队|大队|连|营))?")


def numbered_units(text: str) -> list[tuple[str, TextSpan, OrgKind]]:
    """The units named by their code (76324部队, 76140部队通信站一中队): (name, span, kind) as ``extra`` takes them."""
    return [(m.group(), m.span(), OrgKind.OTHER) for m in _CODED_UNIT.finditer(text)]


PARTY_BODIES = ("党组", "党委", "党工委", "党总支", "党支部")


def body_kind(name: str, kind: OrgKind, vocab: Vocabulary) -> OrgKind:
    """The kind of a committee or office by the body it belongs to, where its ending says only "government".

    委员会, 常务委员会, 办公室 are government words on their own; inside a congress
    or CPPCC body they are that body's (某区第九届人民代表大会常务委员会: congress;
    政协某旗第十一届委员会: other).  A party ending (旗政协党组) keeps its own kind.
    """
    if name.endswith(PARTY_BODIES):
        return OrgKind.PARTY            # 市人大常委会党组, 某集团党委: the party body inside another
    if name.endswith("党校"):
        return OrgKind.INSTITUTION      # 县委党校, 中央党校: a school, though a party committee runs it
    if vocab.foreign.get(name) == "intl_org":
        return OrgKind.OTHER            # 欧洲中央银行, 亚洲开发银行: an international body, not a bank company
    if kind not in (OrgKind.GOVERNMENT, OrgKind.CONGRESS) or len(name) < 4:
        return kind
    if name.endswith(("委员会", "工作组")) and STATE_PAIR.match(name):
        return OrgKind.OTHER            # 中俄人文合作委员会: a joint body of two states
    if name.endswith("局") and _firm_bureau(name, vocab):
        return OrgKind.COMPANY          # 中建七局, 中铁十四局, 中交一公局: a state firm's bureau, a company
    body = OrgKind.PARTY if name.startswith(("中共", "中国共产党")) else None      # 中共某市第五届委员会
    for m in vocab.organ_re.finditer(name, 0, len(name) - 2) if body is None else ():
        if vocab.organs[m.group()] in (OrgKind.CONGRESS, OrgKind.OTHER, OrgKind.PARTY) and not (
                m.group() == "中央" and name.startswith(("政府", "人民政府"), m.end())):     # (中央政府: government)
            body = vocab.organs[m.group()]
            break                       # the body named first (政协第六届吴忠市委员会: not the 市委 inside 市委员会)
    if kind == OrgKind.CONGRESS:        # 市委常委会: a party committee's standing committee; 县政协常委会: CPPCC's
        return body if body == OrgKind.PARTY and name.endswith(("常委会", "常务委员会")) or body == OrgKind.OTHER else kind
    return body or kind                 # 市委外事办, 县委办公室: the party's; 人大常委会办公室: congress


def _firm_bureau(name: str, vocab: Vocabulary) -> bool:
    """中建七局, 中铁大桥局: a known company's short name and a bureau of at most four characters after it."""
    return any(vocab.known_organizations.get(name[:k], (None,))[0] == OrgKind.COMPANY
               for k in (2, 3) if 1 < len(name) - k <= 4)


_PARTY_POSTS = frozenset({"书记", "副书记", "常务副书记", "专职副书记", "成员", "委员", "常委", "组长", "副组长"})


def unit_of(org: str, post: str) -> str:
    """The organ a post inherits: 市外侨办党组书记、主任 -> 主任 of 市外侨办, not of its party group
    (a party post keeps the party body: 党组书记、副书记)."""
    if post in _PARTY_POSTS:
        return org
    for body in PARTY_BODIES:
        if org.endswith(body) and len(org) - len(body) >= 2:
            return org[: -len(body)]
    return org
