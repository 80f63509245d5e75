"""The project's colours, one per document, shared by the window and the exports (no Qt here)."""

# One colour per document (light-palette values; the window lightens them on dark palettes).
DOC_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
               "#7f7f7f", "#bcbd22"]
