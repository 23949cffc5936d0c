"""The commands beside the audit pipeline: explain, diff, draft, init (starter), sync-actuals and the hook."""
