"""Local places no lexicon lists: a township's, village's, sumu's or zone's own name right before its organ word.

China has some 40,000 townships and 500,000 villages, and thousands of development zones; ``regions.tsv`` lists
the provinces, cities and counties, so the name of a town (安丰镇), a village (核桃村), a sumu or gacha of Inner
Mongolia (伊敏苏木) or a zone (渤海新区, 云山经济开发区) is read from its form: a short name of its own, its unit
word, then an organ word (党委, 人民政府, 村委会, 党支部, 党工委, 管委会).  A generic word before the unit word (贫困村,
示范村, 全镇, 省级开发区) names no place.
"""
from __future__ import annotations

from extract.textutil import is_cjk
from extract.vocab import Vocabulary

# unit word, and the shortest and longest own name before it
_UNITS = (("苏木", 2, 5), ("嘎查", 2, 5), ("镇", 2, 3), ("乡", 2, 3), ("村", 2, 5))
# Never a character of a place's own name (…等|村党支部, 有|镇党委) nor its first (全市|镇党委, 各|乡党委, 县|乡两级);
# the second and third may be a jurisdiction's (伍市镇, 新县村).
_NOT_INSIDE = set("各全本该有相乡镇村等和与及或个")
_NOT_FIRST = _NOT_INSIDE | set("县市区省")
# Words the village's unit word ends, which no village's name does (农业农村|工委, 山村|党支部)
_WORDS = frozenset({"农村", "山村", "渔村"})
# Kinds of village, not names (贫困村, 示范村, 城中村, 新农村党支部)
_GENERIC_VILLAGES = frozenset({"贫困", "脱贫", "示范", "行政", "重点", "先进", "后进", "薄弱", "涣散", "试点", "帮扶",
                               "结对", "对口", "所在", "新农", "美丽", "文明", "边境", "移民", "搬迁", "安置", "城中",
                               "空心", "中心", "集体", "自然", "周边", "偏远", "山区", "沿海", "农业", "旅游", "特色",
                               "传统", "历史", "文化", "生态", "小康", "和美", "宜居", "乡村", "社区", "挂钩", "联系",
                               "驻点", "包联", "定点", "对接", "软弱", "相邻", "邻近", "附近", "当地", "本地", "外地"})

# Acts done to a village's committee, written right before it (讨论研究|村委会选举, 民主选举|村委会)
_ACTS = frozenset({"研究", "选举", "换届", "指导", "协助", "督促", "支持", "帮助", "组织", "召开", "加强", "推进", "完善",
                   "规范", "建立", "成立", "民主", "整顿", "考核", "监督"})

# Levels and kinds of zone, not names (省级开发区, 国家级新区, 各类园区, 重点园区)
_LEVELS = ("级", "类")
_GENERIC_ZONES = frozenset({"国家", "全国", "重点", "各地", "沿海", "边境", "城市", "农业", "工业", "产业", "特色",
                            "新型", "现代", "示范", "试点", "相关", "有关", "周边", "全市", "全县", "全区", "全省",
                            "技术", "科技", "经济", "高新", "生态", "文化", "旅游", "物流", "综合"})


def unlisted_place_at(text: str, cut: int, suffix_start: int, vocab: Vocabulary, *, at_boundary: bool) -> bool:
    """Does ``text[cut:suffix_start]`` hold a local place's own name and unit word (为|安丰镇|人民政府, 、|核桃村|党支部,
    伊敏苏木|党委), or its own name alone before an organ word that opens with the unit (滔溪|镇党委)?  ``at_boundary``:
    the name starts where a word may (after punctuation, a stop word, a verb)."""
    if not at_boundary:
        return False
    stem = text[cut:suffix_start]
    zone = vocab.word_ends_at(stem, len(stem), vocab.zones, max_len=9)
    if zone:
        own = stem[:-len(zone)]
        return (2 <= len(own) <= 4 and own[0] not in _NOT_FIRST and not own.endswith(_LEVELS)
                and own not in _GENERIC_ZONES and all(is_cjk(c) and c not in _NOT_INSIDE for c in own))
    for unit, shortest, longest in _UNITS:
        if stem.endswith(unit):
            own = stem[:-len(unit)]
            break
        if text.startswith(unit, suffix_start) and unit in ("镇", "乡", "村"):
            own = stem
            break
    else:
        return False
    return (shortest <= len(own) <= longest and own[0] not in _NOT_FIRST
            and all(is_cjk(c) and c not in _NOT_INSIDE for c in own)
            and own[-1] + unit[0] not in _WORDS and own[-2:] not in _ACTS
            and not (unit == "村" and own in _GENERIC_VILLAGES))
