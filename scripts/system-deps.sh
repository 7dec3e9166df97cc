#!/bin/sh
# Debian packages the test suite drives for real: LibreOffice (opens and converts the Word
# files we write), Chromium (end-to-end web tests through Playwright), poppler-utils
# (pdftotext: text extracted from the UN's PDFs as users hold it, tests/extracted.py),
# Java 17 (the Spark job's tests run Spark in local mode).
# Idempotent: installs only what is missing, so a second run costs nothing.
set -eu
missing=""
need() { command -v "$1" >/dev/null 2>&1 || missing="$missing $2"; }
need soffice "libreoffice-writer-nogui fonts-dejavu-core"
need chromium "chromium"
need pdftotext "poppler-utils"
# any Java 17 or later will do for Spark 4; Debian's headless JRE when there is none
java_ok() { java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])'; }
java_ok || missing="$missing openjdk-17-jre-headless"
if [ -n "$missing" ]; then
    echo "system-deps: installing$missing"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
