"""What the field-class tests read off ``extract_text``: shared by the test modules of each round's classes."""
from __future__ import annotations

from extract import extract_text


def names(text: str, date: str | None = None) -> set[str]:
    """The persons' names over every record the text gives."""
    return {p.name for r in extract_text(text, date=date) for p in r.persons}


def titles_by_name(text: str) -> dict[str, set[tuple[str, str | None]]]:
    """Each person's (post, org) titles over every record the text gives."""
    out: dict[str, set[tuple[str, str | None]]] = {}
    for r in extract_text(text):
        for p in r.persons:
            out.setdefault(p.name, set()).update((t.post, t.org) for t in p.titles)
    return out


def roles_by_name(text: str, date: str | None = None) -> dict[str, list[str]]:
    """Each person's roles, in order, over every record the text gives."""
    out: dict[str, list[str]] = {}
    for r in extract_text(text, date=date):
        for p in r.persons:
            out.setdefault(p.name, []).extend(role.role for role in p.roles)
    return out


def reporters(text: str, date: str | None = None) -> dict[str, set[str]]:
    """Each credited person's posts over every record the text gives (an empty set where the credit names none)."""
    out: dict[str, set[str]] = {}
    for r in extract_text(text, date=date):
        for p in r.persons:
            if p.is_reporter:
                out.setdefault(p.name, set()).update(t.post for t in p.titles)
    return out


def organization_names(text: str, date: str | None = None) -> set[str]:
    """The organizations' names over every record the text gives."""
    return {o.name for r in extract_text(text, date=date) for o in r.organizations}
