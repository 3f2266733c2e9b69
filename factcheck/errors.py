"""Typed library errors; the command line turns them into one-line messages."""


class FactcheckError(Exception):
    """Base class of every error the library raises on purpose."""


class InputNotFound(FactcheckError):
    """A path given on the command line does not exist."""

    def __init__(self, path: str, reason: str = "no such file or directory") -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
