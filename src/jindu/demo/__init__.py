"""The demo data set: 江门市, its seven counties, the 2016 framework and generated values."""
