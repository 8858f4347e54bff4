"""Helpers of :mod:`kg.extract.deployments`: the cue and troop-noun data, the
troop figures of a text, and what a sentence says of each figure (origin,
destination and place, status, claimant), then what the article around it
says."""
