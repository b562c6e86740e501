"""Curation that lasts: judgements on resolved nodes (merge, split, reject), stored in one JSON Lines file
under MARSAD_HOME and applied to every document graph, at once when made and again on every ingest."""
