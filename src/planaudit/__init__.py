"""planaudit: audit a plan's targets against what its review reports."""

__version__ = "0.2.0"
