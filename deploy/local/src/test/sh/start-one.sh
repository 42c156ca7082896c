#!/bin/bash
# Times one start of a packaged service, alone, to its "started in" log line, and prints the
# processor seconds and resident memory the JVM had used by then (docs/measurements.md, Run D).
# A benchmark, run by hand; no build step calls it. The OIDC server need not run (the gateway reads
# it on the first request).
# usage: start-one.sh <label> <quarkus-app dir> <java> [jvm options...]
# e.g.   QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET=x start-one.sh aot gateway/target/quarkus-app \
#            /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -XX:AOTCache=/tmp/gateway.aot
# (train a cache first with -XX:AOTCacheOutput=/tmp/gateway.aot: the JVM writes it when stopped)
set -u
label=$1; app=$2; java=$3; shift 3
log=${TMPDIR:-/tmp}/start-one-$label.log
t0=$(date +%s.%N)
"$java" "$@" -Dquarkus.http.port=18791 -Dquarkus.management.port=18792 \
    -Dquarkus.oidc.auth-server-url=http://127.0.0.1:18799/realms/newsroom -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
pid=$!
until grep -q "started in" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$label: the JVM stopped, see $log"; exit 1; fi
    sleep 0.02
done
t1=$(date +%s.%N)
read -r utime stime <<<"$(awk '{print $14, $15}' "/proc/$pid/stat")"
echo "$label wall=$(echo "$t1 - $t0" | bc) s cpu=$(echo "scale=2; ($utime + $stime) / $(getconf CLK_TCK)" | bc) s" \
    "rss=$(awk '/VmRSS/{print $2}' "/proc/$pid/status") KiB load=$(cut -d' ' -f1 /proc/loadavg)"
kill "$pid"; wait "$pid" 2>/dev/null
