#!/usr/bin/env bash
# Builds the installer of the current operating system (.deb on Linux, .msi on Windows, .dmg on
# macOS) and the app-image it is made from, then prints where they are with their SHA-256 sums.
# Extra arguments go to Maven, e.g. -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -Pinstaller -pl installer -am package "$@"

installer_directory=installer/target/installer
cd "$installer_directory"
if command -v sha256sum >/dev/null; then
    sha256sum -- * > SHA256SUMS.tmp
else
    shasum -a 256 -- * > SHA256SUMS.tmp
fi
mv SHA256SUMS.tmp SHA256SUMS

echo "App-image: installer/target/app-image/"
echo "Installer and SHA-256 sums (also in $installer_directory/SHA256SUMS):"
sed "s#  #  $installer_directory/#" SHA256SUMS
