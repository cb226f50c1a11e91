#!/usr/bin/env bash
# Lints the BPMN models with the rules Camunda Modeler applies (bpmnlint's recommended rules and
# camunda-compat for Camunda 7.24). The linter comes from the npm registry into target/ once.
set -euo pipefail
module="$1"
tools="$module/target/bpmnlint"
if [ ! -x "$tools/node_modules/.bin/bpmnlint" ]; then
  mkdir -p "$tools"
  npm install --silent --no-audit --no-fund --prefix "$tools" \
    bpmnlint@11.15.0 bpmnlint-plugin-camunda-compat@2.61.0 >/dev/null
fi
# bpmnlint resolves its plugins from the working directory, so it runs where it was installed
cp "$module/.bpmnlintrc" "$tools/.bpmnlintrc"
cd "$tools"
models=("$module"/src/main/resources/bpmn/*.bpmn)
node_modules/.bin/bpmnlint "${models[@]}"
echo "bpmnlint: ${#models[@]} models pass"
