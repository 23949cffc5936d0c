"""Drafting an audit from documents: scanner findings become targets.yaml and actuals.yaml text to review by hand."""

from planaudit.drafting.common import Document, Draft
from planaudit.drafting.goals import build
from planaudit.drafting.write import placed

__all__ = ["Document", "Draft", "build", "placed"]
