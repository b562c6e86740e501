"""Entity resolution: the registry, identity keys of names, and the stage between extraction and RDF.

    from marsad.loaders.resolution import resolve
    facts, resolution = resolve(facts)
"""

from marsad.loaders.resolution.stage import Resolution, resolve

__all__ = ["Resolution", "resolve"]
