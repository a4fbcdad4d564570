"""Bodies inside bodies: what may name a unit of the organ written right before it.

An organ's office, department or committee is written after the organ with no mark between (县委|台办,
外交部|礼宾司, 市政协|提案工作委员会, 某集团有限公司|党委); ``extract.organizations`` names the unit with its organ
when the words between may name a unit (``chain_stem``), or, for a ministry's department (司), whatever they are
(``department_of``).
"""
from __future__ import annotations

import re

from extract.org_start import PREPOSITIONS, WORDS_OF_PREPOSITIONS
from extract.records import OrgKind
from extract.textutil import is_cjk
from extract.vocab import Vocabulary

# A department's, division's or office's unit word of one character (外交部|领事司, 省外办|领事处, 省政协|农资委)
UNIT_CHARACTERS = ("司", "局", "处", "室", "科", "部", "委")
UNIT_AFTER = re.compile(r"[\u4e00-\u9fff]{2,5}?司")    # 外交部|礼宾司: a ministry's department follows
# Words of quantity that do not stand inside a body's name (省人大|各专门委员会, 常委会|各工委).
_NOT_IN_CHAIN = set("各等诸")
# Verbs of one character between an organ and an organ word (某镇人民政府作|政府工作报告): two names, or none.
_ONE_CHARACTER_VERBS = set("作做向对给把让请将")
_STATE_KINDS = (OrgKind.PARTY, OrgKind.GOVERNMENT, OrgKind.CONGRESS)
_FUNCTION_CHARACTERS = set("的和与及等在对向为是将把被从于由就也都还又已所")


def is_subunit(word: str, vocab: Vocabulary) -> bool:
    """Does the organ word end with the suffix of a unit inside a larger body (侨务|办公室, 联络处)?"""
    return word in vocab.subunit_suffixes or any(word[-k:] in vocab.subunit_suffixes and word[:-k] not in vocab.organs
                                                 for k in range(min(len(word) - 1, 7), 1, -1))


def chain_stem(stem: str) -> bool:
    """May ``stem`` name a body of the organ before it (市人大|财政经济|工作委员会, 省政协|农业和农村|委)?  No
    preposition, verb of one character or word of quantity (省人大|各专门委员会, 某镇人民政府作|政府工作报告), but the
    words that open with one (经济, 对外) and a 和 or 与 between two words (农业和农村; not 市委和|政府)."""
    plain = _OPENING_WORDS.sub(lambda m: "_" * len(m.group()), stem)
    parts = re.split("[和与]", plain)
    if len(parts) > 1 and any(len(part) < 2 for part in parts):
        return False
    return not any(c in PREPOSITIONS or c in _NOT_IN_CHAIN or c in _ONE_CHARACTER_VERBS for c in "".join(parts))


_OPENING_WORDS = re.compile("|".join(sorted(WORDS_OF_PREPOSITIONS)))


def department_of(text: str, ministry: tuple[int, int, OrgKind], s_start: int) -> bool:
    """Is the 司 at ``s_start`` a department of the state organ ``ministry`` that ends right before its name?"""
    between = text[ministry[1]:s_start]
    return (ministry[2] in _STATE_KINDS and 2 <= len(between) <= 6 and all(is_cjk(c) for c in between)
            and not any(c in _FUNCTION_CHARACTERS for c in between))
