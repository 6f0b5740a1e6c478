"""Per-field choosers: gather a field's candidates from every source, then choose by a written
precedence with cross-checks. One pure function per field, tested by a table of the real forms seen."""
