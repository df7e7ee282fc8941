#!/bin/bash
# Installs what the kiosk needs from Debian 12, builds it, then runs it, its tests or its benchmark.
#
#   packaging/setup.sh run [kiosk arguments...]   build and start the kiosk
#   packaging/setup.sh test                       build and run every test (what CI runs)
#   packaging/setup.sh bench                      build and run the text, speech, store, listen and ui benchmarks
#
# Idempotent and quiet when everything is already there. Installing needs root.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${KIOSK_BUILD_DIR:-$repo/build}"
mode="${1:-}"
case "$mode" in
  run|test|bench) shift ;;
  *) echo "usage: packaging/setup.sh run|test|bench [arguments]" >&2; exit 2 ;;
esac

install_packages() {
  local wanted missing=()
  wanted=$(grep -v '^\s*#' "$repo/packaging/debian-packages.txt" | tr -s ' \n' ' ')
  for package in $wanted; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: these Debian packages are missing: ${missing[*]}" >&2
    echo "setup: run this script as root (or with sudo) to install them." >&2
    exit 1
  fi
  echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
}

build_kiosk() {
  local jobs
  jobs=$(nproc 2>/dev/null || echo 2)
  cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release -Wno-dev > /dev/null
  cmake --build "$build" -j "$jobs" > "$build/last-build.log" 2>&1 || {
    cat "$build/last-build.log" >&2
    echo "setup: the build failed (log above, also in $build/last-build.log)" >&2
    exit 1
  }
}

install_packages
mkdir -p "$build"
build_kiosk
case "$mode" in
  run) exec "$build/app/parent-kiosk" "$@" ;;
  test) cd "$build" && exec ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)" "$@" ;;
  bench) "$build/tests/bench/text_bench" "$@" && "$build/tests/bench/speech_bench" "$@" &&
    "$build/tests/bench/store_bench" "$@" && "$build/tests/bench/listen_bench" && exec "$build/tests/bench/ui_bench" "$@" ;;
esac
