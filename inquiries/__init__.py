"""Investor inquiries: the public form, its status check, and the mail they send."""
