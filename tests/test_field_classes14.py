"""Error classes found in round 16 on field-dev and on the tuning records of the public NER sets, each closed here
on invented text written as real pages print it.
"""
from __future__ import annotations

from extract import extract_text
from extract.vocab import vocabulary


def _record(text: str, date: str | None = "2021-03-10"):
    [record] = extract_text(text, date=date)
    return record


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.kind.value) for o in _record(text).organizations]


def _titles(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.name, t.post, t.org) for p in _record(text).persons for t in p.titles]


def test_a_national_organ_with_no_place_may_be_followed_by_a_verb_of_its_documents():
    # 印发 and 发布 stand inside names (新闻发布会), so they are no cut before a name, but they may follow one
    assert ("国务院", "government") in _orgs("近日,国务院印发关于加强基层治理的意见。")
    assert ("国家统计局", "government") in _orgs("国家统计局发布一季度经济数据。")
    # an organ with no place still modifies no noun: a system is no body
    assert _orgs("要坚持和完善人民代表大会制度。") == []


def test_the_follow_verbs_are_verbs_that_the_cut_list_leaves_out():
    vocab = vocabulary()
    assert vocab.follow_verb_re.fullmatch("发布") and not vocab.verb_re.fullmatch("发布")
    assert not vocab.follow_verb_re.fullmatch("处长")        # a post is no verb that follows a name


def test_an_international_body_is_a_name_though_the_foreign_lexicon_lists_it():
    assert _orgs("欧洲中央银行决定维持利率不变。") == [("欧洲中央银行", "other")]


def test_a_tenure_word_opens_no_company_name():
    assert _titles("柯立强现任江城华兴科技有限公司总经理。") == [("柯立强", "总经理", "江城华兴科技有限公司")]
    assert ("华兴科技有限公司", "company") in _orgs("柯立强现任华兴科技有限公司总经理。")


def test_a_one_character_verb_of_submission_ends_before_a_place():
    # 报 (submit to) is no part of the body it is submitted to; a newspaper's 报 before its suffix stays
    assert ("省政府", "government") in _orgs("该方案须报省政府批准后实施。")
    assert ("国务院", "government") in _orgs("该项目已报国务院批准。")
    assert ("江城日报社", "media") in _orgs("江城日报社记者柯立强报道。")


def test_a_national_body_opens_the_name_of_its_local_committee():
    assert ("共青团江城市委", "party") in _orgs("在共青团江城市委、市教委的共同安排下,活动顺利开展。")


def test_a_name_ends_at_no_hui_of_a_meeting():
    # 市委常委会议 is a meeting of the standing committee; 生物学会议 a conference, no 学会
    names = [n for n, _ in _orgs("市委常委会议研究了第四届国际苏铁生物学会议的筹备工作。")]
    assert "市委" in names and not any(n.endswith(("常委会", "学会")) for n in names)


def _reporters(text: str) -> list[tuple[str, tuple[tuple[str, str | None], ...]]]:
    return [(p.name, tuple((t.post, t.org) for t in p.titles))
            for r in extract_text(text, date="2021-03-10") for p in r.persons if p.is_reporter]


def test_a_county_written_alike_in_both_scripts_keeps_its_name():
    # t2s reads 乾 as the traditional form of 干; 乾县 and 乾安 are written so in simplified text too
    assert ("乾县代表团", "other") in _orgs("江城市长柯立强在乾县代表团与代表一起审议。")


def test_the_place_names_that_t2s_would_change_are_all_kept():
    import opencc
    from extract.ingest.normalisation import KEEP_AS_WRITTEN

    convert = opencc.OpenCC("t2s").convert
    changed = {r for r in vocabulary().regions if convert(r) != r}
    assert changed and all(any(k in r for k in KEEP_AS_WRITTEN) for r in changed)


def test_a_surname_led_name_before_a_conjunction_and_the_people_met_ends_before_it():
    names = [p.name for p in _record("全国总工会主席柯立强和代表们一起审议报告。").persons]
    assert names == ["柯立强"]
    assert [p.name for p in _record("盟委书记巴图孟和在会上讲话。").persons] == ["巴图孟和"]


def test_a_province_delegation_is_no_person():
    names = [p.name for p in _record("山西团代表、全国人大常委会副委员长柯立强出席。").persons]
    assert names == ["柯立强"]


def test_a_dotted_name_ends_before_shouyao():
    [person] = _record("尼泊尔驻拉萨总领事拉克西米·普拉萨德·尼罗拉受邀列席会议。").persons
    assert person.name == "拉克西米·普拉萨德·尼罗拉"


def test_credits_written_together_or_after_a_place_or_before_debris():
    assert _reporters("江城会议召开\n本报讯(记者甘立明柯立强)5日,江城市召开会议。") == [
        ("甘立明", (("记者", None),)), ("柯立强", (("记者", None),))]
    assert _reporters("新竹典礼\n【本报记者陈建佳新竹报导】新竹县各界举行升旗典礼。") == [
        ("陈建佳", (("记者", "本报"),))]
    assert [n for n, _ in _reporters("江城会议\n市长柯立强出席会议并讲话。 (甘立明) |")] == ["甘立明"]


def test_a_credited_name_that_is_also_a_word_between_a_credit_word_and_she():
    text = "江城会议召开\n市长柯立强在会上审议报告。\n本报记者 刘计划 摄"
    assert ("刘计划", (("记者", "本报"),)) in _reporters(text)


def test_a_couple_is_the_name_before_fufu():
    [person] = _record("全国政协副主席柯立强夫妇到场观礼。").persons
    assert (person.name, [t.post for t in person.titles]) == ("柯立强", ["副主席"])


def test_hong_kong_police_districts_and_ranks():
    assert _titles("西区警区指挥官甘立明出席。") == [("甘立明", "指挥官", "西区警区")]
    assert ("民政事务总署", "government") in _orgs("典礼举行。主礼嘉宾有民政事务总署中西区民政事务专员柯立强。")


def test_a_section_chief_of_a_named_organ_has_the_organ_as_org():
    assert _titles("省委组织部处长柯立强出席。") == [("柯立强", "处长", "省委组织部")]
    assert _titles("市卫健委科长柯立强出席。") == [("柯立强", "科长", "市卫健委")]
    assert _titles("省委组织部干部处处长柯立强出席。") == [("柯立强", "处长", "省委组织部干部处")]
