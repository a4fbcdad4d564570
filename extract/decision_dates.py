"""The date of each decision a notice of appointments states (``extract.appointments``).

    DecisionDates(text, issue, vocab).at(pos)  -> (date, whether the text states it)
"""
from __future__ import annotations

from extract import dates
from extract.vocab import Vocabulary

# Dates that are not a decision's: 1975年6月生, 由4月15日起, 至2013年6月30日, 将于20日.
_DATE_AFTER_NOT = ("生", "出生", "起", "至", "生效", "到")
_DATE_BEFORE_NOT = ("由", "自", "至")


class DecisionDates:
    """The date of a decision: the last date written before it (the session's: 3月5日,市人大常委会第三十次
    会议决定), else a date line closing the notice (its date of issue), else the publication date.  Dates
    of birth, of a term (任期由4月15日起, 由下月1日起生效), to come (将于20日) or after the publication
    are no decision's."""

    def __init__(self, text: str, issue: str | None, vocab: Vocabulary):
        self.issue = issue
        if issue is None:
            # no publication date given: the first full date written (2023年03月13日) stands in for it
            issue = next((d.date for d in dates.find_event_dates(text, None, words=vocab.date_words) if d.date), None)
        self.found = [d for d in dates.find_event_dates(text, issue, words=vocab.date_words)
                      if d.date and not _not_decided(text, d, issue)]
        tail = [d for d in self.found if text[d.span[1]:d.span[1] + 1] in ("\n", "") and
                (d.span[0] == 0 or text[d.span[0] - 1] == "\n")]
        self.closing = tail[-1].date if tail else None

    def at(self, pos: int) -> tuple[str | None, bool]:
        """(date, whether the text states it) of a decision at ``pos``."""
        before = [d for d in self.found if d.span[1] <= pos]
        if before:
            return before[-1].date, True
        if self.closing:
            return self.closing, True
        return self.issue, False


def _not_decided(text: str, d: dates.DateMention, issue: str | None) -> bool:
    start, end = d.span
    return (text.startswith(_DATE_AFTER_NOT, end) or text.endswith(_DATE_BEFORE_NOT, max(0, start - 4), start)
            or "将" in text[max(0, start - 4):start] or bool(issue and d.date and d.date > issue))
