"""Templates, styles and scripts of the HTML graph view (see kg.view)."""
