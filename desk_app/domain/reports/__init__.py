"""The statutory reports of TT 01/2024/TT-TTCP: periods, the facts they count, and one module per form."""
