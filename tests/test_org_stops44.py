"""Words that end the text before an organization's name (``extract/lexicon/org_left_stops.tsv``, round 44): read from
the training parts of the public NER corpora as the words found right before a name and never inside one, and kept by
hand; one organ word the lexicon lacked (邮政局); and the organ of a former post written after its place (山西省原|省委
书记), as field-dev's gold records it.  Invented sentences in the shapes those corpora and local papers print.
"""
from __future__ import annotations

from field_helpers import organization_names, titles_by_name


def test_an_example_word_opens_no_name():
    assert organization_names("比如民丰银行推出了面向农户的小额贷款。") == {"民丰银行"}


def test_a_body_that_writes_to_another_is_two_names():
    # (县商务局致函|某某有限公司: the verb between two bodies)
    assert organization_names("县商务局致函鑫源化工有限公司，要求限期整改。") == {"县商务局", "鑫源化工有限公司"}


def test_a_verb_that_can_name_a_bodys_task_is_not_a_stop():
    # (利用外资办公室: 利用 heads the task the office is named by, so it is kept out of the stops)
    assert "市利用外资办公室" in organization_names("市利用外资办公室主任王德明介绍了情况。")


def test_a_post_office_is_a_body_although_its_tail_is_an_ordinary_word():
    # (邮政|局: 政局, "the political situation", is a word, which kept 局 from ending a name after 邮政)
    assert organization_names("县邮政局开展了志愿服务活动。") == {"县邮政局"}


def test_a_former_organ_after_its_place_is_the_organ_after_former():
    # (山西省原|省委书记: the annotators' organ is the one after 原, as with 原区委书记)
    assert titles_by_name("山西省原省委书记张国强出席。") == {"张国强": {("书记", "省委")}}
    assert organization_names("清河县原县委副书记王明出席。") == {"县委"}
    # (the 原 of a place's own name is no former: 太原市委, 郑州市中原区委)
    assert organization_names("太原市委书记王明出席。") == {"太原市委"}
    assert organization_names("郑州市中原区委书记王明出席。") == {"郑州市中原区委"}


def test_a_former_body_after_a_short_place_and_its_level_is_the_body_after_former():
    # (循化|县原|文化馆馆长: field-dev's gold records 文化馆)
    assert titles_by_name("循化县原文化馆馆长马明出席。") == {"马明": {("馆长", "文化馆")}}
    # (the 原 of a name's own word is no former: 中国原子能科学研究院)
    assert "中国原子能科学研究院" in organization_names("中国原子能科学研究院副院长王明出席。")


def test_a_post_after_a_former_party_group_post_belongs_to_the_body():
    # (某局原党组成员、副局长: 副局长 of 某局, not of 某局原)
    titles = titles_by_name("县农业农村局原党组成员、副局长赵海涛接受审查。")["赵海涛"]
    assert ("副局长", "县农业农村局") in titles


def test_the_close_of_a_list_of_firms_is_no_firm():
    # (甲、乙、丙等公司: the items are firms by their short names, 丙等公司 is none)
    names = organization_names("县长鲁建新一行先后来到开源环保、中周物资、商禹机电、山信粮业、中科彩铝等公司实地查看。")
    assert names == {"开源环保", "中周物资", "商禹机电", "山信粮业", "中科彩铝"}
