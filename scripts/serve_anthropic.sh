#!/usr/bin/env bash
# An Anthropic-format endpoint on loopback for recording the Anthropic path's cassettes:
#
#   local model server (scripts/serve_model.sh, OpenAI-compatible, :8765)
#     <- scripts/flatten_proxy.py (:8766; joins list-form message content, which the local
#        server refuses, into a string)
#       <- litellm's proxy (:4000; serves POST /v1/messages, Anthropic's Messages API)
#
#   scripts/serve_anthropic.sh           # start all three in the background, print the base URL
#   scripts/serve_anthropic.sh --stop    # stop what this script started
#
# Then: ANTHROPIC_API_KEY=dummy drafter draft --model anthropic/smollm2 \
#           --api-base http://127.0.0.1:4000 --timeout 600 NOTES
# and:  DRAFTER_RECORD=all ./.venv/bin/python -m pytest tests/test_anthropic.py
# Keys are dummies: the proxy runs on 127.0.0.1 without a master key and is never exposed.
# Environment: PROXY_VENV (a venv with litellm[proxy] at the pinned version; created when
# missing), LLAMA_VENV (see serve_model.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="${TMPDIR:-/tmp}/drafter-anthropic"
PROXY_VENV="${PROXY_VENV:-$ROOT/.proxyvenv}"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
mkdir -p "$STATE"

if [[ "${1:-}" == "--stop" ]]; then
    for name in litellm flatten; do
        if [[ -f "$STATE/$name.pid" ]]; then
            kill "$(cat "$STATE/$name.pid")" 2>/dev/null || true
            rm -f "$STATE/$name.pid"
        fi
    done
    "$ROOT/scripts/serve_model.sh" --stop
    exit 0
fi

"$ROOT/scripts/serve_model.sh"

if [[ ! -x "$PROXY_VENV/bin/litellm" ]]; then
    pin="$(grep -o 'litellm==[0-9.]*' "$ROOT/pyproject.toml")"
    python3 -m venv "$PROXY_VENV"
    "$PROXY_VENV/bin/pip" install -q "${pin/litellm/litellm[proxy]}"
fi

# setsid nohup: each in a session of its own, holding none of this shell's streams
setsid nohup "$PYTHON" "$ROOT/scripts/flatten_proxy.py" --port 8766 \
    --upstream http://127.0.0.1:8765 >"$STATE/flatten.log" 2>&1 </dev/null &
echo $! >"$STATE/flatten.pid"

cat >"$STATE/config.yaml" <<YAML
model_list:
  - model_name: smollm2
    litellm_params:
      model: openai/smollm2
      api_base: http://127.0.0.1:8766/v1
      api_key: dummy-not-a-key
litellm_settings:
  # forward Messages requests as chat completions (the local server has no Responses API)
  use_chat_completions_url_for_anthropic_messages: true
YAML
cd "$STATE"
LITELLM_DANGEROUSLY_PERMIT_WEAK_OR_UNSET_MASTER_KEY=true setsid nohup \
    "$PROXY_VENV/bin/litellm" --config "$STATE/config.yaml" --host 127.0.0.1 --port 4000 \
    >"$STATE/litellm.log" 2>&1 </dev/null &
echo $! >"$STATE/litellm.pid"
cd "$ROOT"

for _ in $(seq 1 60); do
    if curl -fsS --max-time 2 http://127.0.0.1:4000/health/liveliness >/dev/null 2>&1; then
        echo "Anthropic-format endpoint: http://127.0.0.1:4000 (model anthropic/smollm2)"
        exit 0
    fi
    sleep 1
done
echo "litellm's proxy did not start; see $STATE/litellm.log" >&2
exit 1
