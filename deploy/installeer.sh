#!/usr/bin/env bash
# Installeer wat de hub van schooldata-lit nodig heeft op Debian 12 / Ubuntu 22.04+ (als root):
#   - Python-venv en Node.js/npm uit de pakketbron van de distributie;
#   - configurable-http-proxy (npm, globaal: /usr/local/bin of /usr/bin);
#   - een Python-omgeving in PREFIX/venv, gemaakt met /usr/bin/python3 (NIET een pyenv- of
#     conda-Python onder /root: die kunnen de deelnemers niet uitvoeren), met de vastgepinde
#     pakketten uit deploy/vereisten.txt (JupyterHub 5, nbgrader 0.9, JupyterLab 4, pandas, ...);
#   - JupyterLab in het Nederlands voor iedereen (taalpakket nl_NL);
#   - SSH dicht voor de deelnemers (groep sd-deelnemers), als er een SSH-server is.
# Gebruik: sudo bash deploy/installeer.sh [PREFIX]   (standaard /opt/schooldata-hub)
# Een tweede keer doet het enkel wat nog ontbreekt.
set -euo pipefail
PREFIX="${1:-/opt/schooldata-hub}"
HIER="$(cd "$(dirname "$0")" && pwd)"
[ "$(id -u)" = "0" ] || { echo "installeer.sh moet als root draaien (sudo)." >&2; exit 1; }

nodig=()
/usr/bin/python3 -c "import venv, ensurepip" 2>/dev/null || nodig+=(python3-venv)
command -v npm >/dev/null 2>&1 || nodig+=(nodejs npm)
if [ "${#nodig[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${nodig[@]}" >/dev/null
fi

# configurable-http-proxy 5 vraagt Node >= 20; met een oudere Node (Debian 12 en Ubuntu 24.04
# leveren 18) nemen we de laatste 4.x, die JupyterHub 5 evengoed gebruikt.
if ! command -v configurable-http-proxy >/dev/null 2>&1; then
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$node_major" -ge 20 ]; then chp="configurable-http-proxy@5.3.0"
  else chp="configurable-http-proxy@4.6.3"; fi
  npm install -g --no-fund --no-audit --loglevel=error "$chp"
fi

mkdir -p "$PREFIX"
chmod 0755 "$PREFIX"
if [ ! -x "$PREFIX/venv/bin/python" ]; then
  /usr/bin/python3 -m venv "$PREFIX/venv"
fi
stempel="$PREFIX/venv/.schooldata-vereisten"
vingerafdruk="$(sha256sum "$HIER/vereisten.txt" | cut -d' ' -f1)"
if [ ! -f "$stempel" ] || [ "$(cat "$stempel")" != "$vingerafdruk" ]; then
  "$PREFIX/venv/bin/python" -m pip install -q --disable-pip-version-check -r "$HIER/vereisten.txt"
  echo "$vingerafdruk" > "$stempel"
fi

# Nederlandstalige menu's voor iedereen, zonder de Engelstalige vraag naar "Jupyter news", en
# een Nederlandstalige uitleg in plaats van een traceback bij een open vraag: dezelfde
# bestanden als de lokale cursusomgeving (cursus.py). Welke nbgrader-onderdelen iemand ziet,
# zet deploy/hub.py per rol.
/usr/bin/python3 "$HIER/../cursus.py" omgevingsinstellingen "$PREFIX/venv" --zonder-pagina
chmod -R a+rX "$PREFIX"

# Deelnemers hebben een Unix-wachtwoord (PAM), maar geen SSH nodig.
if [ -d /etc/ssh/sshd_config.d ]; then
  echo "DenyGroups sd-deelnemers" > /etc/ssh/sshd_config.d/schooldata-hub.conf
  (systemctl reload ssh 2>/dev/null || systemctl reload sshd 2>/dev/null || true)
fi
echo "[installeer] Klaar: $PREFIX/venv ($("$PREFIX/venv/bin/jupyterhub" --version 2>/dev/null |
  tail -1)), $(command -v configurable-http-proxy)."
