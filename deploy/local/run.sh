#!/usr/bin/env bash
# The whole Newsgraph suite on this machine, from one command (see deploy/local/README.md):
#
#   deploy/local/run.sh [start] [--fresh] [--OPTION=VALUE ...]   build what is needed, start, wait; Ctrl-C stops
#   deploy/local/run.sh stop | status | help
#
# Needs only a JDK 17+: Maven comes through the wrapper, PostgreSQL and Keycloak from Maven Central.
# It builds (./mvnw package, tests skipped) when a file of the repository changed since its last
# build, or when nothing was built yet; NEWSGRAPH_BUILD=always or =never overrides that.
# It packages the services as Quarkus's aot-jar (a flat class path that the JDK's AOT cache can hold):
# on a JDK 25 (/usr/lib/jvm/temurin-25-jdk-amd64, or --service-jdk) each service's first start records
# its cache and the next ones start from it (README.md, "Fast starts"). ./mvnw's own builds, the images
# and the tests keep the default fast-jar.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
launcher="$here/target/local-stack.jar"
built="$here/target/run-sh.built"
command="${1:-start}"

# Anything in the repository newer than the last build made by this script (changed-since-build.sh)?
changed_since_build() {
    [ ! -f "$built" ] || [ ! -f "$launcher" ] || "$here/changed-since-build.sh" "$root" "$built"
}

case "$command" in
    stop|status|help|--help|-h)
        if [ ! -f "$launcher" ]; then
            echo "Nothing was built yet, so nothing runs." >&2
            exit 0
        fi
        ;;
    *)
        mode="${NEWSGRAPH_BUILD:-auto}"
        if [ "$mode" = "always" ] || { [ "$mode" != "never" ] && changed_since_build; }; then
            echo "Building the services and the launcher (./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=aot-jar -pl deploy/local -am)..."
            stamp="$(mktemp)"
            (cd "$root" && ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=aot-jar -pl deploy/local -am)
            mv "$stamp" "$built"
        fi
        ;;
esac

# The launcher itself is small: a little heap, no JIT warm-up to speak of.
NEWSGRAPH_REPO="$root" exec "$java" -Xms16m -Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$launcher" "$@"
