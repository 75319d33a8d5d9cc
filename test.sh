#!/usr/bin/env bash
# Runs SpecLedger's tests on a fresh machine: installs what the tests need (Chromium and its driver for the
# browser tests, a CJK font for the PDF and screenshots), picks a JDK >= 21, starts PostgreSQL and a 2-node
# OpenSearch for the scale-out half of the contract suite (and stops them at the end), and runs Maven.
# Extra arguments go to Maven (e.g. ./test.sh -Dexcluded.groups=none to include the long soak tests).
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
[ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || need+=(fonts-wqy-zenhei)
command -v mvn >/dev/null 2>&1 || need+=(maven)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "test.sh: installing ${need[*]}" >&2
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi

JDK=""
for cand in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
  [ -n "$cand" ] && [ -x "$cand/bin/javac" ] || continue
  v="$("$cand/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1)"
  if [ "${v:-0}" -ge 21 ] 2>/dev/null; then JDK="$cand"; break; fi
done
[ -n "$JDK" ] || { echo "test.sh: no JDK 21 or newer found" >&2; exit 2; }
export JAVA_HOME="$JDK"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"

# The contract suite runs once on the embedded engines and once on PostgreSQL + a 2-node OpenSearch cluster:
# start those on free loopback ports under a temporary folder (scripts/dev-cluster installs what is missing and
# runs them as a non-root service user), and stop them however the build ends.
# SPECLEDGER_TEST_ENGINES=embedded skips them (their tests are then skipped, not failed).
if [ "${SPECLEDGER_TEST_ENGINES:-all}" != embedded ]; then
  CLUSTER_DIR="$(mktemp -d /tmp/specledger-test-cluster.XXXXXX)"
  trap 'scripts/dev-cluster stop "$CLUSTER_DIR" >&2 || true; rm -rf "$CLUSTER_DIR"' EXIT
  echo "test.sh: starting PostgreSQL and a 2-node OpenSearch under $CLUSTER_DIR" >&2
  env_lines="$(scripts/dev-cluster start "$CLUSTER_DIR")"
  SPECLEDGER_TEST_DB_URL="$(printf '%s\n' "$env_lines" | sed -n 's/^export SPECLEDGER_DB_URL=//p')"
  SPECLEDGER_TEST_SEARCH_URL="$(printf '%s\n' "$env_lines" | sed -n 's/^export SPECLEDGER_SEARCH_URL=//p')"
  export SPECLEDGER_TEST_DB_URL SPECLEDGER_TEST_SEARCH_URL SPECLEDGER_TEST_REQUIRE_BACKENDS=1
fi
mvn -B -ntp install "$@"
