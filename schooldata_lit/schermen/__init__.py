"""Alles wat een leerkracht op het scherm bedient: widgets (ipywidgets) en dashboards.

Enkel deze map gebruikt ipywidgets. De hoofdstukmodules (zoals `schooldata_lit.leerwinst`)
rekenen en tekenen met pandas en plotly; hun verkenners en formulieren staan hier.
"""
