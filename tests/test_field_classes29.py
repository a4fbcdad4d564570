"""Error classes found in round 29 on field-dev (batches 50-55 among them), each closed here on invented text
written as real pages print it.
"""
from __future__ import annotations

from extract import extract_text


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.kind.value) for r in extract_text(text) for o in r.organizations]


# --- outlets named after a body or with their channel (issue 17: organizations) --------------------------

def test_a_portal_named_after_a_government_is_one_outlet():
    found = _orgs("据中央政府门户网站消息,省政府办公厅近日印发了实施方案。")
    assert ("中央政府门户网站", "media") in found
    assert all(name != "中央政府" for name, _ in found)


def test_an_outlets_channel_joins_its_name_but_two_outlets_stay_two():
    found = _orgs("本报讯 东海新闻网东海日报联合举办的读者见面会昨日在市图书馆举行,东海日报客户端全程直播。")
    names = [name for name, _ in found]
    assert "东海日报客户端" in names
    assert "东海新闻网东海日报" not in names and "东海新闻网" in names
