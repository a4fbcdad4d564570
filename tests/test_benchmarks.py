"""The benchmark scorers on tiny hand-made inputs: the numbers they print must be right."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import pd98, score_gold  # noqa: E402
from benchmarks.common import canon, set_counts  # noqa: E402
from benchmarks.lac_baseline import entities, lac_words  # noqa: E402


def person(name, *titles, roles=(), reporter=False):
    return {"name": name, "titles": [{"post": p, "org": o, "surface": (o or "") + p} for p, o in titles],
            "roles": list(roles), "is_reporter": reporter}


def gold_article(index, headline, persons=(), organizations=(), events=()):
    return {"index": index, "headline": headline, "persons": list(persons),
            "organizations": [{"name": n, "type": t} for n, t in organizations],
            "events": [{"name": n, "participants": list(ps)} for n, ps in events]}


def pred_article(n, headline, persons=(), organizations=(), events=()):
    return {"id": f"page#{n}", "headline": headline, "text": headline or "", "persons": list(persons),
            "organizations": [{"name": n_, "type": t} for n_, t in organizations],
            "events": [{"name": n_, "participants": [{"name": p, "roles": []} for p in ps]} for n_, ps in events]}


def summary(report, category):
    return report.counts[category].summary()


# ---------------------------------------------------------------------------
# score_gold
# ---------------------------------------------------------------------------

def test_one_person_missed_and_one_extra():
    gold = [gold_article(1, "市领导调研乡村振兴工作", [person("王建国"), person("李红梅")])]
    pred = [pred_article(1, "市领导调研乡村振兴工作", [person("王建国"), person("张伟东")])]
    s = summary(score_gold.score(gold, pred), "persons")
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 1)
    assert s["precision"] == s["recall"] == s["f1"] == 0.5


def test_false_positives_and_negatives_are_listed():
    gold = [gold_article(1, "市领导调研乡村振兴工作", [person("王建国"), person("李红梅")])]
    pred = [pred_article(1, "市领导调研乡村振兴工作", [person("王建国"), person("张伟东")])]
    c = score_gold.score(gold, pred).counts["persons"]
    assert c.false_pos == [("#1", "张伟东")]
    assert c.false_neg == [("#1", "李红梅")]
    text = score_gold.format_report(score_gold.score(gold, pred), verbose=True)
    assert "FN #1 | 李红梅" in text and "FP #1 | 张伟东" in text


@pytest.mark.parametrize("gold_post, pred_post", [
    ("常务副市长", "副市长"), ("代市长", "市长"), ("代理县长", "县长"), ("首席记者", "记者"), ("专职副书记", "副书记"),
])
def test_post_modifiers_are_removed_before_comparing(gold_post, pred_post):
    gold = [gold_article(1, "县政府召开常务会议", [person("周立新", (gold_post, None))])]
    pred = [pred_article(1, "县政府召开常务会议", [person("周立新", (pred_post, None))])]
    s = summary(score_gold.score(gold, pred), "titles (post)")
    assert (s["tp"], s["fp"], s["fn"]) == (1, 0, 0)


def test_different_posts_do_not_match():
    gold = [gold_article(1, "县政府召开常务会议", [person("周立新", ("副县长", "县政府"))])]
    pred = [pred_article(1, "县政府召开常务会议", [person("周立新", ("县长", "县政府"))])]
    report = score_gold.score(gold, pred)
    assert summary(report, "titles (post)")["tp"] == 0
    assert summary(report, "title orgs")["tp"] == 0


def test_norm_post_keeps_two_characters():
    assert score_gold.norm_post("代表") == "代表"
    assert score_gold.norm_post("常务副县长") == "副县长"


def test_title_orgs_compare_the_org_and_skip_titles_without_one():
    gold = [gold_article(1, "省委常委会召开会议",
                         [person("孙海涛", ("常委", "省委"), ("书记", "市委")), person("钱文", ("副省长", None))])]
    pred = [pred_article(1, "省委常委会召开会议",
                         [person("孙海涛", ("常委", "省委"), ("书记", "县委")), person("钱文", ("副省长", None))])]
    report = score_gold.score(gold, pred)
    s = summary(report, "title orgs")
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 1)
    assert summary(report, "titles (post)")["tp"] == 3


def test_role_contained_in_the_gold_role_matches():
    gold = [gold_article(1, "论坛开幕", [person("吴海", roles=["作主题演讲"])])]
    pred = [pred_article(1, "论坛开幕", [person("吴海", roles=["演讲"])])]
    s = summary(score_gold.score(gold, pred), "roles")
    assert (s["tp"], s["fp"], s["fn"]) == (1, 0, 0)


def test_compound_role_matches_each_gold_head():
    gold = [gold_article(1, "区领导走访慰问困难群众", [person("郑海峰", roles=["走访", "慰问", "座谈"])])]
    pred = [pred_article(1, "区领导走访慰问困难群众", [person("郑海峰", roles=["走访慰问", "讲话"])])]
    c = score_gold.score(gold, pred).counts["roles"]
    assert (c.tp_gold, c.n_gold) == (2, 3)      # 走访 and 慰问 found, 座谈 missed
    assert (c.tp_pred, c.n_pred) == (1, 2)      # 走访慰问 right, 讲话 wrong
    assert c.false_neg == [("#1", "郑海峰", "座谈")]
    assert c.false_pos == [("#1", "郑海峰", "讲话")]


def test_middle_dot_variants_are_one_name():
    gold = [gold_article(1, "外宾来访", [person("穆罕默德·阿里·汗")], events=[("会见", ["穆罕默德·阿里·汗"])])]
    pred = [pred_article(1, "外宾来访", [person("穆罕默德•阿里•汗")], events=[("会见", ["穆罕默德・阿里・汗"])])]
    report = score_gold.score(gold, pred)
    assert summary(report, "persons")["tp"] == 1
    assert summary(report, "event participants (pooled)")["tp"] == 1
    assert canon("Ａ　Ｂ·Ｃ") == "AB·C"


def test_unaligned_gold_article_counts_all_its_items_as_missed():
    gold = [gold_article(1, "全市安全生产工作会议召开", [person("赵明"), person("钱亮")], [("市安委会", "government")]),
            gold_article(2, "县长接待来访群众", [person("孙强")])]
    pred = [pred_article(1, "全市安全生产工作会议召开", [person("赵明"), person("钱亮")], [("市安委会", "government")])]
    report = score_gold.score(gold, pred)
    assert [l.pred for l in report.links] == [0, None]
    s = summary(report, "persons")
    assert (s["tp"], s["fp"], s["fn"]) == (2, 0, 1)
    assert summary(report, "organizations")["fn"] == 0


def test_articles_align_by_headline_not_position():
    gold = [gold_article(1, "全市安全生产工作会议召开", [person("赵明")]),
            gold_article(2, "县长接待来访群众", [person("孙强")])]
    pred = [pred_article(1, "县长接待来访群众", [person("孙强")]),
            pred_article(2, "全市安全生产工作会议召开", [person("赵明")]),
            pred_article(3, "图片新闻", [person("李四海")])]
    report = score_gold.score(gold, pred)
    assert [(l.gold, l.pred) for l in report.links] == [(0, 1), (1, 0)]
    s = summary(report, "persons")
    assert (s["tp"], s["fp"], s["fn"]) == (2, 1, 0)   # the unaligned predicted article's person is a false positive


def test_headline_found_at_the_start_of_the_text_aligns():
    gold = [gold_article(1, "县长接待来访群众", [person("孙强")])]
    pred = [dict(pred_article(1, None, [person("孙强")]), text="县长接待来访群众\n本报讯 昨日,县长孙强接待来访群众。")]
    report = score_gold.score(gold, pred)
    assert report.links[0].how == "text"
    assert summary(report, "persons")["tp"] == 1
    assert summary(report, "headlines")["fn"] == 1


def test_organizations_and_their_types():
    gold = [gold_article(1, "签约仪式举行", organizations=[("市商务局", "government"), ("华光电子有限公司", "company")])]
    pred = [pred_article(1, "签约仪式举行", organizations=[("市商务局", "government"), ("华光电子有限公司", "other")])]
    report = score_gold.score(gold, pred)
    assert summary(report, "organizations")["tp"] == 2
    s = summary(report, "organizations typed")
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 1)


def test_events_match_by_participant_overlap():
    gold = [gold_article(1, "两场活动", events=[("座谈会", ["甲一", "乙二", "丙三"]), ("调研", ["丁四", "戊五"])])]
    pred = [pred_article(1, "两场活动", events=[("调研活动", ["丁四"]), ("会议", ["甲一", "乙二", "丁四"])])]
    report = score_gold.score(gold, pred)
    pooled = summary(report, "event participants (pooled)")
    assert (pooled["tp"], pooled["fp"], pooled["fn"]) == (3, 0, 2)
    by_event = summary(report, "event participants (by event)")
    # 会议 -> 座谈会 (overlap 2), 调研活动 -> 调研 (overlap 1); 丁四 placed at 会议 is wrong there
    assert (by_event["tp"], by_event["fp"], by_event["fn"]) == (3, 1, 2)
    assert summary(report, "events")["tp"] == 2


def test_reporters_all_right():
    gold = [gold_article(1, "新闻", [person("林记", ("记者", None), reporter=True), person("马文")])]
    right = [pred_article(1, "新闻", [person("林记", ("记者", None), reporter=True), person("马文")])]
    wrong = [pred_article(1, "新闻", [person("林记", ("记者", None), reporter=True), person("马文", reporter=True)])]
    assert score_gold.score(gold, right).reporters_all_right
    report = score_gold.score(gold, wrong)
    assert not report.reporters_all_right
    assert summary(report, "reporters")["fp"] == 1


def test_cli_json_on_files(tmp_path, capsys):
    gold = {"articles": [gold_article(1, "市领导调研", [person("王建国"), person("李红梅")])]}
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    pred = pred_article(1, "市领导调研", [person("王建国")])
    (tmp_path / "pred.jsonl").write_text(json.dumps(pred, ensure_ascii=False) + "\n", encoding="utf-8")
    assert score_gold.main([str(tmp_path / "gold.json"), str(tmp_path / "pred.jsonl"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["categories"]["persons"]["recall"] == 0.5
    assert out["categories"]["persons"]["precision"] == 1.0
    assert out["articles"] == {"gold": 1, "pred": 1, "aligned": 1}


def test_set_counts():
    c = set_counts({1, 2, 3}, {2, 3, 4, 5})
    assert (c.tp_gold, c.n_gold, c.n_pred) == (2, 3, 4)
    assert c.precision == 0.5 and c.recall == pytest.approx(2 / 3)
    assert c.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


# ---------------------------------------------------------------------------
# pd98: real lines of the PKU-tagged People's Daily file
# ---------------------------------------------------------------------------

LINE_REPORTER = "19980102-03-002-002/m  本报/rz  驻/v  阿联酋/ns  记者/n  林/nrf  皎明/nrg  "
LINE_COMPOUND = "19980123-08-005-003/m  由/p  [北京/ns  晚报社/n]nt  和/c  [北京/ns  红星/nz  酿酒/vn  集团公司/n]nt  共同/d  主办/v  "
LINE_NESTED_NT = ("19980124-10-003-002/m  [文化部/nt  振兴/v  京剧/n  指导/vn  委员会/n  办公室/n]nt  "
                  "主任/n  林/nrf  瑞康/nrg  ")
LINE_SURNAME_ONLY = ("19980128-02-004-001/m  各/rz  民主党派/n  中央/n  和/c  [全国/n  工商联/jn]nt  座谈/v  "
                     "江/nrf  主席/n  对/p  台/j  重要/a  讲话/n  发表/v  三/m  周年/qt  强调/v  ")
LINE_PINYIN = "19980115-05-001-001/m  姜/nrf  春云/nrg  在/p  [中国/ns  科协/jn]nt  科教兴农/lv  论坛/n  上{shang5}/f  强调/v  "


def parse(line):
    return pd98.parse_line(line, post_endings=pd98.read_post_endings())


def test_pd98_surname_and_given_name_are_one_person():
    p = parse(LINE_REPORTER)
    assert p.id == "19980102-03-002-002"
    assert p.text == "本报驻阿联酋记者林皎明"
    assert p.persons == ("林皎明",)
    assert p.titled_persons == ("林皎明",)       # 记者 just before
    assert p.organizations == ()


def test_pd98_bracketed_compound_is_one_organization():
    p = parse(LINE_COMPOUND)
    assert p.organizations == ("北京晚报社", "北京红星酿酒集团公司")
    assert p.persons == ()
    assert p.text == "由北京晚报社和北京红星酿酒集团公司共同主办"


def test_pd98_nt_word_inside_a_compound_is_not_counted_again():
    p = parse(LINE_NESTED_NT)
    assert p.organizations == ("文化部振兴京剧指导委员会办公室",)
    assert p.persons == ("林瑞康",)
    assert p.titled_persons == ("林瑞康",)       # 主任 just before


def test_pd98_surname_alone_is_a_partial_person():
    p = parse(LINE_SURNAME_ONLY)
    assert p.persons == ()
    assert p.partial_persons == ("江",)
    assert p.organizations == ("全国工商联",)


def test_pd98_pinyin_marks_are_dropped():
    p = parse(LINE_PINYIN)
    assert p.text == "姜春云在中国科协科教兴农论坛上强调"
    assert p.persons == ("姜春云",)
    assert p.titled_persons == ()


def test_pd98_scoring_excuses_partial_persons_only():
    gold = [{"id": "a", "persons": ["林瑞康"], "organizations": ["中国科协"], "partial_persons": ["江"],
             "titled_persons": ["林瑞康"]}]
    persons, orgs, titled = pd98.score_paragraphs(gold, {"a": (["林瑞康", "江", "江主席"], ["中国科协", "科协"])})
    assert (persons.tp_gold, persons.n_pred, persons.n_gold) == (1, 2, 1)   # 江 excused, 江主席 a false positive
    assert (orgs.tp_gold, orgs.n_pred) == (1, 2)
    assert (titled.tp_gold, titled.n_gold) == (1, 1)


def test_pd98_rejects_a_line_of_another_format():
    with pytest.raises(ValueError):
        pd98.parse_line("这不是标注过的文本")


# ---------------------------------------------------------------------------
# lac_baseline: LAC's words to entities (no model needed)
# ---------------------------------------------------------------------------

def test_lac_words_offsets_and_line_breaks():
    tagged = [("市委书记", "n"), ("张明", "PER"), ("\n", "w"), (" 李华\n王", "PER"), ("商务部", "ORG"), ("李华 ", "PER")]
    words = lac_words(tagged)
    assert words == [("市委书记", "n", 0, 4), ("张明", "PER", 4, 6), ("商务部", "ORG", 12, 15), ("李华", "PER", 15, 17)]
    persons, orgs = entities(tagged)
    assert [p["name"] for p in persons] == ["张明", "李华"]
    assert orgs == [{"name": "商务部", "type": "other", "spans": [[12, 15]]}]


def test_gold_probes_compare_the_extractor_with_the_field_golds_facts(monkeypatch, tmp_path, capsys):
    # (a field set of one invented article: its event, organization and titled person, read back by each probe)
    from benchmarks import gold_probes

    (tmp_path / "gold").mkdir()
    (tmp_path / "index.tsv").write_text("id\tsplit\tkind\tprovince\tyear\tlength\turl\nf1\tdev\tnews\t-\t2020\t1\tx\n",
                                        encoding="utf-8")
    gold = {"persons": [{"name": "王明", "titles": [{"surface": "县长", "post": "县长", "org": None}], "roles": ["会见"]}],
            "organizations": [{"name": "县人民政府", "type": "government"}, {"name": "某某某", "type": "other"}],
            "events": [{"name": "王明会见某国代表团", "type": "meeting", "participants": ["王明"]},
                       {"name": "县十届人大常委会第五次会议", "type": "meeting", "participants": []}]}
    (tmp_path / "gold" / "f1.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(gold_probes, "FIELD", tmp_path)
    assert gold_probes.probe_types("dev")[0] == {"agree": 1, "gold meeting, ours session": 1}
    assert gold_probes.probe_orgs("dev")[0] == {"read whole": 1, "not read": 1}
    assert gold_probes.probe_titles("dev")[0] == {"agree": 1}
    assert gold_probes.main(["types"]) == 0 and "types on field-dev: 2 gold facts" in capsys.readouterr().out
