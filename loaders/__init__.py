"""Loaders: read documents, extract facts from Arabic news, resolve entities, build RDF."""
