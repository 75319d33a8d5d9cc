#!/usr/bin/env bash
# Runs SpecLedger's tests on a fresh machine: installs what the tests need (Chromium and its driver for the
# browser tests, a CJK font for the PDF and screenshots), picks a JDK >= 21, and runs Maven.
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
exec mvn -B -ntp install "$@"
