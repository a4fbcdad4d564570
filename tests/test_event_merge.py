"""One event across reports (kg.events): two papers' reports of one meeting are one event node; the next
edition of a recurring meeting, one leader's two activities on one day and same-named events in two cities
stay apart; alias rows force either; kg explain --event says why; ids are stable; the event page lists
every report.  All reports here are invented.
"""
from __future__ import annotations

import json
import random
from dataclasses import replace

import pytest

from extract import ArticleRecord, EventKind, extract_text
from extract.records import Article, Event, Participant, Person, Place, Role
from kg.aliases import parse_aliases
from kg.build import graph_of, resolved
from kg.events import compare, editions, group_events, report_id
from kg.explain import explain_event
from kg.resolve import resolve


def report(aid: str, published: str, name: str, people: tuple[str, ...], *, kind: EventKind = EventKind.MEETING,
           on: str | None = None, headline: str | None = None, publication: str = "某某日报",
           place: tuple[str | None, str | None, str | None] | None = None, lead: str | None = None,
           title: str | None = None) -> ArticleRecord:
    """An invented article reporting one event ``name`` held ``on`` (its own date) by ``people`` (the first
    with ``title``), its body opening with ``lead`` (default: the name)."""
    headline = headline or name
    body = f"{lead or name}。{'、'.join(people)}出席。"
    text = f"{headline}\n{body}"
    start = len(headline) + 1 + len(lead or name) + 1
    persons, participants = [], []
    for i, n in enumerate(people):
        at = text.index(n, start)
        persons.append(Person(n, roles=(Role("出席", (at, at + len(n))),), spans=((at, at + len(n)),)))
        participants.append(Participant(n, ("出席",), i + 1, title=title if i == 0 else None, span=(at, at + len(n))))
    event = Event(name, kind, date=on, participants=tuple(participants), span=(len(headline) + 1, start))
    article = Article(id=aid, source=aid, text=text, source_span=(0, len(text)), headline=headline,
                      date=published, publication=publication, body_start=len(headline) + 1)
    return ArticleRecord(article, persons=tuple(persons), events=(event,),
                         place=Place(*place) if place else None)


LEADERS = ("张建华", "李明远", "王晓东")
OPENING_A = report("city-daily-0310#2", "2025-03-10", "某市政协十四届四次会议开幕", LEADERS, kind=EventKind.SESSION,
                   on="2025-03-09", headline="某市政协十四届四次会议开幕", publication="某市日报")
OPENING_B = report("county-site-0309", "2025-03-09", "政协某市第十四届委员会第四次会议隆重开幕", LEADERS[:2],
                   kind=EventKind.SESSION, on="2025-03-09", publication="某县融媒体中心")


def groups_of(records, aliases=None):
    records = list(records)
    return group_events(records, resolve(records), aliases=aliases)


def same(groups, a: ArticleRecord, b: ArticleRecord) -> bool:
    return groups.node(a.article.id, 1) == groups.node(b.article.id, 1)


# -- merged and kept apart ------------------------------------------------------------------------------

def test_two_papers_a_day_apart_one_event_node_with_both_reports():
    built = graph_of([OPENING_A, OPENING_B])
    G = built.graph
    events = [n for n, d in G.nodes(data=True) if d["type"] == "event"]
    assert len(events) == 1
    node = events[0]
    reported = sorted(d["article"] for _, _, d in G.out_edges(node, data=True) if d["rel"] == "reported_in")
    assert reported == ["city-daily-0310#2", "county-site-0309"]
    d = G.nodes[node]
    assert d["n_reports"] == 2 and d["date"] == "2025-03-09" and d["event_type"] == "session"
    # the first report (by publication date) gives the id, the article and the label
    assert node == report_id("county-site-0309", 1, "政协某市第十四届委员会第四次会议隆重开幕")
    assert d["article"] == "county-site-0309"
    # one attended edge per person, the roles of both reports, every report that placed them there
    attended = [(u, e) for u, _, e in G.in_edges(node, data=True) if e["rel"] == "attended"]
    assert len(attended) == 3
    zhang = next(e for u, e in attended if G.nodes[u]["label"] == "张建华")
    assert zhang["articles"] == ["county-site-0309", "city-daily-0310#2"] and zhang["article"] == "county-site-0309"


