"""Where a name begins and ends (extract/names.py, extract/namer.py): invented sentences.

A name is never cut out of the inside of a word (word_pairs.tsv: 警钟, 相关, 日报 ...), a name of three
characters is not cut short where no name can follow it, a weak word closes a name before a post, and a
Japanese name is read whole after its family name (japanese_surnames.tsv).
"""
from __future__ import annotations

import pytest

from extract import extract_text


def persons_of(text: str) -> list[str]:
    return [p.name for rec in extract_text(text) for p in rec.persons]


# Three-character names cut short to two: 率 ends a name, and a surname after a reading (张树|法在)
# counts as the start of another name only where one can be read from it.
@pytest.mark.parametrize("text, name", [
    ("美国某市市长赵永强率访问团到我区参观访问。", "赵永强"),
    ("省委副书记、省长孙建林率省党政代表团来我市考察。", "孙建林"),
    ("县政协党组成员、秘书长周树法在主席台前排就座。", "周树法"),
    ("副县长钱树法在会上讲话。", "钱树法"),
])
def test_three_character_name_is_not_cut_short(text, name):
    assert persons_of(text) == [name]


# Names glued to the next character: a weak word closes a name before a post (以X|为团长), and
# 作表态 is a verb.
@pytest.mark.parametrize("text, name", [
    ("会见了以市委书记罗杰为团长的代表团。", "罗杰"),
    ("新任镇长肖伟作表态讲话。", "肖伟"),
])
def test_name_is_not_glued_to_the_next_word(text, name):
    assert persons_of(text) == [name]


# No name is cut out of a word: 警|钟长鸣, 吕|梁人民, 相|关文章 (start), 吕梁日|报, 桥梁纽|带 (end).
@pytest.mark.parametrize("text", [
    "要深刻吸取事故教训,引以为戒,警钟长鸣。要时刻绷紧安全生产这根弦。",
    "市委、市政府和全市三百万吕梁人民对代表团的到来表示热烈欢迎。",
    "新闻中心 分享到:相关文章:",
    "本网讯 来源:吕梁日报 图说某地风光",
    "中方愿意担当起桥梁纽带的作用。",
])
def test_no_name_is_cut_out_of_a_word(text):
    assert persons_of(text) == []


# ... but a post or a verb that stands before names ends where the name begins, even where the two
# characters across make a word (长江, 实习); and an organ word (委员会, 办公厅) no longer needs its tail
# listed in non_names.
@pytest.mark.parametrize("text, names", [
    ("副市长江涛出席会议。", ["江涛"]),
    ("要深入贯彻落实习近平总书记重要指示。", ["习近平"]),
    ("政协某县第十一届委员会主席张强出席。", ["张强"]),
    ("市政府办公厅主任李明主持。", ["李明"]),
    ("该乡乡长王东黎闻汛而动。", ["王东黎"]),
    ("河南省委党校教授张宏伟应邀作报告。", ["张宏伟"]),
])
def test_names_after_posts_and_verbs_are_kept(text, names):
    assert persons_of(text) == names


# Japanese names written without a dot: a family name and a given name of one to three characters.
@pytest.mark.parametrize("text, name", [
    ("日本某市市长山田太一郎率团来访。", "山田太一郎"),
    ("日本驻上海总领事森田一彦及部分企业代表出席。", "森田一彦"),
    ("双方领导人同岸田文雄首相通电话。", "岸田文雄"),
])
def test_japanese_name_is_read_whole(text, name):
    assert persons_of(text) == [name]


def test_a_name_in_latin_letters_after_its_post():
    from extract.pipeline import extract_text

    text = "嘉宾有某国驻华大使Rudy Kiryl,某国驻华参赞Ivan Tomas等。公司CEO出席。"
    persons = {p.name: [t.post for t in p.titles] for r in extract_text(text, date="2023-10-10") for p in r.persons}
    assert persons == {"Rudy Kiryl": ["大使"], "Ivan Tomas": ["参赞"]}


def test_a_proposed_name_that_is_a_city_and_more_is_no_person():
    from extract.pipeline import extract_text

    text = "安庆军分区、安庆石化负责人参加。张建华、吴江涛出席会议。"
    names = {p.name for r in extract_text(text, date="2023-10-10") for p in r.persons}
    assert "安庆军" not in names and {"张建华", "吴江涛"} <= names


def test_names_that_are_not_surname_led_after_a_post():
    from extract.pipeline import extract_text

    text = "城关区委书记普布顿珠,副市长计明南加一同会见。乡党委书记贡曲桑珠准备前往山南市。"
    names = [p.name for r in extract_text(text, date="2023-10-10") for p in r.persons]
    assert names == ["普布顿珠", "计明南加", "贡曲桑珠"]
