"""Legal deadlines: the working calendar, the deadline rules and the clocks that run on them."""
