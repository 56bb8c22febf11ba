#!/usr/bin/env bash
# Re-record cassettes from the real local model server (SmolLM2 via llama.cpp, see
# scripts/serve_model.sh), then check that no key got into them.
#
#   scripts/record_cassettes.sh                       # re-record every cassette the tests use
#   scripts/record_cassettes.sh tests/test_llm.py     # only the cassettes of these tests
#   DRAFTER_RECORD=once scripts/record_cassettes.sh   # only cassettes that do not exist yet
#
# Recordings match on host and port: keep the server on 127.0.0.1:8765 (the default), or the
# replayed tests will not find them. The server is left running; stop it with
# scripts/serve_model.sh --stop.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

if [[ -z "${PYTHON:-}" ]]; then
    for candidate in "$ROOT/.venv/bin/python" python3; do
        if command -v "$candidate" >/dev/null 2>&1; then PYTHON="$candidate"; break; fi
    done
fi

"$ROOT/scripts/serve_model.sh"

echo "recording with DRAFTER_RECORD=${DRAFTER_RECORD:-all}: ${*:-tests}" >&2
DRAFTER_RECORD="${DRAFTER_RECORD:-all}" DRAFTER_LIVE=1 "$PYTHON" -m pytest -q "${@:-tests}"

# replay mode again: the cassettes must hold no keys, and the tests must pass from them alone
"$PYTHON" -m pytest -q tests/test_cassettes_clean.py "${@:-tests}"
