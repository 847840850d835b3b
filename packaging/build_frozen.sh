#!/usr/bin/env bash
# Builds the one-folder frozen app (PyInstaller) into DIST (default: dist/), work files in a temporary folder.
# Needs the `package` extra: pip install -e '.[package]'. Usage: packaging/build_frozen.sh [DIST]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dist="$(mkdir -p "${1:-$root/dist}" && cd "${1:-$root/dist}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" "$root/packaging/desk_app.spec"
echo "Frozen app: $dist/desk-app ($(du -sh "$dist/desk-app" | cut -f1))"
