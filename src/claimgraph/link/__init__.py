"""Linking: attributions become claims; claims are linked across articles and languages."""
