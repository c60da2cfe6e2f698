"""Pages of reporting: `collection` (rounds, entry, review, history, Excel) and `text`
(figures read from report text)."""
