"""An event that lists a roll of names gets no pairwise co-attendance: its members stay linked through the event."""
from __future__ import annotations

import itertools

import networkx as nx
import pytest

from extract import extract_text
from kg import analytics
from kg.export.site import person as person_page
from kg.graph import MAX_PAIRED_ATTENDEES, build_graph

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "建国明华伟强军平东海文斌志刚涛勇杰峰磊超"


def invented_names(n: int) -> list[str]:
    """``n`` distinct invented three-character names."""
    return ["".join(t) for t in itertools.islice(itertools.product(SURNAMES, GIVEN, GIVEN), n)]


def meeting(n: int) -> nx.MultiDiGraph:
    names = "、".join(invented_names(n))
    text = f"全市干部大会召开\n本报讯 25日,全市干部大会召开。市领导{names}出席。"
    return build_graph(extract_text(text, date="2025-09-26"))


def event_of(G: nx.MultiDiGraph) -> str:
    (event,) = [n for n, d in G.nodes(data=True) if d["type"] == "event"]
    return event


def co_attended(G: nx.MultiDiGraph) -> list[tuple[str, str]]:
    return [(u, v) for u, v, d in G.edges(data=True) if d["rel"] == "co_attended"]


def test_a_roll_of_200_names_has_no_pairs_and_the_event_says_so():
    G = meeting(200)
    event = event_of(G)
    attendees = {u for u, _, d in G.in_edges(event, data=True) if d["rel"] == "attended"}
    assert len(attendees) == 200
    assert G.nodes[event]["pairs_omitted"] is True
    assert G.nodes[event]["n_attendees"] == 200
    assert co_attended(G) == []
    assert analytics.co_attendance(G, n_samples=20) == {}
    assert analytics.co_attendance_graph(G).number_of_edges() == 0
    assert analytics.precedence(G) == {}
    H = analytics.annotate(G, n_samples=20)
    assert co_attended(H) == []


def test_a_meeting_of_20_keeps_its_pairs():
    G = meeting(20)
    event = event_of(G)
    assert "pairs_omitted" not in G.nodes[event] and "n_attendees" not in G.nodes[event]
    assert len(co_attended(G)) == 20 * 19 // 2
    assert len(analytics.co_attendance(G, n_samples=20)) == 20 * 19 // 2
    assert len(analytics.precedence(G)) == 20 * 19 // 2


@pytest.mark.parametrize("n, omitted", [(MAX_PAIRED_ATTENDEES, False), (MAX_PAIRED_ATTENDEES + 1, True)])
def test_the_bound_is_the_named_constant(n, omitted):
    G = meeting(n)
    assert bool(G.nodes[event_of(G)].get("pairs_omitted")) is omitted
    assert len(co_attended(G)) == (0 if omitted else n * (n - 1) // 2)


def test_the_explorer_shows_a_roll_through_its_event_only():
    G = meeting(200)
    someone = next(n for n, d in G.nodes(data=True) if d["type"] == "person")
    ego = person_page.ego_network(G, someone)
    assert {n["id"] for n in ego["nodes"]} == {someone, event_of(G)}
    assert person_page.co_attendees(G, someone) == []
    (row,) = person_page.events(G, someone)
    assert (row["co"], row["more"]) == ([], 199)
