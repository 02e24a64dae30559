#!/bin/sh
# Trains the churn model with the suite's TypeScript trainer.
# Usage (from the repository root): examples/churn/train.sh [params file]
# Writes examples/churn/out/model.onnx and examples/churn/out/metrics.json.
# MLCI is how to call the CLI; the default runs it from this repository's sources.
set -eu
here=$(dirname "$0")
params=${1:-$here/params.yaml}
${MLCI:-npx --no-install tsx shared/cli/main.ts} train-model \
  --data "$here/data/train.csv" \
  --params "$params" \
  --out "$here/out/model.onnx" \
  --metrics "$here/out/metrics.json"
