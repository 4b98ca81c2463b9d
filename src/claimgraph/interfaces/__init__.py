"""Interfaces people use: the command line (``cli``), the Python API and the web app."""
