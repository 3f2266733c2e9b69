"""The human-readable reports: HTML (with its timelines), Markdown and CSV."""
