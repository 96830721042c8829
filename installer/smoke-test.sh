#!/usr/bin/env bash
# Smoke test of the Linux installer. Builds the app-image and the .deb (tests skipped: the test
# command runs before this), starts the packaged launcher headless with --smoke-test (window,
# first frame, exit), and checks the .deb's metadata and contents.
# Also checks the .tcplab file type: its registration in the .deb and the launcher opening a file.
# Needs: xvfb (xvfb-run), libgtk-3-0, strace, fakeroot, dpkg-deb, desktop-file-utils.
set -euo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
check() {
    local name=$1
    shift
    if "$@"; then
        echo "  ok    $name"
        passed=$((passed + 1))
    else
        echo "  FAIL  $name"
        failed=$((failed + 1))
    fi
}

installer/build.sh -DskipTests

version=$(sed -n '0,/<artifactId>tcp-handshake-lab<\/artifactId>/d; s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
app_image="installer/target/app-image/TCP Handshake Lab"
launcher="$app_image/bin/TCP Handshake Lab"
deb=installer/target/installer/tcp-handshake-lab_${version}-1_$(dpkg --print-architecture).deb
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Installer smoke test (version $version)"

# 1. The packaged app opens its window and exits 0, logs no exception or warning, opens no
#    network connection and writes nowhere but the user's data folder. A fresh home makes every
#    write visible; strace sees writes anywhere else and every connect().
home="$work/home"
mkdir -p "$home" "$work/trace"
launch_status=0
HOME="$home" XDG_DATA_HOME= XDG_CACHE_HOME="$home/.cache" JAVA_TOOL_OPTIONS="-Duser.home=$home" timeout 120 \
    xvfb-run --auto-servernum \
    strace -ff -qq -o "$work/trace/thread" \
        -e trace=open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,symlink,symlinkat,connect \
    "$launcher" --smoke-test > "$work/launch.log" 2>&1 || launch_status=$?
grep -v '^Picked up JAVA_TOOL_OPTIONS' "$work/launch.log" > "$work/app.log" || true
# One trace file per thread (-ff), so that no system call is split across lines.
cat "$work"/trace/thread.* > "$work/files.trace"

check "launcher exits 0 after the first frame (exit status $launch_status)" test "$launch_status" -eq 0
check "nothing logged with an exception or a warning" bash -c "! grep -Ei 'exception|warning' '$work/app.log'"
check "the app's data folder holds the JavaFX cache" test -d "$home/.local/share/tcp-handshake-lab/javafx-cache"

# Paths the process created or opened for writing. Allowed: the app's data folder and the
# per-user caches that the desktop libraries keep for themselves (Mesa's shader cache, dconf of
# GTK, fontconfig).
grep -E 'O_WRONLY|O_RDWR|O_CREAT|mkdir|rename|link\(' "$work/files.trace" \
    | grep -v ' = -1 ' \
    | grep -oE '"[^"]*"' | tr -d '"' | sort -u > "$work/written"
grep -vE "^(/dev/|/proc/|$home/\\.local/share/tcp-handshake-lab(/|\$)|$home/\\.cache(/(mesa_shader_cache|dconf|fontconfig)(/|\$)|\$)|$home/\\.local(/share)?\$)" \
    "$work/written" > "$work/written-elsewhere" || true
check "no write outside the user's data folder" test ! -s "$work/written-elsewhere"
check "no network connection (only local sockets: X server, D-Bus)" \
    bash -c "! grep -E 'connect\\(.*AF_INET' '$work/files.trace'"

# 2. The launcher maps the class-data archive it ships (with -Xshare:on the JVM refuses to start
#    without it).
check "the start-up class-data archive is used" bash -c \
    "HOME='$home' JAVA_TOOL_OPTIONS='-Xshare:on -Duser.home=$home' timeout 120 xvfb-run --auto-servernum '$launcher' --smoke-test > '$work/cds.log' 2>&1"

# 2b. The launcher starts Java without asking a package manager which package owns it, as
#     jpackage's own launcher does at every start (rpm -qf, dpkg -S): stand-ins for rpm and dpkg
#     first on the PATH leave a mark when they are run.
mkdir -p "$work/package-managers"
for tool in rpm dpkg; do
    printf '#!/bin/sh\ntouch "%s/asked-%s"\nexit 1\n' "$work" "$tool" > "$work/package-managers/$tool"
    chmod +x "$work/package-managers/$tool"
done
check "the launcher runs neither rpm nor dpkg" bash -c \
    "env -u DISPLAY PATH='$work/package-managers:$PATH' HOME='$home' JAVA_TOOL_OPTIONS='-Duser.home=$home' timeout 60 '$launcher' trace > /dev/null 2>&1 && ! ls '$work'/asked-* > /dev/null 2>&1"

# 3. The packaged command line works headless (no display) and writes its table.
check "the packaged command line prints a trace" bash -c \
    "env -u DISPLAY HOME='$home' JAVA_TOOL_OPTIONS='-Duser.home=$home' timeout 60 '$launcher' trace 2> /dev/null | grep -qP '\\tC\\tsend\\tSYN\\t'"

# 3b. Opened from a file manager: the launcher takes the file (as a path or a file: URI, as the
#     menu entry's %f passes it) and opens it like --open; a mistyped subcommand is no file.
#     The file's name has a space: the launcher passes every argument on whole.
cat > "$work/first lesson.tcplab" <<'JSON'
{ "version" : 2, "lesson" : "syn-lost", "profile" : "rfc", "seed" : 1, "isn" : { "mode" : "rfc9293" } }
JSON
for given in "$work/first lesson.tcplab" "file://$work/first%20lesson.tcplab"; do
    check "the packaged launcher opens an exercise given as $(echo "$given" | cut -c1-7)..." bash -c \
        "HOME='$home' JAVA_TOOL_OPTIONS='-Duser.home=$home' timeout 120 xvfb-run --auto-servernum '$launcher' '$given' --smoke-test 2> /dev/null | grep -qx 'smoke test: opened first lesson.tcplab'"
done
check "a missing exercise is reported, with exit status 1" bash -c \
    "HOME='$home' JAVA_TOOL_OPTIONS='-Duser.home=$home' timeout 120 xvfb-run --auto-servernum '$launcher' '$work/gone.tcplab' --smoke-test > '$work/gone.log' 2>&1; test \$? -eq 1 && grep -q 'not opened: gone.tcplab' '$work/gone.log'"
check "a mistyped subcommand is a usage error, not a file" bash -c \
    "env -u DISPLAY HOME='$home' timeout 60 '$launcher' trac > /dev/null 2> '$work/trac.log'; test \$? -eq 2 && grep -q 'did you mean trace' '$work/trac.log'"

# 4. The PDF renderer (for handouts as PDF) is a module of the runtime, and starting the app loads
#    none of its classes: the class list that the build recorded on the start-up path names none of
#    the renderer's libraries, nor HandoutPdf, the one class that uses them. (HandoutFormat, the
#    small enum the File menu chooses a handout's form with, is verified with the menu and may load.)
check "the runtime holds the PDF renderer module" bash -c \
    "'$app_image/lib/runtime/bin/java' --list-modules | grep -q '^tcplab.pdf.renderer@'"
class_list=installer/target/start-up-classes.lst
check "start-up loads no class of the PDF renderer" bash -c \
    "test -s '$class_list' && ! grep -qE '^(com/openhtmltopdf/|org/apache/(pdfbox|fontbox|batik|xmlgraphics)/|tcplab/pdf/HandoutPdf)' '$class_list'"

# 5. The .deb: name, version, dependency, menu entry with icon.
check "the .deb exists: $deb" test -f "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
check "Package is tcp-handshake-lab" test "$(field Package)" = tcp-handshake-lab
check "Version is $version-1" test "$(field Version)" = "$version-1"
check "Depends names libgtk-3-0" bash -c "dpkg-deb -f '$deb' Depends | tr ',' '\n' | grep -qx ' *libgtk-3-0 *'"
check "Maintainer and Description are set" test -n "$(field Maintainer)" -a -n "$(field Description)"
dpkg-deb -c "$deb" | awk '{ $1 = $2 = $3 = $4 = $5 = ""; sub(/^ +/, ""); print }' > "$work/contents"
check "the launcher is at /opt/tcp-handshake-lab/bin" grep -qx "./opt/tcp-handshake-lab/bin/TCP Handshake Lab" "$work/contents"
check "the class-data archive is packaged" grep -qx "./opt/tcp-handshake-lab/lib/app/tcp-handshake-lab.jsa" "$work/contents"
desktop_entry=$(grep -E '\.desktop$' "$work/contents" | head -n 1)
check "a .desktop menu entry is packaged" test -n "$desktop_entry"
mkdir -p "$work/deb"
dpkg-deb -x "$deb" "$work/deb"
dpkg-deb -e "$deb" "$work/deb/DEBIAN"
desktop_file="$work/deb/${desktop_entry#./}"
check "the menu entry is valid, without a warning" bash -c "test -z \"\$(desktop-file-validate '$desktop_file' 2>&1)\""
check "the menu entry is in the Education category" grep -qE '^Categories=(.*;)?Education(;|$)' "$desktop_file"
check "the menu entry has a Korean name" grep -q '^Name\[ko\]=' "$desktop_file"
check "the menu entry starts the launcher with the file opened" \
    grep -qx 'Exec="/opt/tcp-handshake-lab/bin/TCP Handshake Lab" %f' "$desktop_file"
check "the menu entry opens exercises (MimeType)" grep -qE '^MimeType=(.*;)?application/x-tcplab(;|$)' "$desktop_file"
mime_info=$(grep -E 'MimeInfo\.xml$' "$work/contents" | head -n 1)
check "the shared MIME info is packaged ($mime_info)" test -n "$mime_info"
check "it names application/x-tcplab for *.tcplab" bash -c \
    "grep -q '<mime-type type=\"application/x-tcplab\"' '$work/deb/${mime_info#./}' && grep -q '<glob pattern=\"\\*.tcplab\"' '$work/deb/${mime_info#./}'"
check "installing registers the file type, removing unregisters it" bash -c \
    "grep -q 'xdg-mime install .*MimeInfo.xml' '$work/deb/DEBIAN/postinst' && grep -q 'xdg-mime uninstall .*MimeInfo.xml' '$work/deb/DEBIAN/prerm'"
check "without xdg-utils, installing puts the MIME info in /usr/share/mime/packages" \
    grep -q 'install -D -m 644 "$mime_info" "/usr/share/mime/packages/' "$work/deb/DEBIAN/postinst"
icon=$(sed -n 's/^Icon=//p' "$desktop_file")
check "the menu entry's icon is packaged ($icon)" test -s "$work/deb$icon"
check "installing registers the menu entry" grep -q "xdg-desktop-menu install /opt/tcp-handshake-lab/lib/" "$work/deb/DEBIAN/postinst"

# 6. In CI (root, throwaway checkout): install the .deb for real, start the installed app, remove
#    it again and see that nothing stays behind. Skipped elsewhere, and where the package is
#    already installed, so that a developer's system is never changed by this script.
if [ "${CI:-}" = true ] && [ "$(id -u)" -eq 0 ] && ! dpkg-query -W tcp-handshake-lab > /dev/null 2>&1; then
    installed_launcher="/opt/tcp-handshake-lab/bin/TCP Handshake Lab"
    check "the .deb installs with its dependencies" bash -c \
        "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq '$PWD/$deb' > '$work/install.log' 2>&1"
    check "the installed app starts with its class-data archive" bash -c \
        "HOME='$home' JAVA_TOOL_OPTIONS='-Xshare:on -Duser.home=$home' timeout 120 xvfb-run --auto-servernum '$installed_launcher' --smoke-test > '$work/installed.log' 2>&1"
    check "the menu entry is registered" bash -c "ls /usr/share/applications/tcp-handshake-lab-*.desktop > /dev/null"
    check "the file type is registered" bash -c "grep -ls 'application/x-tcplab' /usr/share/mime/packages/*.xml > /dev/null"
    check "the package purges" bash -c "dpkg --purge tcp-handshake-lab > '$work/purge.log' 2>&1"
    check "nothing of it stays behind" bash -c "! ls -d /opt/tcp-handshake-lab /usr/share/applications/tcp-handshake-lab-*.desktop /usr/share/mime/packages/tcp-handshake-lab-*.xml 2> /dev/null"
fi

echo "Sizes: app-image $(du -sh "$app_image" | cut -f1), .deb $(du -h "$deb" | cut -f1)"
if [ "$failed" -ne 0 ]; then
    echo "--- launcher output"
    cat "$work/launch.log"
    echo "--- written outside the user's data folder"
    cat "$work/written-elsewhere"
fi
echo "installer-smoke: $passed passed, $failed failed"
test "$failed" -eq 0
