"""Unit tests of the statutory reports: periods and every form counted on small hand-made facts."""
