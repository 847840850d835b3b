"""Every Vietnamese string shown to a person (ui, PDFs, messages). Standard library only."""
