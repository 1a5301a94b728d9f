"""PeelDesk's data files (fonts, catalog, handout texts, icons, compiled translations).

A package only so that ``importlib.resources.files("resources")`` finds this folder wherever
PeelDesk runs from: a checkout, an installed wheel or the PyInstaller bundle. No code lives here.
"""
