"""The optional Neo4j driver: opened at start when Neo4j answers, retried on demand otherwise, so the
API works without Neo4j and the Cypher routes answer 503 with the reason."""

from __future__ import annotations

import threading
import time
from typing import Any

from marsad.core.errors import MarsadError, Neo4jUnavailable
from marsad.core.settings import Settings

_RETRY_EVERY = 5.0


class Neo4jLink:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.driver: Any = None
        self.error = "not connected yet"
        self._tried = 0.0
        self._lock = threading.Lock()

    def connect(self) -> None:
        """Try to open the driver; remember why when it fails."""
        with self._lock:
            self._tried = time.monotonic()
            try:
                from marsad.neo4j.server import connect
            except ImportError as exc:
                self.error = f"Neo4j support is not available in this installation ({exc})"
                return
            try:
                self.driver = connect(self.settings)
                self.error = ""
            except MarsadError as exc:
                self.error = exc.message
            except Exception as exc:  # the driver raises many kinds of network errors
                self.error = f"{type(exc).__name__}: {exc}"

    def get(self) -> Any:
        """The driver, or Neo4jUnavailable (503) saying why."""
        if self.driver is None and time.monotonic() - self._tried > _RETRY_EVERY:
            self.connect()
        if self.driver is None:
            raise Neo4jUnavailable(f"Neo4j is not available ({self.error}); the SPARQL and REST routes work "
                                   "without it", detail={"reason": self.error})
        return self.driver

    def close(self) -> None:
        if self.driver is not None:
            try:
                self.driver.close()
            finally:
                self.driver = None
