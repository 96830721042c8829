#!/usr/bin/env bash
# Regenerates the committed raster icons from tcp-handshake-lab.svg.
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"

source_svg=tcp-handshake-lab.svg
# ImageMagick 6's own binary, so that another program named convert earlier on PATH is not picked up.
convert_tool=$(command -v convert-im6.q16 || command -v magick || command -v convert)

for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$source_svg" --output "png/tcp-handshake-lab-$size.png"
done

"$convert_tool" png/tcp-handshake-lab-{16,24,32,48,64,256}.png tcp-handshake-lab.ico
png2icns tcp-handshake-lab.icns png/tcp-handshake-lab-{16,32,48,128,256,512}.png >/dev/null

# The window's own icon, loaded by the application from its resources.
cp png/tcp-handshake-lab-256.png ../../../../app/src/main/resources/tcplab/view/icon-256.png