def test_end_to_end_extracted_reports_of_one_meeting_are_one_event():
    a = extract_text("本报讯 25日,市委书记刘非出席全市安全生产工作会议。", date="2025-09-26",
                     locale="浙江省/杭州市", id="paper-a")
    b = extract_text("25日,全市安全生产工作会议召开,市委书记刘非出席并讲话。", date="2025-09-25",
                     locale="浙江省/杭州市", id="site-b")
    groups = groups_of(a + b)
    assert a[0].events and b[0].events
    assert groups.node("paper-a", 1) == groups.node("site-b", 1)


def test_next_edition_of_a_recurring_meeting_stays_apart():
    tenth = report("a", "2025-06-12", "某区政协九届委员会第十次主席会议", LEADERS, on="2025-06-11")
    eleventh = report("b", "2025-06-12", "某区政协九届委员会第十一次主席会议", LEADERS, on="2025-06-12")
    groups = groups_of([tenth, eleventh])
    assert not same(groups, tenth, eleventh)
    v = compare(groups.reports[report_id("a", 1, tenth.events[0].name)],
                groups.reports[report_id("b", 1, eleventh.events[0].name)])
    assert not v.same and v.reasons[0] == "the names give other editions: 次 10 and 11"


@pytest.mark.parametrize("name, expected", [
    ("某区政协九届委员会第二十次主席会议", {"届": {9}, "次": {20}}),
    ("某市十七届人大三次会议", {"届": {17}, "次": {3}}),
    ("2025年某某对话会", {"年": {2025}}),
    ("首届某某论坛", {"届": {1}}),
    ("某市安全生产工作会议", {}),
])
def test_editions_read_from_names(name, expected):
    assert {k: set(v) for k, v in editions(name).items()} == expected


def test_opening_and_closing_of_one_session_stay_apart():
    opening = report("a", "2025-03-09", "某市政协十四届四次会议开幕", LEADERS, on="2025-03-09")
    closing = report("b", "2025-03-10", "某市政协十四届四次会议闭幕", LEADERS, on="2025-03-10")
    assert not same(groups_of([opening, closing]), opening, closing)


def test_one_leaders_two_activities_on_one_day_stay_apart():
    inspects = report("a", "2025-05-08", "张建华调研某县安全生产工作", ("张建华", "赵立新"),
                      kind=EventKind.INSPECTION, on="2025-05-07")
    receives = report("b", "2025-05-08", "张建华会见某国驻华大使一行", ("张建华", "赵立新"),
                      kind=EventKind.RECEPTION, on="2025-05-07")
    groups = groups_of([inspects, receives])
    assert not same(groups, inspects, receives)
    v = next(v for v in groups.verdicts if {v.a, v.b} == set(groups.reports))
    assert "persons in common, but the names tell of other activities" in v.reasons


def test_one_leaders_two_activities_with_long_titles_in_the_leads_stay_apart():
    # the leads share the leader's title chain and the paper's dateline, not the activity
    chain = "省委常委、市委书记"
    inspects = report("a", "2025-05-08", "张建华调研某县", ("张建华", "赵立新"), kind=EventKind.INSPECTION,
                      on="2025-05-07", title=chain, headline="张建华到某县调研",
                      lead=f"本报讯(记者 周明)7日,{chain}张建华到某县调研安全生产工作")
    receives = report("b", "2025-05-08", "张建华会见客人", ("张建华", "赵立新"), kind=EventKind.RECEPTION,
                      on="2025-05-07", title=chain, headline="张建华会见某国客人",
                      lead=f"本报讯(记者 周明)7日,{chain}张建华会见某国驻华大使一行")
    inspects = replace(inspects, article=replace(inspects.article, dateline="本报讯"))
    receives = replace(receives, article=replace(receives.article, dateline="本报讯"))
    assert not same(groups_of([inspects, receives]), inspects, receives)


def test_same_day_same_place_other_activity_stays_apart():
    forum = report("a", "2025-04-02", "某某区数字经济发展论坛", ("孙志强",), kind=EventKind.FORUM, on="2025-04-01")
    signing = report("b", "2025-04-02", "某某区重大项目集中签约仪式", ("钱国平",), kind=EventKind.SIGNING,
                     on="2025-04-01")
    assert not same(groups_of([forum, signing]), forum, signing)


