"""Roles written the way real reports write them (issue 19): lists after a label, minutes, receptions."""
from __future__ import annotations

from extract import extract_text


def roles_of(text: str, date: str = "2025-09-26") -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for rec in extract_text(text, date=date):
        for event in rec.events:
            for p in event.participants:
                out.setdefault(p.name, set()).update(p.roles)
    return out


def test_each_person_of_a_list_after_a_label_takes_its_verb():
    roles = roles_of("本报讯 18日,某县政协第九届委员会第三次会议闭幕。县委书记赵明出席闭幕会并讲话。\n"
                     "出席闭幕会的领导同志还有:钱进、孙丽、李强。\n"
                     "本次大会的执行主席是:郑华、王磊。\n"
                     "列席会议的有:周平、吴刚。")
    assert roles.get("郑华", set()) == set()          # 执行主席 is no participation verb
    assert roles["钱进"] == roles["孙丽"] == roles["李强"] == {"出席"}
    assert roles["周平"] == roles["吴刚"] == {"列席"}
    assert roles["赵明"] == {"出席", "讲话"}


def test_a_minutes_label_covers_its_list_over_the_next_line():
    roles = roles_of("专题会议纪要\n9月3日,区长赵明主持召开专题会议,研究园区建设工作。\n"
                     "会议还研究了其他事项。\n"
                     "出 席:钱进、孙丽、李强\n"
                     "周平、吴刚\n")
    for name in ("钱进", "孙丽", "李强", "周平", "吴刚"):
        assert roles[name] == {"出席"}, name


def test_a_delegation_named_by_its_task_is_a_noun_not_an_act():
    roles = roles_of("本报讯 14日,副市长赵明在市迎宾馆会见了某省经贸考察团一行,钱进陪同。")
    assert roles["赵明"] == {"会见"}
    assert roles["钱进"] == {"陪同"}


def test_who_is_named_in_an_escort_phrase_escorts_and_is_not_the_subject():
    roles = roles_of("本报讯 9日,某省调研组一行在市委书记赵明、市长钱进的陪同下,来到某公司调研。")
    assert roles["赵明"] == roles["钱进"] == {"陪同"}
    roles = roles_of("本报讯 9日,省政协主席孙丽在市委书记赵明的陪同下,深入某县调研。")
    assert roles["孙丽"] == {"调研"}
    assert roles["赵明"] == {"陪同"}


def test_who_leads_a_group_takes_the_role_and_the_led_take_no_role_from_it():
    roles = roles_of("本报讯 6日,副市长赵明带领市民政局负责人钱进,到某镇察看灾情。")
    assert "带领" in roles["赵明"]
    assert "带领" not in roles.get("钱进", set())
    roles = roles_of("本报讯 9日,某县考察团在县长孙丽的带领下来我市参观。")
    assert roles["孙丽"] == {"带领"}
    # a leadership's duty (团结带领) and what a leader wishes others to do are no acts
    roles = roles_of("本报讯 8日,市委书记赵明主持召开座谈会。赵明说,要团结带领全市人民砥砺前行。\n"
                     "钱进来到某公司,了解企业发展情况,希望企业负责人进一步发挥作用,带领企业不断取得新突破。")
    assert "带领" not in roles["赵明"]
    assert "带领" not in roles["钱进"]


def test_who_is_named_before_lv_leads_the_delegation():
    roles = roles_of("本报讯 12日,某市市长赵明率经济考察团来我市参观考察。市委书记钱进会见了考察团一行。\n"
                     "钱进表示,要率先推进合作,提高效率。")
    assert "率" in roles["赵明"]
    assert "率" not in roles["钱进"]


def test_a_label_ending_in_you_gives_its_verb_to_the_list():
    from extract.pipeline import extract_text

    text = "出席活动的国外嘉宾有某国驻华大使王明,某国驻华参赞李强等。出席会议的有关部门负责人赵华发言。"
    roles = {p.name: [r.role for r in p.roles] for r in extract_text(text, date="2023-10-10") for p in r.persons}
    assert roles["王明"] == ["出席"] and roles["李强"] == ["出席"]
    assert "出席" not in roles["赵华"]          # 有关: no list opens there


def test_the_newly_elected_as_a_group_are_the_persons_elected_just_before():
    roles = roles_of("本报讯 30日,某乡第十七届人民代表大会第一次会议召开。会议由乡党委书记赵明主持。"
                     "会议选举了钱进为乡长,孙丽为乡人大主席,李强、周平当选副乡长。"
                     "新当选的乡政府、乡人大领导来到宪法宣誓台前,举行庄严的向宪法宣誓仪式。")
    assert roles["钱进"] == roles["孙丽"] == roles["李强"] == roles["周平"] == {"宣誓"}
    assert roles["赵明"] == {"主持"}


def test_a_visit_is_the_role_of_who_leads_the_delegation_not_of_the_host():
    roles = roles_of("本报讯 15日下午,某国某市赵明市长一行6人抵达我市,对我市进行正式友好访问。"
                     "钱进市长会见了赵明市长一行,对他们访问我市表示欢迎。\n"
                     "由孙丽率领的某市经贸代表团访问某地。")
    assert "访问" in roles["赵明"]
    assert "访问" not in roles["钱进"]
    assert "访问" not in roles["孙丽"]


def test_a_clause_whose_subject_is_unnamed_persons_gives_the_names_before_no_role():
    roles = roles_of("本报讯 21日,某会议召开。省委常委赵明、钱进出席会议,各代表团召集人参加会议。\n"
                     "孙丽、李强一同考察,相关部门负责人及群众代表参加了座谈。")
    assert roles["赵明"] == roles["钱进"] == {"出席"}
    assert roles["孙丽"] == roles["李强"] == {"考察"}


def test_names_before_a_list_of_posts_take_the_verb_after_it():
    roles = roles_of("本报讯 1日,某市举行主题党日活动。赵明、钱进等市领导,市法院院长、市检察院检察长和"
                     "市政府秘书长等出席。")
    assert roles["赵明"] == roles["钱进"] == {"出席"}


def test_a_meeting_noun_opening_with_a_speech_word_is_no_speech():
    roles = roles_of("本报讯 2日上午,某市情况通报会举行。副省长赵明等出席通报会并为委员们送行。")
    assert roles["赵明"] == {"出席", "送行"}
