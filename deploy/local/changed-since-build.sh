#!/usr/bin/env bash
# changed-since-build.sh <repository> <stamp>: exits 0 when a file of the repository is newer than the
# stamp (the last build run.sh made), 1 when none is. A file counts when git tracks it or would: what
# .gitignore names is build output (target/, and the editor UI's dist/, src/gql/ and
# tsconfig.tsbuildinfo, which every build writes again), and counting it made every start rebuild the
# services and so record their AOT caches anew. Without git (a copy of the sources) every file counts
# but the build's output folders and the stack's working folder.
set -uo pipefail
root="$1"
stamp="$2"
if git -C "$root" rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    newer="$(cd "$root" && git ls-files -z --cached --others --exclude-standard \
        | xargs -0 -r sh -c 'find "$@" -maxdepth 0 -type f -newer "$0" -print -quit 2> /dev/null' "$stamp")"
else
    webui="$root/gateway/src/main/webui"
    newer="$(find "$root" \( -name target -o -name .git -o -path "$root/deploy/local/work" -o -name node_modules \
        -o -path "$webui/dist" -o -path "$webui/src/gql" -o -path "$webui/test-results" -o -name '*.tsbuildinfo' \) -prune \
        -o -type f -newer "$stamp" -print -quit)"
fi
[ -n "$newer" ]
