#!/usr/bin/env bash
# Checks docker/ and deploy/ with the tools a machine without a Docker engine can have:
#   - kubectl kustomize renders the base and the example overlay;
#   - promtool check rules / check config on the alert rules and the scrape configuration, and
#     every PromQL expression of the Grafana dashboard parsed by promtool too;
#   - the compose file against the Compose specification's schema (dclint, from npm);
#   - both Dockerfiles parsed and linted (dockerfile-utils, from npm);
#   - the engine jar split into exactly the layers engine.Dockerfile copies, with its launcher.
# What the Java test io.pecflow.engine.ops.OpsFilesTest checks (every YAML and JSON file parses;
# names, ports, images, properties and metrics agree with the code) is not repeated here.
#
# A missing tool is installed when it can be: promtool from Debian's prometheus package (as root,
# with apt-get), the npm tools through npx. PECFLOW_CHECK_INSTALL=no forbids every install and
# download; a check whose tool is missing is then skipped, saying so. Exits 1 when a check fails.
#
# Usage: deploy/check.sh        (from anywhere; the engine jar comes from ./mvnw -B -q package)
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

passed=0 failed=0 skipped=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pass() { passed=$((passed + 1)); echo "PASS  $1"; }
fail() { failed=$((failed + 1)); echo "FAIL  $1"; sed 's/^/      /' "$work/out" | tail -n 40; }
skip() { skipped=$((skipped + 1)); echo "SKIP  $1"; }
# run NAME COMMAND...: passes when the command exits 0, shows its output when it fails
run() {
    local name=$1
    shift
    if "$@" >"$work/out" 2>&1; then pass "$name"; else fail "$name"; fi
}
installs_allowed() { [ "${PECFLOW_CHECK_INSTALL:-yes}" != no ]; }

ensure_promtool() {
    command -v promtool >/dev/null 2>&1 && return 0
    installs_allowed || return 1
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "....  promtool missing: installing Debian's prometheus package with apt-get"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q --no-install-recommends prometheus >"$work/apt" 2>&1 \
            || { apt-get update -q >>"$work/apt" 2>&1 \
                 && apt-get install -y -q --no-install-recommends prometheus >>"$work/apt" 2>&1; }
    fi
    command -v promtool >/dev/null 2>&1
}

npx_tool() {  # npx_tool PACKAGE@VERSION ARGS...: runs an npm tool, fetched once by npx
    local package=$1
    shift
    npx --yes --quiet --package "$package" -- "$@"
}

echo "== Kubernetes (kubectl kustomize)"
if command -v kubectl >/dev/null 2>&1; then
    run "kustomize renders deploy/base" kubectl kustomize deploy/base
    if kubectl kustomize deploy/overlays/example >"$work/example.yaml" 2>"$work/out"; then
        kinds=$(grep -E '^kind: ' "$work/example.yaml" | sort | tr '\n' ' ')
        expected="kind: ConfigMap kind: Deployment kind: Namespace kind: PodDisruptionBudget kind: PrometheusRule kind: Secret kind: Secret kind: Service kind: ServiceAccount kind: ServiceMonitor "
        if [ "$kinds" = "$expected" ]; then
            pass "kustomize renders deploy/overlays/example ($(grep -c '^kind: ' "$work/example.yaml") resources)"
        else
            echo "expected: $expected" >"$work/out"
            echo "rendered: $kinds" >>"$work/out"
            fail "deploy/overlays/example renders other kinds than expected"
        fi
    else
        fail "kustomize renders deploy/overlays/example"
    fi
else
    skip "kubectl not found: the kustomizations were not rendered"
fi

echo "== Prometheus (promtool)"
if ensure_promtool; then
    echo "....  $(promtool --version 2>&1 | head -n 1)"
    run "promtool check rules docker/prometheus/alerts.yml" promtool check rules docker/prometheus/alerts.yml
    run "promtool check config docker/prometheus/prometheus.yml" \
        promtool check config docker/prometheus/prometheus.yml
    # Every expression of the dashboard as a recording rule, Grafana's variables given values.
    if command -v python3 >/dev/null 2>&1; then
        python3 - docker/grafana/dashboards/pecflow.json "$work/dashboard-rules.yml" <<'PY'
import json, sys

def exprs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "expr" and isinstance(value, str):
                yield value
            else:
                yield from exprs(value)
    elif isinstance(node, list):
        for item in node:
            yield from exprs(item)

found = list(exprs(json.load(open(sys.argv[1]))))
with open(sys.argv[2], "w") as out:
    out.write("groups:\n  - name: dashboard\n    rules:\n")
    for i, expr in enumerate(found):
        expr = (expr.replace("$__rate_interval", "1m").replace("$__range", "1h")
                .replace("$mailbox", ".*"))
        out.write("      - record: dashboard:expr_%d\n        expr: %s\n" % (i, json.dumps(expr)))
PY
        count=$(grep -c 'record:' "$work/dashboard-rules.yml" 2>/dev/null || echo 0)
        run "promtool parses the dashboard's $count expressions" promtool check rules "$work/dashboard-rules.yml"
    else
        skip "python3 not found: the dashboard's expressions were not parsed by promtool"
    fi
else
    skip "promtool not found and not installable here (Debian's prometheus package, as root): rules and scrape configuration not checked by promtool"
fi

echo "== Docker files (no Docker engine needed)"
if command -v npx >/dev/null 2>&1 && installs_allowed; then
    # no-build-and-image: compose.yaml builds the images and names them, on purpose
    run "docker/compose.yaml matches the Compose specification (dclint)" \
        npx_tool dclint@3.1.0 dclint docker/compose.yaml --quiet --color false --disable-rule no-build-and-image
    for dockerfile in docker/engine.Dockerfile docker/sandbox.Dockerfile; do
        run "$dockerfile parses and lints clean (dockerfile-utils)" \
            npx_tool dockerfile-utils@0.16.3 dockerfile-utils lint "$dockerfile"
    done
else
    skip "npx not found or installs forbidden: compose schema and Dockerfile lint not run"
fi

java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=engine/target/pecflow-engine.jar
if [ -f "$jar" ] && command -v "$java_bin" >/dev/null 2>&1; then
    if (cd "$work" && "$java_bin" -Djarmode=tools -jar "$OLDPWD/$jar" extract --layers --launcher \
            --destination extracted) >"$work/out" 2>&1; then
        made=$(find "$work/extracted" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort | xargs)
        copied=$(sed -n 's|^COPY --from=layers /build/extracted/\([^/]*\)/ .*|\1|p' docker/engine.Dockerfile \
            | sort | xargs)
        launcher=$(sed -n 's|^ENTRYPOINT \["java", "\([^"]*\)"\]|\1|p' docker/engine.Dockerfile | tr . /)
        if [ "$made" = "$copied" ] && [ -f "$work/extracted/spring-boot-loader/$launcher.class" ]; then
            pass "the engine jar splits into the layers engine.Dockerfile copies ($made) and has its launcher"
        else
            echo "layers made: $made; copied by engine.Dockerfile: $copied; launcher: $launcher" >"$work/out"
            fail "the engine jar's layers or launcher differ from engine.Dockerfile"
        fi
    else
        fail "java -Djarmode=tools extract --layers --launcher on $jar"
    fi
else
    skip "$jar or java not found (./mvnw -B -q package -DskipTests): the layers were not checked"
fi

echo "Not checked here: building the images, running the compose file, applying the manifests to a"
echo "cluster (no Docker engine and no cluster on this machine)."
echo "checks: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
