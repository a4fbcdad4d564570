"""The organ a post with none of its own takes from the posts and names written before it.

    inherit_orgs(titles, items, vocab)   县委常委、秘书长 -> 秘书长 of 县委 (one chain of posts)
    serving_organ(sentence_org, post)    市政协主席甲,党组书记乙,副主席丙 -> 副主席 of 市政协 (across names)
    inheritable(item, vocab)             副主任 takes its neighbour's organ; 副市长 and 总裁 do not

``extract.officials`` reads the chains; these rules say which organ serves which post.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from extract.org_names import tail_kind
from extract.org_names import unit_of
from extract.records import OrgKind, Title
from extract.vocab import JURISDICTION_CHARS, Vocabulary

if TYPE_CHECKING:
    from extract.officials import TitleItem

__all__ = ["BARE_GROUPS", "bare_group", "inherit_orgs", "inheritable", "organ_of_group", "self_jurisdiction",
           "serving_organ"]


def inherit_orgs(titles: list[Title], items: list[TitleItem], vocab: Vocabulary) -> list[Title]:
    """An organ written once serves the posts after it: 县委常委、秘书长 -> 秘书长 of 县委."""
    out: list[Title] = []
    serving: str | None = None          # the organ the next post without one belongs to
    for title, item in zip(titles, items):
        if (serving and title.org is None and item.kind == "post" and not bare_group(serving, title.post)
                and ((title.post[:1] not in JURISDICTION_CHARS and not self_jurisdiction(title.post))
                     or _heads_its_level(title.post, serving, vocab))):
            title = replace(title, org=unit_of(organ_of_group(serving, title.post), title.post))
        if title.org and not (title.org in _INNER_COMMITTEES and serving):
            serving = title.org         # (某法院副院长、审判委员会委员、审判员: 审判员 of the court, not of
        out.append(title)               # the committee, which is the court's own)
    return out


_INNER_COMMITTEES = frozenset({"审判委员会", "检察委员会"})
_GROUP_IN_ORGAN = "党组"


def organ_of_group(org: str, post: str) -> str:
    """The organ a post after a 党组 post belongs to: 市政协党组副书记、副主席 -> 副主席 of 市政协 (its 党组 has a
    书记 and 成员, not a 副主席)."""
    if org.endswith(_GROUP_IN_ORGAN) and len(org) > 4 and post not in _PARTY_POSTS:
        body = org[:-len(_GROUP_IN_ORGAN) - org.endswith("分" + _GROUP_IN_ORGAN)]   # (某委员会分党组: its branch group)
        return body[:-1] if body.endswith(_FORMER) and len(body) > 3 else body  # (某局原党组成员、副局长: of 某局)
    return org


def bare_group(org: str, post: str) -> bool:
    """党组书记、院长: a group written without its body (党组, 院党组) serves no post but its own (书记, 成员): the
    院长 is of the court, which the text does not name there."""
    return org.endswith(_BARE_GROUPS) and len(org) <= 3 and post not in _PARTY_POSTS


_BARE_GROUPS = ("党组", "党委")


_FORMER = "原"


_PARTY_POSTS = frozenset({"书记", "副书记", "成员", "组长", "副组长", "委员"})
# Groups named bare inside a body named before them in the sentence (市政协主席甲,党组书记乙,副主席丙: 丙 is the
# 政协's vice-chair; 大会主席团常务主席丁,副主席戊: 戊 is too), with the posts they hold themselves.
_PRESIDIUM_POSTS = frozenset({"常务主席", "执行主席", "成员"})
BARE_GROUPS = {"党组": _PARTY_POSTS, "党委": _PARTY_POSTS, "主席团": _PRESIDIUM_POSTS, "大会主席团": _PRESIDIUM_POSTS}


def serving_organ(sentence_org: tuple[int, str, int, str | None], post: str) -> str:
    """The organ a post with none takes from the sentence: the last one written, or the body before it where
    that one is a bare group that holds no such post."""
    org, before = sentence_org[1], sentence_org[3]
    return before if before and post not in BARE_GROUPS.get(org, frozenset({post})) else org


_DEPUTY_OR_ACTING = "常务副代理执行"       # the characters before a head's post (常务副市长, 代理县长)


def self_jurisdiction(post: str) -> bool:
    """常务副市长, 代区长, 国家副主席, 副苏木达: a post that names its own jurisdiction takes no organ from its
    neighbour."""
    core = post.lstrip(_DEPUTY_OR_ACTING)
    return core[:1] in JURISDICTION_CHARS or core.startswith(("国家", "国务", "苏木", "嘎查"))


def inheritable(item: TitleItem, vocab: Vocabulary, organ: str | None = None) -> bool:
    """副主任, 秘书长: a post that takes its neighbour's organ ``organ``; not 副市长 (it names its level), nor 总裁
    (a firm's) unless that organ is a firm (某集团总裁甲、副总裁乙: 乙 is the group's vice-president)."""
    if item.kind != "post" or item.post in _NAMES_ITS_BODY:
        return False
    if self_jurisdiction(item.post):
        return organ is not None and _heads_its_level(item.post, organ, vocab)
    level = vocab.posts.get(item.post)
    return level != "reporter" and (level != "company" or (
        organ is not None and tail_kind(organ, vocab) == OrgKind.COMPANY))


def _heads_its_level(post: str, organ: str, vocab: Vocabulary) -> bool:
    """某县人民政府副县长、代理县长, 某市副市长、代市长: a post that names its level takes the government or the place
    of that level written for the post before it (not 市委副书记、代市长: the party's)."""
    level = post.lstrip(_DEPUTY_OR_ACTING)[:1]
    return level in JURISDICTION_CHARS and (organ.endswith("政府") or organ in vocab.regions) and level in organ[-6:]


# Posts whose word names their body (立委: a member of the Legislative Yuan; field-dev's gold gives it no organ;
# 审计长, 廉政专员: Macau's and Hong Kong's Commissioners of Audit and Against Corruption, whose offices are their own)
_NAMES_ITS_BODY = frozenset({"立委", "审计长", "廉政专员"})
