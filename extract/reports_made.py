"""Reports made: 作 with a performance noun (作主题演讲, 作政府工作报告, 就某事作了说明), and a report named at length
after the name that made it (某某所作的关于…的报告, 某某作了《…报告》), whatever the sentence's own verb does with
that name.  Asked by ``extract.roles``.

    made_items(text, s_start, s_end, vocab, perf, ends)      -> the 作X verbs of one sentence, as role items
    reports_made(text, people, roles, vocab, start)          -> adds 作X to the name before each report named
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from extract.officials import NameMention
from extract.records import Role, TextSpan
from extract.vocab import Vocabulary

__all__ = ["made_items", "reports_made"]

_ZUO = re.compile(r"作(?P<x>[^,，。;；、《]{1,14})")      # (作《关于…的说明》讲话: the verb after the title)
# What can stand before 作 in a role written as 作X (出席并作…, 詹晓宁作主题演讲): not 合作, 工作.
_ZUO_BEFORE = "并还再又也将"
# 就某事作了说明, 作有关说明: 作 with a bare performance noun, after whatever the act was about
_BARE_ZUO = re.compile(r"作了?(?:有关|相关|如下|简要|补充)?(?P<p>说明|报告|汇报)(?=[,，。;；:：\s])")
_ZUO_ABOUT = re.compile(r"作了?(?:关于|有关)[^。；;\n]{1,100}?的(?P<p>说明|报告|汇报)(?![会人])")
_ZUO_WORDS = "工合创写制操动协运振著佳杰力所当称"     # 工作说明, 所作报告: 作 is part of another word
# 某某所作的关于…工作的报告 / 某某作了《关于…的报告》 / 向大会作《政府工作报告》: a report named at length,
# whose role is 作 and the head noun after the last 的 (作报告, 作审议意见, 作审查报告); a title with no 的 is
# the role when short (作政府工作报告), else its last noun (所作的《某某乡人大主席团工作报告》: 作报告)
_MADE_NOUNS = "报告|说明|汇报|意见|发言"
_LIST_GAP = re.compile("[、,，和及与]")
_MADE_TITLE = re.compile(rf"(?P<by>所)?作了?的?《(?P<t>[^》\n]{{1,80}}?(?P<n>{_MADE_NOUNS}))》")
_MADE_PHRASE = re.compile(rf"所作的(?P<t>[^,，。;；\n《》]{{0,100}}?(?P<n>{_MADE_NOUNS}|讲座))(?![会人员书])")
_MADE_SHORT = 6
# Between the name and 作: 同志, on whose behalf (受区人民政府委托, 代表省委), to whom (向大会)
_MADE_GAP = re.compile(r"(?:同志)?(?:受[^,，。;；、]{1,20}?委托|代表[^,，。;；、]{1,12}?|向[^,，。;；、]{1,10}?)?")


def made_items(text: str, s_start: int, s_end: int, vocab: Vocabulary, perf: tuple[str, ...],
               ends: frozenset[int]) -> list[tuple[int, str, object]]:
    """The 作X verbs of the sentence ``text[s_start:s_end]`` (``perf``: the performance nouns, longest first;
    ``ends``: where the article's mentions end), as (position, "verb", (role, span)) items of ``extract.roles``."""
    items: list[tuple[int, str, object]] = []
    for m in _ZUO.finditer(text, s_start, s_end):
        before = text[m.start() - 1] if m.start() > 0 else ""
        bare = _BARE_ZUO.match(text, m.start())
        if not (before in _ZUO_BEFORE or m.start() in ends or (bare and before not in _ZUO_WORDS)):
            continue
        x = m.group("x")
        about = _ZUO_ABOUT.match(text, m.start()) if not bare else None
        if about:                   # 作关于州人大常委会组成人员候选人建议名单的说明 -> 作说明
            items.append((m.start(), "verb", ("作" + about.group("p"), (about.start("p"), about.end("p")))))
            continue
        if bare:                    # 就有关人事安排作了说明, 作如下说明 -> 作说明
            items.append((m.start(), "verb", ("作" + bare.group("p"), bare.span())))
            continue
        for p in perf:
            if p in x and not vocab.role_re.match(text, m.start()):
                cut = x.index(p) + len(p)
                # 作了政府工作报告 -> 作政府工作报告: the aspect particle is no part of the role
                role = "作" + (x[1:cut] if x.startswith("了") else x[:cut])
                if x.startswith("的"):      # 某某作的关于某草案的审查报告 -> 作审查报告: what it was about is no role
                    role = "作" + x[x.rfind("的", 0, cut) + 1:cut]
                items.append((m.start(), "verb", (role, (m.start(), m.start() + 1 + cut))))
                break
    return items


def _made_head(m: re.Match) -> str:
    """The role noun of a report named at length (see _MADE_TITLE): what follows its last 的 or closing quote."""
    t = m.group("t")
    cut = max(t.rfind("的"), t.rfind("”"), t.rfind("\""))
    if cut >= 0:
        return t[cut + 1:]
    return t if m.group(0).startswith("作") and len(t) <= _MADE_SHORT else m.group("n")


def reports_made(text: str, people: Sequence[NameMention], roles: dict[TextSpan, list[Role]], vocab: Vocabulary,
                  start: int) -> None:
    """某某(同志)(受…委托)所作的…报告: the report is the act of the name right before it in its clause,
    whatever the sentence's own verb (听取, 审议) does with that name."""
    ends = sorted((m.span[1], m.span) for m in people)
    for made in (_MADE_TITLE, _MADE_PHRASE):
        for m in made.finditer(text, start):
            zuo = m.start() + (text[m.start()] == "所")
            if (zuo == m.start() and zuo > 0 and text[zuo - 1] in _ZUO_WORDS) or vocab.role_re.match(text, m.end()):
                continue            # 工作《…》: no act; 作了《…的说明》讲话: the verb after the title is the act
            k = bisect.bisect_right(ends, (m.start(), (len(text), len(text)))) - 1
            if k < 0 or not _MADE_GAP.fullmatch(text, ends[k][0], m.start()):
                continue
            role = "作" + _made_head(m)
            while True:                 # 委员甲、乙、丙所作的专题发言: each of a list made one
                if role not in [r.role for r in roles[ends[k][1]]]:
                    roles[ends[k][1]].append(Role(role, (zuo, m.end())))
                if k == 0 or not _LIST_GAP.fullmatch(text, ends[k - 1][0], ends[k][1][0]):
                    break
                k -= 1