def test_same_named_events_in_two_cities_stay_apart():
    hz = report("hz", "2025-04-15", "全民国家安全教育日宣传活动", ("周海涛",), publication="杭州日报",
                place=("浙江省", "杭州市", None), on="2025-04-15")
    nb = report("nb", "2025-04-15", "全民国家安全教育日宣传活动", ("吴春来",), publication="宁波日报",
                place=("浙江省", "宁波市", None), on="2025-04-15")
    groups = groups_of([hz, nb])
    assert not same(groups, hz, nb)
    v = groups.verdicts[0]
    assert v.reasons[0] in ("places conflict: 浙江省/杭州市 and 浙江省/宁波市",
                            "places conflict: 浙江省/宁波市 and 浙江省/杭州市")


def test_reports_three_days_apart_stay_apart():
    a = report("a", "2025-03-01", "某市安全生产工作会议", LEADERS, on="2025-03-01")
    b = report("b", "2025-03-04", "某市安全生产工作会议", LEADERS, on="2025-03-04")
    assert not same(groups_of([a, b]), a, b)


def test_two_activities_of_one_article_stay_apart_and_a_report_of_one_joins_it():
    rec = report("a", "2025-05-08", "张建华调研某县安全生产工作", ("张建华", "赵立新"), kind=EventKind.INSPECTION,
                 on="2025-05-07")
    other = Event("张建华会见某国驻华大使一行", EventKind.RECEPTION, date="2025-05-07",
                  participants=rec.events[0].participants)
    double = ArticleRecord(rec.article, rec.persons, events=(rec.events[0], other))
    site = report("b", "2025-05-07", "张建华到某县调研安全生产工作", ("张建华", "赵立新"), kind=EventKind.INSPECTION,
                  on="2025-05-07", publication="某县融媒体中心")
    groups = groups_of([double, site])
    assert groups.node("a", 1) != groups.node("a", 2)
    assert groups.node("b", 1) == groups.node("a", 1)


def test_one_article_naming_one_session_twice_gives_one_event():
    rec = report("a", "2025-03-10", "某市政协十四届四次会议开幕", LEADERS, on="2025-03-09")
    double = ArticleRecord(rec.article, rec.persons, events=rec.events + rec.events)
    groups = groups_of([double, OPENING_B])
    assert groups.node("a", 1) == groups.node("a", 2) == groups.node("county-site-0309", 1)


# -- the alias file ------------------------------------------------------------------------------------

def test_alias_rows_merge_and_split_events():
    first = report("a", "2025-05-08", "某县招商引资推介活动", ("张建华",), on="2025-05-07")
    other = report("b", "2025-05-08", "某县重点产业项目对接会", ("李明远",), on="2025-05-07")
    ida, idb = (report_id(r.article.id, 1, r.events[0].name) for r in (first, other))
    assert not same(groups_of([first, other]), first, other)
    merged = groups_of([first, other], parse_aliases(f"action,entity,value,note\nmerge,{ida},{idb},one event\n"))
    assert same(merged, first, other)
    assert merged.forced == (f"{ida} and {idb} merged by aliases.csv:2 (one event)",)

    ida, idb = (report_id(r.article.id, 1, r.events[0].name) for r in (OPENING_A, OPENING_B))
    assert same(groups_of([OPENING_A, OPENING_B]), OPENING_A, OPENING_B)
    for value in (idb, "county-site-0309"):            # a report's id, or the article
        split = groups_of([OPENING_A, OPENING_B], parse_aliases(f"action,entity,value,note\nsplit,{ida},{value},\n"))
        assert not same(split, OPENING_A, OPENING_B)


def test_alias_event_rows_do_not_reach_person_resolution_and_unknown_ids_warn():
    aliases = parse_aliases("action,entity,value,note\nmerge,event:000000000000,event:111111111111,\n"
                            "rename,张建华,张建华(某市),\n")
    r = resolved([OPENING_A, OPENING_B], aliases=aliases)
    assert r.warnings == ["aliases.csv:2: merge names 'event:000000000000', which is no event; "
                          "check the id with kg explain --event"]
    assert "张建华(某市)" in {e.name for e in r.resolution.persons.values()}


