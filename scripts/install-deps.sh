#!/usr/bin/env bash
# Installs every build, test and tool dependency of Duedesk from Debian
# packages. Idempotent: packages already present are left alone.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-charts-dev qt6-tools-dev libqt6opengl6-dev libqt6svg6 libgl-dev
  libsqlite3-dev sqlite3
  libspdlog-dev libfmt-dev
  libcli11-dev nlohmann-json3-dev libtomlplusplus-dev
  catch2
  libsodium-dev
  libxlsxwriter-dev unzip
  libkainjow-mustache-dev
  libcurl4-openssl-dev
  poppler-utils python3-aiosmtpd
  xvfb xauth x11-apps imagemagick xdotool
  time hyperfine
  clang-format
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

echo "install-deps: installing ${missing[*]}"
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
