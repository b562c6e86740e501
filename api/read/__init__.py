"""Readers of the index (marsad.readmodel) for the REST routes and pages: the answers of api/repo/, from SQLite."""
