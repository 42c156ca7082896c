#!/usr/bin/env bash
# The whole Newsgraph suite on this machine, from one command (see deploy/local/README.md):
#
#   deploy/local/run.sh [start] [--fresh] [--OPTION=VALUE ...]   build what is needed, start, wait; Ctrl-C stops
#   deploy/local/run.sh stop | status | help
#
# Needs only a JDK 17+: Maven comes through the wrapper, PostgreSQL and Keycloak from Maven Central.
# NEWSGRAPH_SKIP_BUILD=true starts what was built last time without building.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command="${1:-start}"

case "$command" in
    stop|status|help|--help|-h)
        if [ ! -f "$here/target/local-stack.jar" ]; then
            echo "Nothing was built yet, so nothing runs." >&2
            exit 0
        fi
        ;;
    *)
        if [ "${NEWSGRAPH_SKIP_BUILD:-false}" != "true" ]; then
            echo "Building the services and the launcher (./mvnw -B -q package -DskipTests -pl deploy/local -am)..."
            (cd "$root" && ./mvnw -B -q package -DskipTests -pl deploy/local -am)
        fi
        ;;
esac

NEWSGRAPH_REPO="$root" exec "$java" -jar "$here/target/local-stack.jar" "$@"
