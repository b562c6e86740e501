"""Reading the RDF store for the REST routes and pages: fixed SPARQL with values bound by substitution."""
