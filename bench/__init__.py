"""PeelDesk benchmarks: `python -m bench` (or `make bench`).

Every figure is a median, reported as a ratio against a baseline measured in
the same run on the same machine, so numbers from different machines compare.
Demo databases are built once with `python -m desktop demo` and cached in
bench/.cache/ (keyed by the schema and the demo generator).
"""
