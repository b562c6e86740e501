"""From one document's facts to RDF: IRIs (iris), the graph (build), and SHACL validation (validate)."""
