"""Error classes of real news (issue 17, field-dev) closed by lexicon data.

Every sentence here is invented (names, places and events are made up; outlets, organs and posts
are real words of the language).  Each test names the class and the lexicon file that closes it.
"""
from __future__ import annotations

import pytest

from extract import extract_text
from extract.records import OrgKind


def extract_one(text: str):
    recs = extract_text(text, date="2025-09-26")
    assert len(recs) == 1
    return recs[0]


def persons_of(text: str):
    return {p.name: p for p in extract_one(text).persons}


def titles(person):
    return [(t.post, t.org) for t in person.titles]


def orgs_of(text: str) -> dict[str, OrgKind]:
    return {o.name: o.kind for o in extract_one(text).organizations}


# Hong Kong, Macau and Taiwan posts and organs (posts.tsv, organs.tsv, regions.tsv)
@pytest.mark.parametrize("text, name, expected", [
    ("澳门特区行政长官何明达率领代表团访问。", "何明达", ("行政长官", "澳门特区")),
    ("经济财政司司长谭立源陪同考察。", "谭立源", ("司长", "经济财政司")),
    # 随行 closes the name (name_right.tsv), so the chain binds
    ("政制及内地事务局常任秘书长傅佳慧随行。", "傅佳慧", ("常任秘书长", "政制及内地事务局")),
    ("律政司司长郑立华出席。", "郑立华", ("司长", "律政司")),
    ("行政会委员梁振庭出席酒会。", "梁振庭", ("委员", "行政会")),
    ("立法会议员陈志文发言。", "陈志文", ("议员", "立法会")),
    # the place before a post that opens with its level takes the level (the field gold: 80 titles of 109)
    ("彰化县长卓立源出席座谈。", "卓立源", ("县长", "彰化县")),
    ("苗栗县长徐耀华致辞。", "徐耀华", ("县长", "苗栗县")),
])
def test_hmt_posts_bind_with_their_organ(text, name, expected):
    assert expected in titles(persons_of(text)[name])


def test_hmt_secretariats_and_bureaus_are_government_organizations():
    orgs = orgs_of("保安司司长黄振邦、劳工及福利局局长罗志光出席。")
    assert orgs.get("保安司") == OrgKind.GOVERNMENT
    assert orgs.get("劳工及福利局") == OrgKind.GOVERNMENT


# Supervisory commissions are state organs; 纪委监委 stays the party's joint body (organs.tsv)
def test_supervisory_commission_is_government_and_joint_body_is_party():
    orgs = orgs_of("市监察委员会副主任赵立刚、县纪委监委副书记钱明、省纪监委副书记孙明辉出席会议。")
    assert orgs.get("市监察委员会") == OrgKind.GOVERNMENT
    assert orgs.get("县纪委监委") == OrgKind.PARTY
    assert orgs.get("省纪监委") == OrgKind.PARTY


# Media outlets named without a generic ending, and government sites (org_suffixes.tsv, news_sources.tsv)
@pytest.mark.parametrize("text, outlet", [
    ("东北网消息,展会将于下月开幕。", "东北网"),
    ("据中新网报道,论坛于昨日闭幕。", "中新网"),
    ("作者:林晓 来源:金黔在线", "金黔在线"),
    ("来源:宜昌市人民政府网", "宜昌市人民政府网"),
    ("长城新媒体记者从会上了解到,项目已开工。", "长城新媒体"),
])
def test_media_outlets_are_media_organizations(text, outlet):
    assert orgs_of(text).get(outlet) == OrgKind.MEDIA


def test_named_site_opens_a_dateline_and_is_no_person():
    rec = extract_one("东北网哈尔滨3月2日讯(通讯员 周晓文)副市长郑立强到企业调研。")
    assert "东北网" not in {p.name for p in rec.persons}
    assert {o.name: o.kind for o in rec.organizations}.get("东北网") == OrgKind.MEDIA


