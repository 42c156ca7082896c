#!/usr/bin/env bash
# Measures the local stack: the time from "deploy/local/run.sh" to its "Ready in" line, and the
# resident memory (RSS) of each process it started, some seconds after start. Then stops it.
#
#   deploy/local/measure.sh [run.sh options...]     e.g. deploy/local/measure.sh --work-dir /tmp/measure
#
# Results go into deploy/local/README.md, section "Measured", by hand, with the machine and its load.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
settle="${MEASURE_SETTLE_SECONDS:-15}"
log="$(mktemp)"
work="$here/work"
for arg in "$@"; do
    case "$arg" in --work-dir=*) work="${arg#--work-dir=}" ;; esac
done
prev=""
for arg in "$@"; do
    [ "$prev" = "--work-dir" ] && work="$arg"
    prev="$arg"
done

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s%N)
setsid "$here/run.sh" "$@" > "$log" 2>&1 &
launcher=$!
until grep -q "^Ready in" "$log"; do
    if ! kill -0 "$launcher" 2>/dev/null; then
        cat "$log"
        echo "the stack did not start" >&2
        exit 1
    fi
    sleep 0.1
done
end=$(date +%s%N)
grep -E "Building|ready in|Ready in" "$log"
echo "command to ready: $(( (end - start) / 1000000 )) ms"

sleep "$settle"
echo "RSS ${settle} s after ready:"
rss() { ps -o rss= -p "$1" | awk '{printf "%.0f MiB", $1/1024}'; }
for file in "$work"/run/*.pid; do
    name="$(basename "$file" .pid)"
    pid="$(cut -d' ' -f1 "$file")"
    case "$name" in
        keycloak)
            # kc.sh is a small shell; the JVM is its child
            for child in $(pgrep -P "$pid"); do echo "  keycloak (JVM, pid $child): $(rss "$child")"; done ;;
        postgres)
            total=$(ps -o rss= -p "$pid" --ppid "$pid" | awk '{s+=$1} END {printf "%.0f MiB", s/1024}')
            count=$(pgrep -P "$pid" | wc -l)
            echo "  postgres (postmaster, pid $pid): $(rss "$pid"); with its $count child processes summed: $total" ;;
        *)
            echo "  $name (pid $pid): $(rss "$pid")" ;;
    esac
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

"$here/run.sh" stop "$@" > /dev/null
wait "$launcher" 2>/dev/null || true
rm -f "$log"
