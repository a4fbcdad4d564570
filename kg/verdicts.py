"""Event-merge verdicts kept between builds: a rebuild compares only the pairs of reports that are new.

:func:`kg.events.compare` is a pure function of two reports (and of the code), and whether two reports
are compared at all (``kg.events._candidates``: their dates, names, persons and editions) is decided
by the two alone.  So a pair of reports that are both as they were in the previous build was compared
by it, and gets the same verdict now.  A build leaves beside its outputs (:class:`kg.build.BuildState`)
a digest of each of its reports and the verdicts of its pairs that decide something: ``same`` (pairs
are joined strongest first) or ``hard`` (kept apart by a fact: it blocks a join).  The other verdicts
decide nothing and are not kept; where grouping asks for one all the same (two groups about to join),
it is compared again.  A rebuild then compares only the pairs with a report that is new or changed
(an added article's, or one whose persons resolution now names otherwise), and groups exactly as a
full build does.

    known = KnownVerdicts.of(state.reports, state.verdicts, state.verdicts_code)   # the previous build's
    group_events(records, resolution, known=known)      # compares the new pairs, takes the others
    known.written_reports, known.written                # what this build leaves for the next one

The verdicts taken from before carry no reasons (``kg explain`` compares every pair itself).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields

from kg.events import Report, Verdict, compare

KEPT = "compared by an earlier build"
_FIELDS = tuple(f.name for f in fields(Report))


def report_digest(r: Report) -> str:
    """A digest of every field of ``r`` (the persons in order: a frozenset's order changes with the process)."""
    values = tuple(sorted(v) if isinstance(v, frozenset) else v for v in (getattr(r, f) for f in _FIELDS))
    return hashlib.blake2b(repr(values).encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


@dataclass
class KnownVerdicts:
    """The verdicts of a previous build (``reports``: its reports' digests; ``decisive``: "digest digest" ->
    [same, hard, score] of its pairs that were the same event or kept apart by a fact), and what this build
    leaves for the next one.  ``code`` is the code they were made by (a digest of ``kg``, as
    :func:`kg.build.build_inputs` reads it)."""

    reports: frozenset[str] = frozenset()
    decisive: Mapping[str, list] = field(default_factory=dict)
    code: str = ""
    written_reports: list[str] = field(default_factory=list)
    written: dict[str, list] = field(default_factory=dict)
    compared: int = 0                       # pairs this build compared
    kept: int = 0                           # pairs whose verdict an earlier build gave

    @classmethod
    def of(cls, reports: Iterable[str], decisive: Mapping[str, list], made_by: str, *, code: str) -> KnownVerdicts:
        """What a previous build left (made by the code ``made_by``), for a build by ``code``: nothing when
        the code is another."""
        if made_by != code:
            return cls(code=code)
        return cls(frozenset(reports), decisive, code)

    def verdicts(self, reports: Sequence[Report], pairs: Iterable[tuple[Report, Report]],
                 labels: Mapping[str, str]) -> list[Verdict]:
        """The verdicts of ``pairs`` (candidates among ``reports``) that decide something: taken from the
        previous build where both reports were there, compared otherwise."""
        digests = {r.id: report_digest(r) for r in reports}
        old = self.reports
        out = []
        for a, b in pairs:
            da, db = digests[a.id], digests[b.id]
            key = f"{da} {db}"
            if da in old and db in old:
                self.kept += 1
                found = self.decisive.get(key)
                if found is None:           # compared before, and decided nothing
                    continue
                same, hard, score = found
                v = Verdict(a.id, b.id, same, score, (KEPT,), hard)
            else:
                self.compared += 1
                v = compare(a, b, labels=labels)
            if v.same or v.hard:
                self.written[key] = [v.same, v.hard, v.score]
            out.append(v)
        self.written_reports = sorted(set(digests.values()))
        return out
