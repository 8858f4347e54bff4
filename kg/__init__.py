"""newskg: build an RDF knowledge graph of actors, statements and troop
deployments from French news articles."""

__version__ = "0.1.0"
