#!/usr/bin/env bash
# End-to-end check of Orrery against a real Argo Workflows on a throw-away kind cluster.
#
#   scripts/e2e-kind.sh            # create the cluster, install Argo, run the checks, delete the cluster
#   KEEP_CLUSTER=1 scripts/e2e-kind.sh   # leave the cluster running afterwards (delete: kind delete cluster --name orrery-e2e)
#
# Needs: a running Docker engine, kind, kubectl, curl, and a JDK 21+ (the ./orrery launcher finds it).
# Not run in CI (CI machines have no Docker engine). See docs/argo-runtime.md, "End-to-end on kind".
#
# Settings (environment):
#   ORRERY_KIND_CLUSTER  kind cluster name                        (default: orrery-e2e)
#   ARGO_VERSION         Argo Workflows release to install         (default: v4.1.2)
#   ARGO_MANIFEST        the quick-start manifest (URL or file)    (default: the release's quick-start-minimal.yaml)
#   PIPELINE             the pipeline to submit                    (default: assets/samples/local-ml.orrery.yaml)
#   STEP                 the step whose logs are printed           (default: train)
#   TIMEOUT              seconds to wait for Argo and for the run  (default: 900)
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"

cluster="${ORRERY_KIND_CLUSTER:-orrery-e2e}"
argo_version="${ARGO_VERSION:-v4.1.2}"
manifest="${ARGO_MANIFEST:-https://github.com/argoproj/argo-workflows/releases/download/${argo_version}/quick-start-minimal.yaml}"
pipeline="${PIPELINE:-assets/samples/local-ml.orrery.yaml}"
step="${STEP:-train}"
timeout="${TIMEOUT:-900}"
namespace=argo
context="kind-${cluster}"
work="$(mktemp -d)"
kubeconfig="$work/kubeconfig"
pf_pid=""

say() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'e2e-kind: %s\n' "$*" >&2; exit 2; }

for tool in docker kind kubectl curl; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed (needed: docker, kind, kubectl, curl)"
done
docker info >/dev/null 2>&1 || die "the Docker engine is not running (docker info failed)"
[ -f "$pipeline" ] || die "no pipeline file $pipeline"
./orrery submit --help >/dev/null 2>&1 \
  || die "this build's ./orrery has no 'submit' command (SubmitCommand, RunsCommand, LogsCommand and ArtifactsCommand must be registered in OrreryCommand)"

cleanup() {
  local code=$?
  [ -n "$pf_pid" ] && kill "$pf_pid" 2>/dev/null || true
  if [ "${KEEP_CLUSTER:-0}" = 1 ]; then
    say "keeping cluster $cluster (kubeconfig: $kubeconfig)"
  else
    kind delete cluster --name "$cluster" >/dev/null 2>&1 || true
    rm -rf "$work"
  fi
  exit "$code"
}
trap cleanup EXIT

say "creating kind cluster $cluster"
if ! kind get clusters 2>/dev/null | grep -qx "$cluster"; then
  kind create cluster --name "$cluster" --kubeconfig "$kubeconfig" --wait 120s
else
  kind get kubeconfig --name "$cluster" >"$kubeconfig"
fi
export KUBECONFIG="$kubeconfig"

say "installing Argo Workflows $argo_version (quick-start: controller, argo-server, MinIO artifact repository)"
kubectl get namespace "$namespace" >/dev/null 2>&1 || kubectl create namespace "$namespace"
kubectl apply -n "$namespace" -f "$manifest"
for deploy in workflow-controller argo-server minio; do
  kubectl -n "$namespace" rollout status "deploy/$deploy" --timeout="${timeout}s"
done

# The artifact repository of the quick-start (MinIO at minio.argo.svc:9000) is only reachable inside the
# cluster: forward it to this machine and tell Orrery to use the forwarded endpoint.
say "forwarding MinIO to localhost:9000"
kubectl -n "$namespace" port-forward svc/minio 9000:9000 >"$work/port-forward.log" 2>&1 &
pf_pid=$!
for _ in $(seq 1 60); do
  curl -s -o /dev/null "http://localhost:9000/minio/health/live" && break
  sleep 1
done

orrery() { ./orrery "$@" --kubeconfig "$kubeconfig" --context "$context" -n "$namespace"; }

say "orrery submit $pipeline"
run="$(orrery submit "$pipeline" | head -n 1)"
[ -n "$run" ] || die "submit printed no run name"
echo "run: $run"

say "orrery runs list"
orrery runs list

say "orrery runs watch $run"
if ! timeout "$timeout" ./orrery runs watch "$run" --kubeconfig "$kubeconfig" --context "$context" -n "$namespace"; then
  orrery logs "$run" || true
  die "run $run did not succeed"
fi

say "orrery logs $run --step $step"
orrery logs "$run" --step "$step"

say "orrery artifacts $run"
orrery artifacts "$run"
orrery artifacts "$run" --download "$work/artifacts" --artifact-endpoint http://localhost:9000
find "$work/artifacts" -type f -size +0 | grep -q . || die "no artifact was downloaded"
find "$work/artifacts" -type f -exec ls -l {} +

say "e2e on kind passed: submit, runs list, runs watch, logs, artifacts"
