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
