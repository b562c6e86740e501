"""Marsad: a knowledge graph of Moroccan public institutions and their decisions."""

__version__ = "0.1.0"
