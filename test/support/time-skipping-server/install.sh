#!/usr/bin/env bash
# Fetches the Temporal time-skipping test server (Java, from Maven Central) into $MOAT_TOOLS_DIR/temporal-test-server
# (default .tools/), once: the tests in test/escalation-ladders.test.ts start it through the wrapper written here.
# Needs Java 17+ and Maven; the SDK's own download (from GitHub) is not used. Run again after pom.xml or
# LoopbackTestServer.java changes; it does nothing while the installed copy matches them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tools="${MOAT_TOOLS_DIR:-.tools}"
case "$tools" in /*) ;; *) tools="$root/$tools" ;; esac
dest="$tools/temporal-test-server"
stamp="$(cat "$here/pom.xml" "$here/LoopbackTestServer.java" | sha256sum | cut -d' ' -f1)"

if [ -x "$dest/temporal-test-server" ] && [ "$(cat "$dest/.inputs.sha256" 2>/dev/null)" = "$stamp" ]; then
  echo "time-skipping test server: already in $dest"
  exit 0
fi
for tool in java javac mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "time-skipping test server: '$tool' is missing; install Java 17+ (a JDK) and Maven, then run $0 again" >&2
    exit 1
  fi
done

echo "time-skipping test server: fetching io.temporal:temporal-test-server from Maven Central into $dest"
work="$dest.partial"
rm -rf "$work"
mkdir -p "$work"
mvn -B -q -Dstyle.color=never -f "$here/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$work/lib"
javac --release 17 -nowarn -cp "$work/lib/*" -d "$work/classes" "$here/LoopbackTestServer.java"
cat >"$work/temporal-test-server" <<'WRAPPER'
#!/bin/sh
# Written by test/support/time-skipping-server/install.sh. The TypeScript SDK runs this with a port as the only
# argument (TestWorkflowEnvironment.createTimeSkipping, executable type 'existing-path').
here="$(cd "$(dirname "$0")" && pwd)"
exec java -Xmx512m -XX:+UseSerialGC -cp "$here/classes:$here/lib/*" LoopbackTestServer "$@"
WRAPPER
chmod +x "$work/temporal-test-server"
echo "$stamp" >"$work/.inputs.sha256"
rm -rf "$dest"
mv "$work" "$dest"
echo "time-skipping test server: ready ($(ls "$dest/lib" | wc -l) jars)"
