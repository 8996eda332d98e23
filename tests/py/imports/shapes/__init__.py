"""A package used by the import tests."""
from .geometry import area, Square
from . import colors
VERSION = (1, 2)
__all__ = ["area", "Square", "VERSION"]
print("shapes package initialised")
