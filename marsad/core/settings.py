"""One typed settings object, read from environment variables prefixed ``MARSAD_``."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob Marsad reads. Each field ``name`` is the variable ``MARSAD_NAME``."""

    model_config = SettingsConfigDict(env_prefix="MARSAD_", frozen=True, extra="ignore")

    home: Path = Field(Path(".marsad"), description="Folder for all state: stores, logs, Neo4j data.")
    max_document_bytes: int = Field(
        5_000_000, description="Documents larger than this are refused (reported, not loaded)."
    )
    neo4j_uri: str | None = Field(
        None, description="Bolt URI of an external Neo4j (bolt://, neo4j://, neo4j+s://)."
    )
    neo4j_user: str = Field("neo4j", description="Neo4j user name.")
    neo4j_password: SecretStr | None = Field(
        None, description="Neo4j password; default: the one generated under MARSAD_HOME/neo4j."
    )
    neo4j_database: str = Field("neo4j", description="Neo4j database name.")
    neo4j_bolt_port: int = Field(7687, description="Bolt port of the Neo4j that `marsad neo4j start` runs.")
    neo4j_batch_size: int = Field(2000, description="Rows per write transaction when loading Neo4j.")
    neo4j_writers: int = Field(2, description="Sessions writing to Neo4j side by side during a load.")
    query_timeout: float = Field(10.0, description="Seconds a SPARQL or Cypher query may run.")
    row_cap: int = Field(10_000, description="Most rows a query may return through the API.")
    query_memory: int = Field(
        2048, ge=0, description="MiB of address space each API query worker process may use (SPARQL and named "
        "queries run in such processes); a query that needs more is stopped with an error. 0: no limit.",
    )
    sparql_service_allow: Annotated[tuple[str, ...], NoDecode] = Field(
        (), description="Endpoint prefixes a SPARQL SERVICE may name (space- or comma-separated); "
        "empty: federation is refused.",
    )
    host: str = Field("127.0.0.1", description="Address `marsad serve` listens on.")
    port: int = Field(8000, description="Port `marsad serve` listens on.")
    index_bulk: bool = Field(
        True, description="Write a first load (into an index that lists nothing yet) in bulk: faster, and the "
        "API shows its documents when the load ends rather than one batch at a time (0 switches it off).",
    )
    store_bulk: int = Field(
        1024, ge=0, description="New documents written to the RDF store at a time by Oxigraph's bulk loader "
        "(less CPU than a transaction; a run stopped during one has that batch's graphs dropped and stored again "
        "by the next ingest). 0: transactions of 64 documents.",
    )
    api_cache: bool = Field(True, description="Keep finished API answers per store generation (0 switches it off).")

    @field_validator("sparql_service_allow", mode="before")
    @classmethod
    def _split_prefixes(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part for part in value.replace(",", " ").split() if part)
        return value

    @cached_property
    def store_path(self) -> Path:
        """Folder of the embedded RDF store (Oxigraph)."""
        return self.home / "store"

    @cached_property
    def index_path(self) -> Path:
        """The API's read model (SQLite), kept level with the RDF store by `marsad ingest`."""
        return self.home / "index" / "index.sqlite3"

    @cached_property
    def quarantine_path(self) -> Path:
        """Folder where documents whose graph did not conform are kept for inspection."""
        return self.home / "quarantine"

    @cached_property
    def neo4j_home(self) -> Path:
        """Folder of the Neo4j server that `marsad neo4j start` runs."""
        return self.home / "neo4j"


def get_settings() -> Settings:
    """Read the settings from the environment (a new object each call, so tests can change it)."""
    return Settings()
