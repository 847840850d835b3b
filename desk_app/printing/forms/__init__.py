"""One module per printed form; each exposes a frozen data class and a render function returning PDF bytes."""
