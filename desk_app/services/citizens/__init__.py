"""Citizens and their cases: finding a repeat visitor, who may see whom, the case overview and file."""
