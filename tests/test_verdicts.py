"""Event-merge verdicts kept between builds (kg.verdicts): a rebuild compares only the pairs of reports with
a new or changed report, takes the others from the previous build, and groups exactly as a full build does.

The reports are invented: a district paper's and a city paper's reports of one safety meeting and a
session of the district congress's standing committee; then a third report of the meeting and a report
of the committee's next session (another edition: kept apart by a fact).
"""
from __future__ import annotations

from extract import extract_text
from kg.events import group_events
from kg.resolve import resolve
from kg.verdicts import KEPT, KnownVerdicts, report_digest


def article(aid: str, date: str, paper: str, text: str) -> list:
    return extract_text(text, date=date, id=aid, publication=paper, locale="浙江省/杭州市/钱塘区")


SAFETY = "全区安全生产工作会议召开\n本报讯 12日,全区安全生产工作会议召开。区委书记李俊出席会议并讲话,区长陈明主持会议,区领导胡潜、吴刚参加。"
BASE = (article("a1", "2025-03-13", "钱塘日报", SAFETY)
        + article("a2", "2025-03-13", "杭州日报", "钱塘区召开全区安全生产工作会议\n本报讯 12日,钱塘区召开全区安全生产工作会议。"
                                              "区委书记李俊出席会议并讲话,区长陈明主持会议。")
        + article("a3", "2025-03-21", "钱塘日报", "区人大常委会召开会议\n本报讯 20日,区十五届人大常委会第十次会议召开。"
                                              "区人大常委会主任赵平主持会议。"))
MORE = (article("b1", "2025-03-21", "杭州日报", "区人大常委会召开会议\n本报讯 20日,区十五届人大常委会第十一次会议召开。"
                                            "区人大常委会主任赵平主持会议。")
        + article("b2", "2025-03-13", "钱江晚报", "全区安全生产工作会议召开\n本报讯 12日,全区安全生产工作会议召开。"
                                             "区委书记李俊出席,区领导胡潜参加。"))


def grouped(records, known=None):
    return group_events(records, resolve(records), known=known)


def left_by(records) -> KnownVerdicts:
    """What a build of ``records`` leaves for the next one."""
    first = KnownVerdicts(code="code")
    grouped(records, first)
    return KnownVerdicts.of(first.written_reports, first.written, first.code, code="code")


def groups_of(g) -> tuple:
    return g.node_of, g.members, g.names, g.forced, g.warnings


def test_a_rebuild_compares_only_the_pairs_with_a_new_report_and_groups_as_a_full_build():
    known = left_by(BASE)
    assert len(known.decisive) == 1                     # a1 and a2: one meeting
    again = grouped(BASE + MORE, known)
    full = grouped(BASE + MORE)
    assert groups_of(again) == groups_of(full)
    assert len(full.members) == 3 and sorted(map(len, full.members.values())) == [1, 1, 3]
    everything = KnownVerdicts(code="code")
    grouped(BASE + MORE, everything)
    assert (known.kept, known.compared, everything.compared) == (1, 3, 4)
    assert known.written == everything.written and known.written_reports == everything.written_reports
    kept = [v for v in again.verdicts if v.reasons == (KEPT,)]
    assert len(kept) == 1 and kept[0].same


def test_a_kept_verdict_is_taken_as_it_was_not_compared_again():
    known = left_by(BASE)
    (pair,) = known.decisive
    known.decisive[pair] = [False, True, 0.0]          # as if the previous build had kept a1 and a2 apart
    assert len(grouped(BASE, known).members) == 3
    assert known.compared == 0


def test_verdicts_of_other_code_or_of_a_changed_report_are_compared_again():
    first = KnownVerdicts(code="old")
    grouped(BASE, first)
    other_code = KnownVerdicts.of(first.written_reports, first.written, first.code, code="new")
    grouped(BASE, other_code)
    assert (other_code.kept, other_code.compared) == (0, 1)
    # a2 now names another participant: its report is another, and its pair with a1 is compared again
    changed = BASE[:1] + article("a2", "2025-03-13", "杭州日报", "钱塘区召开全区安全生产工作会议\n本报讯 12日,钱塘区召开"
                                 "全区安全生产工作会议。区委书记李俊出席会议并讲话,区长陈明、区领导周文参加。") + BASE[2:]
    known = left_by(BASE)
    assert groups_of(grouped(changed, known)) == groups_of(grouped(changed))
    assert (known.kept, known.compared) == (0, 1)


def test_a_report_digest_does_not_depend_on_the_order_of_its_persons():
    from dataclasses import replace

    (report,) = [r for r in grouped(BASE).reports.values() if r.article == "a1"]
    assert len(report.persons) > 1
    again = replace(report, persons=frozenset(sorted(report.persons, reverse=True)))
    assert report_digest(again) == report_digest(report)
    assert report_digest(replace(report, persons=report.persons - {min(report.persons)})) != report_digest(report)


def test_the_candidates_of_new_reports_are_the_candidate_pairs_with_a_new_report():
    from kg.events import _candidates, _order_key, reports_of

    records = BASE + MORE
    reports = sorted(reports_of(records, resolve(records)), key=_order_key)
    every = _candidates(reports)
    new = {r.id for r in reports if r.article in ("b1", "b2")}
    assert len(every) == 4
    assert _candidates(reports, new) == [(a, b) for a, b in every if a.id in new or b.id in new]
    assert _candidates(reports, {r.id for r in reports}) == every
    assert _candidates(reports, set()) == []
