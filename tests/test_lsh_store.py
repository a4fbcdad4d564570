"""The near-duplicate look-up kept in the store (``lsh_bands``): the same candidates, pairs and groups
as datasketch's in-memory MinHash LSH index of every stored signature, at a cost that does not grow
with the store; old stores upgraded once.  Every text here is invented."""
from __future__ import annotations

import random
import sqlite3

import datasketch
import numpy
import pytest

from extract.ingest import normalise
from extract.pipeline import ExtractConfig
from extract.records import Source
from kg import neardup
from kg.cli import main
from kg.incremental import add_sources
from kg.store import SCHEMA_VERSION, Store

CONFIG = ExtractConfig()

PLACES = ["青禾县", "松溪区", "临川镇", "白鹭湾新区", "云岭乡", "石门市", "泉港区", "枫林街道", "柳塘村", "金沙县"]
SURNAMES = "李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "明华建国志强秀兰海燕立新振宇晓东文博春来永清玉梅德胜"
POSTS = ["县委书记", "区长", "副市长", "镇党委书记", "街道办事处主任", "乡长", "县委副书记", "区委常委"]
TOPICS = ["乡村振兴", "安全生产", "防汛备汛", "营商环境", "生态保护", "义务教育", "基层医疗", "农村公路",
          "河湖治理", "老旧小区改造", "冬季供暖", "粮食生产"]
DOINGS = ["压实属地责任", "加快项目建设进度", "完善长效管理机制", "畅通群众反映渠道", "补齐基础设施短板",
          "做好资金保障", "强化督查考核", "抓好问题整改", "推动政策落地见效", "提升服务水平"]
SAYINGS = ["会议听取了{org}关于{topic}工作情况的汇报。", "与会人员围绕{topic}进行了深入讨论。",
           "{name}指出,{topic}事关群众切身利益,必须{doing}。", "会议要求各部门{doing},{doing2}。",
           "{name}强调,要以{topic}为抓手,{doing},确保各项任务按期完成。",
           "会上,{org}负责同志作了表态发言。", "{place}有关部门主要负责同志参加会议。"]
ORGS = ["县发展改革局", "区住房城乡建设局", "市水利局", "镇农业农村办", "县教育局", "区卫生健康局"]


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.randint(1, 2)))


def _sentence(rng: random.Random, place: str, name: str, topic: str) -> str:
    return rng.choice(SAYINGS).format(org=rng.choice(ORGS), topic=rng.choice([topic, rng.choice(TOPICS)]),
                                      name=name, doing=rng.choice(DOINGS), doing2=rng.choice(DOINGS), place=place)


def _article(rng: random.Random) -> list[str]:
    place, name, topic = rng.choice(PLACES), _name(rng), rng.choice(TOPICS)
    first = f"本报讯 {rng.randint(1, 28)}日,{place}{rng.choice(POSTS)}{name}主持召开{topic}工作推进会。"
    return [first] + [_sentence(rng, place, name, topic) for _ in range(rng.randint(3, 6))]


