"""Neo4j for Marsad: the local server, the RDF → property-graph mapping, the loader, checks and Cypher."""
