#!/usr/bin/env bash
# Measures the packaged app against `java -jar` of the same build: wall time from start to exit
# of --smoke-test (which includes the first rendered frame), alternating the runs, and resident
# memory a few seconds after the window opened. The launcher is also timed with class-data
# sharing turned off, to show what the archive gives. Run installer/build.sh first. Needs xvfb-run
# unless DISPLAY is set. Usage: installer/measure-start-up.sh [runs, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" "$0" "$@"
fi

runs=${1:-5}
launcher="installer/target/app-image/TCP Handshake Lab/bin/TCP Handshake Lab"
jar=app/target/tcp-handshake-lab.jar

milliseconds_to_exit() {
    local start end
    start=$(date +%s%N)
    "$@" --smoke-test > /dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Resident set size in MB of the app, started without the smoke-test flag, after it had time
# to open its window and settle.
resident_megabytes() {
    "$@" > /dev/null 2>&1 &
    local pid=$!
    sleep 6
    local kilobytes
    kilobytes=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
    kill "$pid"
    wait "$pid" 2> /dev/null || true
    echo $((kilobytes / 1024))
}

# One unmeasured start each, so that both find the JavaFX native libraries already unpacked.
milliseconds_to_exit "$launcher" > /dev/null
milliseconds_to_exit java -jar "$jar" > /dev/null

launcher_times=()
jar_times=()
no_archive_times=()
for ((run = 1; run <= runs; run++)); do
    launcher_times+=("$(milliseconds_to_exit "$launcher")")
    jar_times+=("$(milliseconds_to_exit java -jar "$jar")")
    no_archive_times+=("$(JAVA_TOOL_OPTIONS=-Xshare:off milliseconds_to_exit "$launcher")")
done

echo "start to exit of --smoke-test, ms, $runs runs alternated"
echo "  launcher:    ${launcher_times[*]}  median $(printf '%s\n' "${launcher_times[@]}" | median)"
echo "  java -jar:   ${jar_times[*]}  median $(printf '%s\n' "${jar_times[@]}" | median)"
echo "  launcher without the class-data archive: ${no_archive_times[*]}  median $(printf '%s\n' "${no_archive_times[@]}" | median)"
echo "resident memory 6 s after start, MB"
echo "  launcher:    $(resident_megabytes "$launcher")"
echo "  java -jar:   $(resident_megabytes java -jar "$jar")"
