"""Names of round 44.  A reading of a name that no surname leads (Tibetan, Mongolian, Uyghur names of up to seven
characters) which one of the commonest Han surnames opens and which runs five characters or more is a Han name and
what its bearer does: the name ends where a surname-led reading ends (found on the training part of MSRA:
村民张某某盖新房).  Uyghur and Kazakh names a post announces are read from the syllables they are written with
(``minority_name_syllables.tsv``).
"""
from __future__ import annotations

from field_helpers import names, organization_names, titles_by_name


def test_a_labelled_han_name_before_a_one_character_verb_ends_at_the_name():
    assert names("镇干部帮助村民张星文盖新房。") == {"张星文"}
    assert names("镇干部帮助困难户李小红建新房。") == {"李小红"}


def test_names_no_surname_leads_are_still_read_whole():
    assert names("副县长尕玛才旦出席会议。") == {"尕玛才旦"}
    assert names("副县长次仁多吉出席会议。") == {"次仁多吉"}


def test_uyghur_and_kazakh_names_a_post_announces_are_read_whole():
    # (阿不都|热依木: the 不 and 合 of these names are rare in Han given names, so no free reading finds them)
    assert names("会上，副县长阿不都热依木介绍了情况。") == {"阿不都热依木"}
    assert names("副乡长热合曼在会上讲话。") == {"热合曼"}
    assert names("副县长马合木提出席会议。") == {"马合木提"}
    # (a Han name that opens with such a syllable is still read as the Han name it is)
    assert names("副县长艾力军出席会议。") == {"艾力军"}


# --- names joined by a middle dot (extract/dotted_names.py) ------------------------------------------------------


def test_who_a_foreigner_is_and_whence_are_no_part_of_the_dotted_name():
    assert names("市委书记王明会见了澳大利亚客商彼得·琼斯。") == {"王明", "彼得·琼斯"}
    assert names("会见了来访的俄罗斯伊万·彼得罗夫。") == {"伊万·彼得罗夫"}
    assert names("著名钢琴家郎朗和美国钢琴家约翰·布朗同台演出。") == {"郎朗", "约翰·布朗"}
    # (a Uyghur name keeps its first part whole)
    assert names("会议中阿不来提·阿不都热西提讲话。") == {"阿不来提·阿不都热西提"}


def test_a_dotted_name_that_visits_a_body_is_a_person():
    assert names("美国友人约翰·史密斯参观学校。") == {"约翰·史密斯"}
    # (but a dotted name inside a body's name is none)
    assert names("乔治·索罗斯基金会宣布捐款。") == set()


# --- labels of students and verdicts -----------------------------------------------------------------------------


def test_a_graduate_students_label_is_the_title_not_part_of_the_name():
    # (硕士|生李乐: 硕士 is a post and 生 a rare surname; 硕士生 is the label)
    assert titles_by_name("该校07级硕士生李乐说，他很满意。") == {"李乐": {("硕士生", None)}}
    assert titles_by_name("博士生王晓东介绍了实验进展。") == {"王晓东": {("博士生", None)}}
    assert titles_by_name("大学生村官王丽走访农户。") == {"王丽": {("大学生村官", None)}}


def test_a_verdict_after_a_name_is_not_part_of_it():
    # (原副市长李华|犯受贿罪: no given name ends in 犯)
    assert names("原副市长李华犯受贿罪被判刑。") == {"李华"}
    assert "王益犯" not in names("法院认定王益犯受贿罪，判处死刑。")


def test_a_universitys_school_is_one_name_across_the_label_inside_it():
    # (北京大学|生命科学学院: the 学生 of 大学生命 is no label)
    assert "北京大学生命科学学院" in organization_names("北京大学生命科学学院院长王明出席。")


# --- where a name of two characters ends before a word --------------------------------------------------------------


def test_a_two_character_name_ends_before_a_word_that_a_surname_opens():
    # (李强|荣获, 王丽|满怀: 荣 and 满 are surnames, and the words they open are no name's tail)
    assert names("副县长李强荣获先进个人称号。") == {"李强"}
    assert names("副县长王丽满怀深情地说。") == {"王丽"}


def test_a_function_word_after_a_two_character_name_is_not_its_last_character():
    # (陈刚|仍在一线, 李强|即赶往现场: no given name ends in 仍, 即, 便, 经 or 时; but 林政则 ends in 则)
    assert names("副县长陈刚仍在一线。") == {"陈刚"}
    assert names("副县长李强即赶往现场。") == {"李强"}
    assert names("行政院政务委员林政则出席。") == {"林政则"}


def test_a_leader_named_after_a_preposition_and_a_post_is_the_name_alone():
    # (以市长约翰·史密斯为团长的…代表团: the reading of names before 为 begins after the post, not at the text's start)
    assert titles_by_name("以市长约翰·史密斯为团长的代表团抵达我市。") == {
        "约翰·史密斯": {("市长", None), ("团长", "代表团")}}
    assert names("以州长彼得·琼斯为团长的代表团抵达。") == {"彼得·琼斯"}
