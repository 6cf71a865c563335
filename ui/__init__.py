"""Qunzhu's Qt user interface. Calls into ``core``; ``core`` never calls back."""