def _edited(rng: random.Random, sentences: list[str]) -> list[str]:
    """A repost: a word changed, a sentence dropped or added, or half of it rewritten (no longer a copy)."""
    out = list(sentences)
    how = rng.random()
    if how < 0.3:
        i = rng.randrange(len(out))
        out[i] = out[i].replace("会议", "会上", 1).replace("要", "需", 1)
    elif how < 0.55:
        out.pop(rng.randrange(1, len(out)))
    elif how < 0.75:
        out.insert(rng.randrange(1, len(out) + 1), _sentence(rng, rng.choice(PLACES), _name(rng), rng.choice(TOPICS)))
    else:
        for i in rng.sample(range(1, len(out)), k=max(1, (len(out) - 1) // 2)):
            out[i] = _sentence(rng, rng.choice(PLACES), _name(rng), rng.choice(TOPICS))
    return out


def invented_corpus(n: int = 240, *, seed: int = 7) -> list[tuple[str, str, str]]:
    """(id, text, date) of ``n`` invented reports; about a third repost an earlier one with an edit,
    some a month or more later; a few are one-line briefs too short to compare."""
    rng = random.Random(seed)
    made: list[tuple[str, list[str], int]] = []
    out = []
    for i in range(n):
        if made and rng.random() < 0.35:
            _, original, day = rng.choice(made)
            sentences, day = _edited(rng, original), day + rng.choice([0, 0, 1, 3, 20, 45])
        elif rng.random() < 0.04:
            sentences, day = [f"{rng.choice(PLACES)}召开{rng.choice(TOPICS)}会议。"], rng.randrange(60)
        else:
            sentences, day = _article(rng), rng.randrange(60)
        made.append((f"r{i:03d}", sentences, day))
        date = f"2025-{3 + day // 28:02d}-{1 + day % 28:02d}"
        out.append((f"r{i:03d}.txt", "".join(sentences), date))
    return out


def source(id: str, text: str, *, date: str | None = None) -> Source:
    norm, offsets = normalise(text)
    return Source(id=id, origin=id, text=norm, raw=text, offsets=offsets, date=date)


def datasketch_index(store: Store):
    """The look-up as it was before the store kept the bands: datasketch's in-memory MinHash LSH of every
    stored signature (threshold and permutations of kg.neardup), and each article's date."""
    lsh = datasketch.MinHashLSH(threshold=neardup.LSH_THRESHOLD, num_perm=neardup.NUM_PERM)
    dates = {}
    for aid, sig, date in store._rows("SELECT id, signature, date FROM articles WHERE signature IS NOT NULL"):
        lsh.insert(aid, _minhash(sig))
        dates[aid] = date
    return lsh, dates


def _minhash(sig: bytes):
    values = numpy.frombuffer(sig, dtype="<u4").astype(numpy.uint32)
    return datasketch.LeanMinHash(seed=1, hashvalues=values, scheme=neardup.SCHEME)


def bands_agree(db) -> bool:
    """Whether lsh_bands holds exactly the bands of the stored signatures (``db``: a path)."""
    conn = sqlite3.connect(db)
    try:
        want = {(band, sig[20 * band:20 * band + 20], row)
                for row, sig in conn.execute("SELECT rowid, signature FROM articles WHERE signature IS NOT NULL")
                for band in range(neardup.BANDS)}
        return set(conn.execute("SELECT band, key, article FROM lsh_bands")) == want
    finally:
        conn.close()


@pytest.fixture(scope="module")
def corpus():
    return invented_corpus()


@pytest.fixture(scope="module")
def stored(corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("lsh") / "store.sqlite"
    with Store.open(path) as s:
        list(add_sources(s, [source(i, t, date=d) for i, t, d in corpus], CONFIG))
    return path


def test_the_bands_are_datasketchs_for_the_threshold():
    lsh = datasketch.MinHashLSH(threshold=neardup.LSH_THRESHOLD, num_perm=neardup.NUM_PERM)
    assert (lsh.b, lsh.r) == (neardup.BANDS, neardup.ROWS)
    assert neardup.BANDS * neardup.ROWS * 4 <= 4 * neardup.NUM_PERM


def test_the_invented_corpus_has_copies_and_candidates_that_are_not(stored):
    with Store.open(stored) as s:
        lsh, _ = datasketch_index(s)
        sigs = s._rows("SELECT id, signature FROM articles WHERE signature IS NOT NULL")
        candidates = {(a, c) for a, sig in sigs for c in lsh.query(_minhash(sig)) if a < c}
        pairs = {(a, b) for a, b, _ in s.near_duplicate_pairs()}
        assert 200 < len(sigs) < s.count_articles()              # some briefs have no signature
    assert len(pairs) >= 40 and len(candidates - pairs) >= 20        # copies, and look-alikes that are not


def test_stored_candidates_are_those_of_datasketchs_index(stored):
    with Store.open(stored) as s:
        lsh, dates = datasketch_index(s)
        for aid, sig in s._rows("SELECT id, signature FROM articles WHERE signature IS NOT NULL"):
            expected = sorted((c, dates[c]) for c in lsh.query(_minhash(sig)))
            assert s.near_candidates(sig) == expected, aid
        for aid, sig in s._rows("SELECT id, signature FROM articles WHERE signature IS NOT NULL LIMIT 40"):
            other = bytes(reversed(sig))                              # a text that is stored nowhere
            assert [c for c, _ in s.near_candidates(other)] == sorted(lsh.query(_minhash(other)))


def test_pairs_and_groups_are_those_of_datasketchs_index(corpus, stored, tmp_path, monkeypatch):
    """The same inputs added with the look-up done as before (an index of every stored signature,
    built again for each article) give the same pairs, similarities and groups."""
    def as_before(self, sig):
        lsh, dates = datasketch_index(self)
        return sorted((c, dates[c]) for c in lsh.query(_minhash(sig)))

    monkeypatch.setattr(Store, "near_candidates", as_before)
    with Store.open(tmp_path / "before.sqlite") as s:
        list(add_sources(s, [source(i, t, date=d) for i, t, d in corpus], CONFIG))
        before = (s.near_duplicate_pairs(), s.duplicates())
    monkeypatch.undo()
    with Store.open(stored) as s:
        assert (s.near_duplicate_pairs(), s.duplicates()) == before
    assert len(set(before[1].values())) >= 20


def test_the_articles_of_one_source_are_compared_with_each_other(tmp_path):
    report = invented_corpus(1, seed=11)[0][1]
    copy = report.replace("会议", "会上", 1)
    with Store.open(tmp_path / "store.sqlite") as s:
        (added,) = add_sources(s, [source("page.txt", report + "\n\n" + copy)], CONFIG)
        records = s.records()
        if len(records) != 2:
            pytest.skip("the page is read as one article")
        assert added.duplicates == 1


def test_bands_follow_every_write_and_delete_of_an_article(corpus, tmp_path):
    path = tmp_path / "store.sqlite"
    first = [source(i, t, date=d) for i, t, d in corpus[:30]]
    with Store.open(path) as s:
        list(add_sources(s, first, CONFIG))
        assert bands_agree(path)
        changed = [source(x.id, x.raw + "会议还研究了其他事项。", date=x.date) for x in first[:10]]
        assert {a.status for a in add_sources(s, changed, CONFIG)} == {"changed"}
        assert bands_agree(path)
        with s._transaction() as db:                    # a source deleted: its articles go by cascade
            db.execute("DELETE FROM sources WHERE id = ?", (first[12].id,))
        assert bands_agree(path)
        n = s._rows("SELECT count(*) FROM articles WHERE signature IS NOT NULL")[0][0]
        assert s._rows("SELECT count(*) FROM lsh_bands")[0][0] == neardup.BANDS * n


def _downgrade(path) -> None:
    """Make ``path`` the schema 1 store that the release before this one wrote: no bands."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript("DROP TRIGGER articles_lsh_insert; DROP TRIGGER articles_lsh_delete; DROP TABLE lsh_bands;"
                       "PRAGMA user_version = 1;")
    conn.close()


def test_an_old_store_gets_its_bands_once_and_finds_copies_of_what_it_held(corpus, tmp_path, capsys):
    path = tmp_path / "store.sqlite"
    with Store.open(path) as s:
        list(add_sources(s, [source(i, t, date=d) for i, t, d in corpus[:60]], CONFIG))
        pairs = s.near_duplicate_pairs()
    _downgrade(path)
    report = next(t for _, t, _ in corpus[:60] if neardup.signature(t))
    (tmp_path / "copy.txt").write_text(report.replace("会议", "会上", 1), encoding="utf-8")
    assert main(["add", str(tmp_path / "copy.txt"), "--db", str(path), "-q"]) == 0
    err = capsys.readouterr().err
    assert err == (f"kg: {path}: upgraded to schema 2 (near-duplicate look-up keys written for its "
                   "articles, once)\n")
    assert bands_agree(path)
    with Store.open(path) as s:
        assert s.notices == []                                      # once
        assert s._rows("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        new = [p for p in s.near_duplicate_pairs() if p not in pairs]
        assert len(new) >= 1 and all("copy.txt" in p[0] + p[1] for p in new)
        assert set(pairs) <= set(s.near_duplicate_pairs())          # nothing stored was lost


def test_an_old_store_can_be_read_before_it_is_upgraded(corpus, tmp_path, capsys):
    path = tmp_path / "store.sqlite"
    with Store.open(path) as s:
        list(add_sources(s, [source(i, t, date=d) for i, t, d in corpus[:10]], CONFIG))
    _downgrade(path)
    assert main(["stats", "--db", str(path)]) == 0
    assert "upgraded" not in capsys.readouterr().err
    with Store.open(path, readonly=True) as s:
        assert s.count_articles() == 10 and s.stats().schema_version == 1


def test_looking_up_a_new_article_costs_the_same_in_a_small_and_a_large_store(corpus, stored, tmp_path):
    """SQLite work (virtual machine steps) of adding one report: a store of 20 articles and one of 240."""
    small = tmp_path / "small.sqlite"
    with Store.open(small) as s:
        list(add_sources(s, [source(i, t, date=d) for i, t, d in corpus[:20]], CONFIG))
    new = source("new.txt", invented_corpus(1, seed=99)[0][1], date="2025-03-02")

    def steps(path) -> int:
        with Store.open(path) as s:
            counted = [0]

            def count():
                counted[0] += 1
            s._conn.set_progress_handler(count, 100)
            list(add_sources(s, [new], CONFIG))
            s._conn.set_progress_handler(None, 0)
            return counted[0]

    assert steps(stored) < 1.5 * steps(small)
