"""Scaling out: ``claimgraph.scale.dask`` ingests on a Dask cluster (needs ``dask[distributed]``).

Nothing is imported here, so that the rest of claimgraph works without Dask installed.
"""
