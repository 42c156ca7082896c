#!/usr/bin/env bash
# A Java 17 runtime base image assembled from Debian packages (no image registry is needed): the
# files of libc6, libgcc-s1, libstdc++6, zlib1g, openjdk-17-jre-headless and ca-certificates, a
# trust store made from the latter, and a user 185 — no shell, no package manager. Written as a
# docker-archive tar, which Jib takes as a base image (quarkus.jib.base-jvm-image=tar://FILE).
# Kept in ~/.cache/newsgraph, one per set of package versions, so it is assembled once per machine.
#
#   deploy/k8s/image/jre-base.sh OUTPUT.tar
set -euo pipefail

out=$(realpath -m "$1")
here=$(cd "$(dirname "$0")" && pwd)
packages=(libc6 libgcc-s1 libstdc++6 zlib1g openjdk-17-jre-headless ca-certificates)
jvm=/usr/lib/jvm/java-17-openjdk-amd64
export DEBIAN_FRONTEND=noninteractive

versions() {
    for package in "${packages[@]}"; do
        printf '%s=%s\n' "$package" "$(apt-cache policy "$package" | sed -n 's/^ *Candidate: //p')"
    done
}
list=$(versions)
if grep -q '=$\|=(none)' <<<"$list"; then
    apt-get update -qq
    list=$(versions)
fi
cache=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/newsgraph
key=$(sha256sum <<<"$list $(sha256sum "$0" "$here/Cacerts.java")" | cut -c1-16)
cached=$cache/jre-base-$key.tar
mkdir -p "$cache" "$(dirname "$out")"
if [[ -f $cached ]]; then
    cp "$cached" "$out"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# apt-get download writes where it runs; as root its sandbox user cannot, so it warns and goes on.
if ! apt-get download -q $(sed 's/=\(.*\)/=\1/' <<<"$list") 2>download.log; then
    apt-get update -qq
    apt-get download -q "${packages[@]}" 2>download.log || { cat download.log >&2; exit 1; }
fi
mkdir rootfs
for deb in *.deb; do
    dpkg-deb -x "$deb" rootfs
done
# Debian 12 merges /bin, /sbin and /lib into /usr; the packages still ship the old paths.
for dir in bin sbin lib lib64; do
    if [[ -d rootfs/$dir && ! -L rootfs/$dir ]]; then
        mkdir -p "rootfs/usr/$dir"
        cp -a "rootfs/$dir/." "rootfs/usr/$dir/"
        rm -rf "rootfs/$dir"
    fi
    ln -s "usr/$dir" "rootfs/$dir"
done
mkdir -p rootfs/etc/ssl/certs/java rootfs/tmp rootfs/proc rootfs/dev rootfs/sys rootfs/deployments
chmod 1777 rootfs/tmp
java "$here/Cacerts.java" rootfs/usr/share/ca-certificates/mozilla rootfs/etc/ssl/certs/java/cacerts
cat > rootfs/etc/passwd <<'PASSWD'
root:x:0:0:root:/root:/usr/sbin/nologin
newsgraph:x:185:185:Newsgraph:/deployments:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
PASSWD
cat > rootfs/etc/group <<'GROUP'
root:x:0:
newsgraph:x:185:
nogroup:x:65534:
GROUP
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > rootfs/etc/nsswitch.conf
rm -rf rootfs/usr/share/doc rootfs/usr/share/man rootfs/usr/share/lintian

tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C rootfs -cf layer.tar .
layer=$(sha256sum layer.tar | cut -d' ' -f1)
cat > config.json <<CONFIG
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"185","WorkingDir":"/deployments",
  "Env":["PATH=$jvm/bin:/usr/bin:/bin","JAVA_HOME=$jvm","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/k8s/image/jre-base.sh: $(tr '\n' ' ' <<<"$list")"}]}
CONFIG
printf '[{"Config":"config.json","RepoTags":["newsgraph/jre-base:17"],"Layers":["layer.tar"]}]\n' > manifest.json
tar --owner=0 --group=0 --numeric-owner -cf image.tar manifest.json config.json layer.tar
mv image.tar "$cached.$$"
mv "$cached.$$" "$cached"
cp "$cached" "$out"
