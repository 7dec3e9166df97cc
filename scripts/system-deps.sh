#!/bin/sh
# Debian packages the test suite drives for real. Idempotent: installs only what is missing.
set -eu
missing=""
need() { command -v "$1" >/dev/null 2>&1 || missing="$missing $2"; }
# (filled in as features need them)
if [ -n "$missing" ]; then
    echo "system-deps: installing$missing"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
