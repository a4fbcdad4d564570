"""Error classes found in round 28 on field-dev (batches 44-46 among them), each closed here on invented text
written as real pages print it.
"""
from __future__ import annotations

from extract import extract_text


def _events(text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.name, e.kind.value, [p.name for p in e.participants]) for r in extract_text(text) for e in r.events]


# --- the meetings a visit tells (issue 19: one event per activity) ---------------------------------------

VISIT = ("5月6日至10日,省长王立新率省政府代表团访问老挝和越南。\n"
         "访老期间,王立新拜会了老挝国家主席通伦·西苏里和副总理宋沙万。此外,王立新还会见了琅勃拉邦省省长坎康。\n"
         "访越期间,王立新与河内市委书记阮富清进行了会谈,并参观了当地的工业园区。")


def test_each_meeting_of_a_visit_is_an_event_with_whom_it_met():
    found = _events(VISIT)
    meetings = [(name, people) for name, kind, people in found if kind == "meeting"]
    assert meetings == [("王立新拜会通伦·西苏里和宋沙万", ["王立新", "通伦·西苏里", "宋沙万"]),
                        ("王立新会见坎康", ["王立新", "坎康"]),
                        ("王立新与阮富清会谈", ["王立新", "阮富清"])]


def test_the_persons_met_are_at_the_meetings_not_the_visit():
    visit = _events(VISIT)[0]
    assert visit[1] == "visit" and visit[2] == ["王立新"]


def test_hosts_who_met_apart_have_a_meeting_each():
    text = ("6月3日至5日,日本东京都议会代表团一行来我市访问。"
            "市长刘海涛、市人大常委会主任陈国华分别会见了代表团团长山本一郎。")
    meetings = [(name, people) for name, kind, people in _events(text) if kind == "meeting"]
    assert meetings == [("刘海涛会见山本一郎", ["刘海涛", "山本一郎"]), ("陈国华会见山本一郎", ["陈国华", "山本一郎"])]


def test_a_meeting_named_only_in_passing_is_no_event_of_its_own():
    for text in ("5月6日至8日,市长王立新率团访问日本。王立新在会见山本一郎时表示,两市合作前景广阔。",
                 "5月6日至8日,市长王立新率团访问日本。代表团受到东京都知事山本一郎的会见,双方交换了意见。"):
        assert [kind for _, kind, _ in _events(text)] == ["visit"], text


def test_a_meeting_that_is_the_articles_own_activity_is_not_told_twice():
    text = "8月7日,市长李明在市政府会见了参加第三届经贸洽谈会的台商代表张志强一行。"
    assert len(_events(text)) == 1
