"""The read model: a SQLite index (WAL) under MARSAD_HOME that the API reads instead of the RDF store.

It mirrors the union of the document graphs (each triple once, counted by the documents that state
it), keeps one row per resource with the keys lists sort on, and every name folded, transliterated
and in an FTS5 trigram index for search. `marsad ingest` updates it in the same step as the RDF store,
one document per transaction, so a reader never sees half a document; `marsad index rebuild` makes it
again from the RDF store, and `marsad index check` compares the two.
"""
