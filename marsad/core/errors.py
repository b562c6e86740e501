"""One exception root for Marsad. The API maps these to HTTP in exactly one place (api/errors.py)."""

from __future__ import annotations


class MarsadError(Exception):
    """Root of every error Marsad raises on purpose.

    ``status`` is the HTTP status the API answers with; ``code`` is a stable machine-readable name.
    """

    status: int = 500
    code: str = "internal_error"

    def __init__(self, message: str, *, detail: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail or {}


class InternalError(MarsadError):
    """Something failed that the client cannot fix (a store that fails while evaluating, a crashed
    worker). The API logs the message and detail under an error id and answers 500 with that id only."""

    status = 500
    code = "internal_error"


class ConfigurationError(MarsadError):
    """A setting is missing or wrong."""

    status = 500
    code = "configuration_error"


class ResourceMissing(ConfigurationError):
    """A file that ships with Marsad (ontology, shapes, a lexicon, a named query) is missing: a broken install.

    Never caught to give an empty result: a document's facts may be empty only because of its own text.
    """

    code = "resource_missing"


class DocumentError(MarsadError):
    """One document cannot be read (empty, binary, undecodable, too large, malformed)."""

    status = 422
    code = "document_error"

    def __init__(self, document: str, reason: str) -> None:
        super().__init__(f"{document}: {reason}", detail={"document": document, "reason": reason})
        self.document = document
        self.reason = reason


class ValidationFailed(MarsadError):
    """A document's graph does not conform to the SHACL shapes."""

    status = 422
    code = "validation_failed"


class NotFound(MarsadError):
    """The requested resource or named query does not exist."""

    status = 404
    code = "not_found"


class BadRequest(MarsadError):
    """A parameter is missing or has the wrong type."""

    status = 400
    code = "bad_request"


class QuerySyntaxError(BadRequest):
    """A SPARQL or Cypher query does not parse."""

    code = "query_syntax_error"


class ForbiddenQuery(MarsadError):
    """A query tries to write, change the schema or administer the database."""

    status = 403
    code = "forbidden_query"


class QueryTimeout(MarsadError):
    """A query ran longer than MARSAD_QUERY_TIMEOUT."""

    status = 504
    code = "query_timeout"


class RowCapExceeded(MarsadError):
    """A query returned more rows than MARSAD_ROW_CAP."""

    status = 413
    code = "row_cap_exceeded"


class QueryMemoryExceeded(MarsadError):
    """A query needed more memory than MARSAD_QUERY_MEMORY allows its worker process."""

    status = 413
    code = "query_memory_exceeded"


class WriterBusy(MarsadError):
    """Another writer (`marsad ingest`, `marsad neo4j sync`) is running on the same MARSAD_HOME."""

    status = 409
    code = "writer_busy"


class StoreUnavailable(MarsadError):
    """A store (the RDF store or Neo4j) cannot be reached."""

    status = 503
    code = "store_unavailable"


class Neo4jUnavailable(StoreUnavailable):
    """Neo4j is not configured, not running, or went down."""

    code = "neo4j_unavailable"


class Neo4jImportRefused(MarsadError):
    """`marsad neo4j import` would overwrite data or write where it cannot: a non-empty database without
    --replace, or a Neo4j that is not the local server Marsad runs (MARSAD_NEO4J_URI set)."""

    status = 409
    code = "neo4j_import_refused"


class Neo4jImportFailed(MarsadError):
    """The Neo4j bulk importer failed, or the rows hold a value it cannot take as the loader stores it."""

    status = 500
    code = "neo4j_import_failed"
