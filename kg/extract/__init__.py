"""Extractors: small components that turn an analysed article into records."""
