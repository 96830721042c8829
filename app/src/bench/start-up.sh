#!/usr/bin/env bash
# Start-up benchmark: a bare JavaFX window (BareWindow.java beside this script: one label, the
# JavaFX jars of the app, the same java), `java -jar app/target/tcp-handshake-lab.jar` and, when
# installer/build.sh has made it, the packaged launcher, started in turn for N rounds. For each
# start it prints the time from spawn to the first visible window and the resident memory a few
# seconds later, then the medians and their ratios to the bare window. The lab's window first
# shows its frame and title and then builds the lab into it, so each round also starts each
# program with --smoke-test and times spawn to exit: the lab exits after the whole lab's first
# frames (the bare window after its own), which is when the lab is fully shown.
#
# "Visible" is the same test for all three: the X server reports that a top-level window was
# mapped. xev, listening on the root window for the whole run, stamps each such report as it
# arrives, so nothing polls the X server while a program starts (polling with a new process every
# few milliseconds took processor time from the programs measured and added up to its interval to
# each time). Without DISPLAY the script starts its own Xvfb. Needs xev (Debian: x11-utils), bash 5
# and, without a display, xvfb-run.
# On a busy machine the processor time each program used until its window showed (all threads,
# user and system) is the steadier figure; it is printed too.
# The memory is read SETTLE_SECONDS (default 3) after the first window: on a busy machine give
# it more than the time to the lab fully shown.
# Usage: app/src/bench/start-up.sh [rounds, default 7]   (after ./mvnw -B -q package -DskipTests)
# Another build can be measured with JAR=path/to/tcp-handshake-lab.jar and LAUNCHER=path/to/launcher;
# OTHER_LAUNCHER=path/to/launcher adds a second packaged launcher to the rounds, e.g. an earlier
# build's, for a before-and-after in one run.
set -euo pipefail
cd "$(dirname "$0")/../../.."

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" "$0" "$@"
fi

rounds=${1:-7}
settle_seconds=${SETTLE_SECONDS:-3}
jar=${JAR:-app/target/tcp-handshake-lab.jar}
launcher=${LAUNCHER:-"installer/target/app-image/TCP Handshake Lab/bin/TCP Handshake Lab"}
other_launcher=${OTHER_LAUNCHER:-}
java_command=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
listener=
trap '[ -n "$listener" ] && kill "$listener" 2> /dev/null; rm -rf "$work"' EXIT

if [ ! -f "$jar" ]; then
    echo "no $jar: run ./mvnw -B -q package -DskipTests first" >&2
    exit 2
fi
javafx_classpath=$(ls "$(dirname "$jar")"/lib/javafx-*.jar | paste -sd: -)
"${java_command%java}javac" -d "$work/bare" -cp "$javafx_classpath" app/src/bench/BareWindow.java

programs=(bare jar)
[ -x "$launcher" ] && programs+=(launcher)
[ -n "$other_launcher" ] && programs+=(other)

# Replaces the calling (background) shell, so that its process id is the program's. Further
# arguments (--smoke-test) go to the program.
start_program() {
    local program=$1
    shift
    case $program in
        bare) exec "$java_command" -cp "$work/bare:$javafx_classpath" BareWindow "$@" ;;
        jar) exec "$java_command" -jar "$jar" "$@" ;;
        launcher) exec "$launcher" "$@" ;;
        other) exec "$other_launcher" "$@" ;;
    esac
}

# Starts one program with --smoke-test and prints the milliseconds from spawn to its exit.
measure_fully_shown() {
    local start now
    start=$(date +%s%N)
    if ! (start_program "$1" --smoke-test > "$work/$1.smoke.log" 2>&1); then
        echo "$1 --smoke-test failed:" >&2
        cat "$work/$1.smoke.log" >&2
        exit 1
    fi
    now=$(date +%s%N)
    echo $(((now - start) / 1000000))
}

# Every top-level window the X server maps, as the microsecond it was reported at, one line each
# on a pipe that measure_once reads from (file descriptor 3).
mkfifo "$work/maps"
xev -root -event substructure | while IFS= read -r line; do
    case $line in
        MapNotify*) echo "${EPOCHREALTIME/./}" ;;
    esac
done > "$work/maps" &
listener=$!
exec 3<> "$work/maps"
# xev connects and selects the root window's events before the first start.
sleep 1

# Starts one program, waits for its first visible window, and prints "milliseconds
# processor-milliseconds megabytes".
measure_once() {
    local start pid mapped ticks kilobytes waited=0
    # Windows mapped since the last start (a dialog, say) are not this program's.
    while read -r -t 0.05 mapped <&3; do :; done
    start=${EPOCHREALTIME/./}
    start_program "$1" > "$work/$1.log" 2>&1 &
    pid=$!
    until read -r -t 1 mapped <&3; do
        if ! kill -0 "$pid" 2> /dev/null || ((++waited > 120)); then
            kill "$pid" 2> /dev/null
            echo "$1 showed no window (exited, or nothing after 2 minutes):" >&2
            cat "$work/$1.log" >&2
            exit 1
        fi
    done
    # utime + stime, fields 14 and 15 after the parenthesised command name.
    ticks=$(sed 's/.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }')
    sleep "$settle_seconds"
    kilobytes=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
    kill "$pid"
    wait "$pid" 2> /dev/null || true
    echo "$(((mapped - start) / 1000)) $((ticks * 1000 / $(getconf CLK_TCK))) $((kilobytes / 1024))"
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# One unmeasured start each: JavaFX unpacks its native libraries and the app copies its fonts
# on a first start, and the file cache fills.
for program in "${programs[@]}"; do
    measure_once "$program" > /dev/null
done

declare -A times processor_times memories shown_times
for ((round = 1; round <= rounds; round++)); do
    for program in "${programs[@]}"; do
        read -r milliseconds processor_milliseconds megabytes < <(measure_once "$program")
        times[$program]+="$milliseconds "
        processor_times[$program]+="$processor_milliseconds "
        memories[$program]+="$megabytes "
    done
    for program in "${programs[@]}"; do
        shown_times[$program]+="$(measure_fully_shown "$program") "
    done
done

# One line per program and figure: every run, the median, and the median's ratio to the bare window's.
report() {
    local -n figures=$1
    local name=$2 unit=$3 program bare_median this_median
    bare_median=$(printf '%s\n' ${figures[bare]} | median)
    for program in "${programs[@]}"; do
        this_median=$(printf '%s\n' ${figures[$program]} | median)
        printf '  %-8s %s  median %s %s (%.2fx)\n' "$program" "${figures[$program]}" "$this_median" "$unit" \
            "$(awk "BEGIN { print $this_median / $bare_median }")"
    done
}

echo "$rounds rounds alternated; ratios are to the bare window"
echo "spawn to first visible window:"
report times time ms
echo "processor time until then (all threads):"
report processor_times cpu ms
echo "spawn to exit of --smoke-test (the whole window drawn, then exit):"
report shown_times time ms
echo "resident memory ${settle_seconds} s after the window showed:"
report memories rss MB
