#!/usr/bin/env bash
# An image registry on 127.0.0.1 for the build's image check: Debian's docker-registry (the
# Distribution registry), installed with apt if missing, storing in DIR. It stops by itself after
# 15 minutes at the latest, so that a build that fails half-way leaves nothing running for long.
#
#   deploy/k8s/image/registry.sh start DIR PORT
#   deploy/k8s/image/registry.sh stop DIR
set -euo pipefail

command=$1
dir=$(realpath -m "$2")
pidfile=$dir/registry.pid

stop() {
    if [[ -f $pidfile ]]; then
        kill "$(cat "$pidfile")" 2>/dev/null || true
        rm -f "$pidfile"
    fi
}

case $command in
start)
    port=$3
    stop
    if ! command -v docker-registry >/dev/null; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -qq --no-install-recommends docker-registry >/dev/null \
            || { apt-get update -qq && apt-get install -y -qq --no-install-recommends docker-registry >/dev/null; }
    fi
    mkdir -p "$dir/storage"
    cat > "$dir/config.yml" <<CONFIG
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $dir/storage
http:
  addr: 127.0.0.1:$port
CONFIG
    setsid timeout 900 docker-registry serve "$dir/config.yml" >"$dir/registry.log" 2>&1 </dev/null &
    echo $! > "$pidfile"
    for _ in $(seq 1 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            exit 0
        fi
        sleep 0.2
    done
    echo "the registry did not start on 127.0.0.1:$port; see $dir/registry.log" >&2
    stop
    exit 1
    ;;
stop)
    stop
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
