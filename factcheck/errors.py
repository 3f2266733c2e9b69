"""Typed library errors; the command line turns them into one-line messages."""


class FactcheckError(Exception):
    """Base class of every error the library raises on purpose."""


class InputNotFound(FactcheckError):
    """A path given on the command line does not exist."""

    def __init__(self, path: str, reason: str = "no such file or directory") -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path


class UnknownStory(FactcheckError):
    """``--story`` names no story of the input."""

    def __init__(self, wanted: str, known: list[str]) -> None:
        listed = "; ".join(known[:10]) + ("; ..." if len(known) > 10 else "")
        super().__init__(f"no story {wanted!r} (by id or label); the stories are: {listed}")
        self.wanted = wanted
