"""Finding occupations by name or code in a user's records layered over the built-in dataset.

A content team's own records (``--data``) come first: a name or code found there is theirs,
and a user record with the name or code of a built-in occupation replaces it. Anything else is
looked up in the built-in dataset, so one of their occupations can be compared with a built-in
one. A name found nowhere raises :class:`~careerprose.errors.UnknownOccupationError` with
suggestions from both layers.

Example:
    >>> from careerprose import Occupation
    >>> lookup = Lookup([Occupation("Wound Care Specialist", code="X-018")], where="team.csv")
    >>> lookup.get("x-018").title, lookup.get("Registered Nurses").code
    ('Wound Care Specialist', '29-1141')
"""

from __future__ import annotations

from collections.abc import Sequence

from careerprose.datasets._names import NameIndex
from careerprose.errors import UnknownOccupationError
from careerprose.records.model import Occupation

__all__ = ["Lookup"]

_SUGGESTIONS = 4


class Lookup:
    """Names and codes resolved in ``records`` first, then (if ``builtin``) the built-in dataset.

    ``records`` must be distinct by name and code, as :func:`careerprose.load_records`
    guarantees; ``where`` names them in messages (the file name).
    """

    def __init__(
        self, records: Sequence[Occupation] = (), *, where: str = "your data", builtin: bool = True
    ) -> None:
        self.where = where
        self.builtin = builtin
        self._own = NameIndex(records, where=where)

    def get(self, name: str) -> Occupation:
        """The occupation called ``name`` (title in any case or number, SOC code or own code)."""
        found = self._own.find(name)
        if found is not None:
            return found
        if not self.builtin:
            return self._own.get(name)  # raises, with suggestions from the user's records
        from careerprose import datasets

        try:
            builtin = datasets.get(name)
        except UnknownOccupationError as miss:
            suggestions = [*self._own.suggest(name), *miss.suggestions]
            where = f"{self.where} or the built-in dataset"
            unique = list(dict.fromkeys(suggestions))[:_SUGGESTIONS]
            raise UnknownOccupationError(name, unique, where=where) from None
        return self._replacement(builtin) or builtin

    def _replacement(self, builtin: Occupation) -> Occupation | None:
        """The user's record standing in for ``builtin`` (same name or code), if any."""
        for key in filter(None, (builtin.title, builtin.plural, builtin.code)):
            found = self._own.find(key)
            if found is not None:
                return found
        return None