# Credits: 作者 introduces a reporter (reporter_words.tsv)
def test_author_credit_is_a_reporter():
    people = persons_of("本报讯 5日,副县长刘一鸣到园区调研。作者:张晓丹 来源:某县融媒体中心")
    assert people["张晓丹"].is_reporter
    assert not people["张晓丹"].roles
    assert not people["刘一鸣"].is_reporter


# Group labels of local usage (group_labels.tsv)
@pytest.mark.parametrize("text, name, expected", [
    ("方立新、石海波等市四班子领导出席。", "方立新", ("领导", "市四班子")),
    ("市政协老领导贾成林、童立安出席闭幕式。", "童立安", ("老领导", "市政协")),
    ("副秘书长莫建安等省上领导出席签约仪式。", "莫建安", ("领导", "省")),      # the level, as 我市领导 -> 市
])
def test_local_group_labels_are_titles(text, name, expected):
    assert expected in titles(persons_of(text)[name])


# Junk persons cut out of words (group_labels.tsv: 部门负责人; 员会, 公厅: the rule that no name starts inside a word)
@pytest.mark.parametrize("text, junk", [
    ("副市长韩立新及有关部门负责人陪同。", "门"),
    ("各部门主要负责人参加会议。", "门"),
    ("县直有关部门领导会见时在座。", "门"),
    ("省监察委员会负责人介绍情况。", "员会"),
    ("大会选举韦立明为县监察委员会主任。", "员会"),
    ("格州执行委员会办公厅主任Ivan Petrov出席。", "公厅"),
])
def test_no_person_cut_out_of_a_word(text, junk):
    assert junk not in persons_of(text)


# Names glued to the verb after them (name_right.tsv)
@pytest.mark.parametrize("text, name", [
    ("代市长李云春作关于人事任免的说明。", "李云春"),
    ("主任委员刘立德作关于代表资格的报告。", "刘立德"),
    ("罗明简要汇报了工作。", "罗明"),
    ("晚与商会董事长王立刚晚宴。", "王立刚"),
])
def test_name_ends_before_the_verb(text, name):
    assert name in persons_of(text)


# Organizations: foreign missions, Taiwan parties, legislatures, short party offices (organs.tsv)
@pytest.mark.parametrize("text, org, kind", [
    ("阿塞拜疆驻华大使馆官员出席招待会。", "阿塞拜疆驻华大使馆", OrgKind.GOVERNMENT),
    ("吉尔吉斯斯坦总领馆领事参加活动。", "吉尔吉斯斯坦总领馆", OrgKind.GOVERNMENT),
    ("国民党荣誉主席吴立雄会见访问团。", "国民党", OrgKind.PARTY),
    ("市议会副议长陈立明出席仪式。", "市议会", OrgKind.CONGRESS),
    ("县委办主任王立明主持会议。", "县委办", OrgKind.PARTY),
    ("交通局和运管所负责人参加。", "运管所", OrgKind.GOVERNMENT),
])
def test_organ_names_and_kinds(text, org, kind):
    assert orgs_of(text).get(org) == kind


# Left boundaries: a clause opener ending in a one-character stop is no part of the name (org_left_stops.tsv)
@pytest.mark.parametrize("text, org, not_org", [
    ("会议由镇人大主席王立明主持。", "镇人大", "会议由镇人大"),
    ("大会由县政协副主席陶立福主持。", "县政协", "大会由县政协"),
    ("该县并与鑫达科技有限公司签约。", "鑫达科技有限公司", "并与鑫达科技有限公司"),
    ("区长会见并欢迎访问团一行。", None, "并欢迎访问团"),
])
def test_clause_openers_stay_out_of_organization_names(text, org, not_org):
    orgs = orgs_of(text)
    assert not_org not in orgs
    if org is not None:
        assert org in orgs


# Japanese prefectures written short are places, not persons (foreign.tsv)
def test_japanese_prefecture_short_names_are_no_persons():
    assert "佐贺" not in persons_of("双方与佐贺等地签署友好协定。")
