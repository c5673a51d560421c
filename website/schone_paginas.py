"""Kleine Sphinx-uitbreiding voor de cursuswebsite (wordt geladen via ``_config.yml``).

jupyter-book 1.x laadt altijd ``sphinx-thebe`` (live code via Binder). Deze cursus gebruikt
dat niet, en de instellingen ervan kwamen twee keer op elke pagina, wat een JavaScript-fout
gaf ("Identifier 'THEBE_JS_URL' has already been declared") en een adres op een CDN in elke
pagina zette. Deze uitbreiding haalt die scripts weg, zodat de pagina's volledig offline werken.
"""

from __future__ import annotations


def _zonder_thebe(app, pagename, templatename, context, doctree) -> None:
    scripts = context.get("script_files")
    if not scripts:
        return
    context["script_files"] = [
        script for script in scripts
        if "thebe" not in (getattr(script, "filename", None) or "")
        and "THEBE_JS_URL" not in str(getattr(script, "attributes", {}).get("body", ""))
    ]


def setup(app) -> dict:
    app.connect("html-page-context", _zonder_thebe)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
