"""The reading layer: sentences, periods and deadlines (figures are read by planaudit.reading.figures)."""
