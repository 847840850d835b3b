"""Records to paper and files: asks the services for the facts, hands them to printing; the window and the command line alike."""
