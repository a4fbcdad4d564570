"""Event-merge verdicts kept between builds: a rebuild compares only the pairs of reports that are new.

:func:`kg.events.compare` is a pure function of two reports (and of the code), and whether two reports
are compared at all (``kg.events._candidates``: their dates, names, persons and editions) is decided
by the two alone.  So a pair of reports that are both as they were in the previous build was compared
by it, and gets the same verdict now.  A build leaves beside its outputs (:class:`kg.build.BuildState`)
a digest of each of its reports and the verdicts of its pairs that decide something: ``same`` (pairs
are joined strongest first) or ``hard`` (kept apart by a fact: it blocks a join).  The other verdicts
decide nothing and are not kept; where grouping asks for one all the same (two groups about to join),
it is compared again.  A rebuild looks for candidates only among the pairs with a report that is new
or changed (an added article's, or one whose persons resolution now names otherwise), compares them,
takes the kept verdicts of the others, and groups exactly as a full build does.

    known = KnownVerdicts.of(state.reports, state.verdicts, state.verdicts_code, code=...)  # the previous build's
    group_events(records, resolution, known=known)      # compares the new pairs, takes the others
    known.written_reports, known.written                # what this build leaves for the next one

The verdicts taken from before carry no reasons (``kg explain`` compares every pair itself).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
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
    kept: int = 0                           # verdicts an earlier build gave (those that decide)

    @classmethod
    def of(cls, reports: Iterable[str], decisive: Mapping[str, list], made_by: str, *, code: str) -> KnownVerdicts:
        """What a previous build left (made by the code ``made_by``), for a build by ``code``: nothing when
        the code is another."""
        if made_by != code:
            return cls(code=code)
        return cls(frozenset(reports), decisive, code)

    def verdicts(self, reports: Sequence[Report], candidates: Callable[[Set[str]], Iterable[tuple[Report, Report]]],
                 labels: Mapping[str, str]) -> list[Verdict]:
        """The verdicts that decide among ``reports``: those of the previous build whose two reports are
        as they were, and the verdicts of the pairs with a report that is not (``candidates(new)``: the
        pairs worth comparing with at least one report of the ids ``new``), compared here."""
        digests = {r.id: report_digest(r) for r in reports}
        old = {d: r for r in reports if (d := digests[r.id]) in self.reports}
        out = []
        for key, (same, hard, score) in self.decisive.items():
            da, _, db = key.partition(" ")
            a, b = old.get(da), old.get(db)
            if a is not None and b is not None:         # a candidate pair then, so one now
                self.kept += 1
                self.written[key] = [same, hard, score]
                out.append(Verdict(a.id, b.id, same, score, (KEPT,), hard))
        for a, b in candidates({rid for rid, d in digests.items() if d not in old}):
            self.compared += 1
            v = compare(a, b, labels=labels)
            if v.same or v.hard:
                self.written[f"{digests[a.id]} {digests[b.id]}"] = [v.same, v.hard, v.score]
            out.append(v)
        self.written_reports = sorted(digests.values())
        return out