def test_alias_rename_names_the_event_node():
    ida = report_id(OPENING_B.article.id, 1, OPENING_B.events[0].name)
    aliases = parse_aliases(f"action,entity,value,note\nrename,{ida},某市政协十四届四次会议\n")
    G = graph_of([OPENING_A, OPENING_B], aliases=aliases).graph
    assert [d["label"] for _, d in G.nodes(data=True) if d["type"] == "event"] == ["某市政协十四届四次会议"]


# -- kg explain --event -------------------------------------------------------------------------------

def test_explain_event_says_why_reports_were_merged_and_kept_apart():
    eleventh = report("c", "2025-03-10", "某市政协十四届四次会议第十一次主席会议", LEADERS, on="2025-03-09")
    r = resolved([OPENING_A, OPENING_B, eleventh])
    labels = {pid: e.name for pid, e in r.resolution.persons.items()}
    lines = explain_event("四次会议", r.events, labels=labels)
    text = "\n".join(lines)
    assert lines[0] == "四次会议: 2 events"
    assert "2 reports" in text and "city-daily-0310#2" in text and "county-site-0309" in text
    assert "why one event:" in text and "names agree" in text and "person(s) attended both: 张建华、李明远" in text
    assert "kept apart:" in text
    assert explain_event("event:ffffffffffff", r.events) == ["event:ffffffffffff: no event of that name or id"]
    node = r.events.node("c", 1)
    assert explain_event(node, r.events)[0] == f"{node}: 1 event"


def test_cli_explain_event(tmp_path, capsys):
    from kg.cli import main

    rows = [{"id": "paper-a", "text": "全市安全生产工作会议召开\n本报讯 25日,市委书记刘非出席全市安全生产工作会议。",
             "date": "2025-09-26", "locale": "浙江省/杭州市"},
            {"id": "site-b", "text": "25日,全市安全生产工作会议召开,市委书记刘非出席并讲话。",
             "date": "2025-09-25", "locale": "浙江省/杭州市"}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = str(tmp_path / "store.sqlite")
    assert main(["add", str(src), "--db", db, "-j", "1", "-q"]) == 0
    capsys.readouterr()
    assert main(["explain", "--event", "安全生产", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("安全生产: 1 event") and "2 reports" in out and "paper-a" in out and "site-b" in out
    assert main(["explain", "--event", "没有这个活动", "--db", db]) == 1
    assert "no event in the store" in capsys.readouterr().err
    assert main(["explain", "--db", db]) == 2


# -- ids -----------------------------------------------------------------------------------------------

def test_event_ids_are_stable_across_runs_input_order_and_unrelated_articles():
    eleventh = report("c", "2025-03-10", "某市政协十四届四次会议第十一次主席会议", LEADERS, on="2025-03-09")
    records = [OPENING_A, OPENING_B, eleventh]

    def nodes(recs):
        G = graph_of(recs).graph
        return sorted(n for n, d in G.nodes(data=True) if d["type"] == "event")

    before = nodes(records)
    assert len(before) == 2
    shuffled = records[:]
    random.Random(7).shuffle(shuffled)
    assert nodes(shuffled) == before
    unrelated = report("d", "2025-07-01", "某县防汛工作会议", ("陈海波",), on="2025-07-01")
    assert set(before) <= set(nodes(records + [unrelated]))
    assert nodes(records) == before


# -- the explorer --------------------------------------------------------------------------------------

def test_event_page_lists_every_report(tmp_path):
    from kg.export.site import write_site
    from kg.export.site.paths import page_path

    G = graph_of([OPENING_A, OPENING_B]).graph
    write_site(G, tmp_path)
    node = next(n for n, d in G.nodes(data=True) if d["type"] == "event")
    html = (tmp_path / page_path(G.nodes[node], node)).read_text(encoding="utf-8")
    assert "报道 Reports <small>2</small>" in html
    assert html.count('<article class="source">') == 2
    first, second = html.index("政协某市第十四届委员会第四次会议隆重开幕</h3>"), html.index("某市政协十四届四次会议开幕</h3>")
    assert first < second                           # the first report first
    assert "某县融媒体中心" in html and "某市日报" in html
