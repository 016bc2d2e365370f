#!/usr/bin/env bash
# Fetches, starts, stops and resets a real Neo4j Community server for Concord.
#
# The server runs from its jars, resolved from Maven Central by scripts/neo4j/pom.xml and cached
# in .cache/neo4j (git-ignored). Nothing comes from neo4j.com and no Docker is needed.
#
# Usage: scripts/neo4j.sh fetch|start|stop|status|reset|wait
#
# Configuration (environment):
#   NEO4J_HOME_DIR   where the server's home (conf, data, logs) lives   (.cache/neo4j/<name>)
#   NEO4J_NAME       instance name, so dev and test servers can coexist  (dev)
#   NEO4J_BOLT_PORT  Bolt port on 127.0.0.1                              (7687)
#   NEO4J_PASSWORD   password of the neo4j user (min. 8 characters)     (concord-dev-password)
#   NEO4J_HEAP       JVM heap                                            (1g)
#   NEO4J_PAGECACHE  page cache                                          (512m)
#   JAVA_HOME        a Java 17+ runtime                                  (Debian's OpenJDK 17)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache="$root/.cache/neo4j"
lib="$cache/lib-5.26.30"
name=${NEO4J_NAME:-dev}
home=${NEO4J_HOME_DIR:-$cache/$name}
port=${NEO4J_BOLT_PORT:-7687}
password=${NEO4J_PASSWORD:-concord-dev-password}
heap=${NEO4J_HEAP:-1g}
pagecache=${NEO4J_PAGECACHE:-512m}
pidfile="$home/run/neo4j.pid"

java_bin() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"; return; fi
  for d in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-arm64; do
    [ -x "$d/bin/java" ] && { echo "$d/bin/java"; return; }
  done
  if ! command -v java >/dev/null; then
    echo "neo4j.sh: installing Java 17 (Debian's openjdk-17-jre-headless)" >&2
    apt-get update -q >/dev/null && apt-get install -y -q openjdk-17-jre-headless >/dev/null
  fi
  command -v java
}

fetch() {
  [ -f "$lib/.complete" ] && return 0
  if ! command -v mvn >/dev/null; then
    echo "neo4j.sh: installing Maven" >&2
    apt-get update -q >/dev/null && apt-get install -y -q maven >/dev/null
  fi
  echo "neo4j.sh: resolving Neo4j Community 5.26.30 from Maven Central into $lib" >&2
  rm -rf "$lib.tmp"
  mvn -q -B -f "$root/scripts/neo4j/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$lib.tmp" -DincludeScope=runtime
  mv "$lib.tmp" "$lib"
  touch "$lib/.complete"
}

running() {
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

configure() {
  mkdir -p "$home/conf" "$home/data" "$home/logs" "$home/run" "$home/plugins" "$home/import"
  cat >"$home/conf/neo4j.conf" <<CONF
server.default_listen_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$port
server.bolt.advertised_address=127.0.0.1:$port
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
server.memory.heap.initial_size=$heap
server.memory.heap.max_size=$heap
server.memory.pagecache.size=$pagecache
db.tx_log.rotation.retention_policy=100M size
server.directories.data=$home/data
server.directories.logs=$home/logs
server.directories.run=$home/run
server.directories.plugins=$home/plugins
server.directories.import=$home/import
server.directories.lib=$lib
CONF
}

set_password() {
  # The initial password is set offline, before the first start, as neo4j-admin does; it only
  # takes effect on a fresh store, so a marker records that it was done for this home.
  [ -f "$home/.password-set" ] && return 0
  NEO4J_HOME="$home" NEO4J_CONF="$home/conf" "$(java_bin)" -cp "$lib/*" \
    org.neo4j.server.startup.Neo4jAdminCommand dbms set-initial-password "$password" >/dev/null
  touch "$home/.password-set"
}

wait_ready() {
  local deadline=$((SECONDS + ${NEO4J_START_TIMEOUT:-180}))
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    if ! running; then
      echo "neo4j.sh: server exited; last log lines:" >&2
      tail -n 40 "$home/logs/console.log" >&2 || true
      exit 1
    fi
    [ $SECONDS -ge $deadline ] && { echo "neo4j.sh: Bolt not up on 127.0.0.1:$port after ${NEO4J_START_TIMEOUT:-180}s" >&2; exit 1; }
    sleep 0.5
  done
}

start() {
  fetch
  if running; then echo "neo4j.sh: already running (pid $(cat "$pidfile")) on 127.0.0.1:$port" >&2; return 0; fi
  configure
  set_password
  local started=$SECONDS
  NEO4J_HOME="$home" NEO4J_CONF="$home/conf" nohup "$(java_bin)" \
    -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow \
    -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
    --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED \
    --add-opens=java.base/sun.net.www.protocol.http=ALL-UNNAMED \
    -Dfile.encoding=UTF-8 -cp "$lib/*" org.neo4j.server.CommunityEntryPoint \
    --home-dir="$home" --config-dir="$home/conf" --console-mode \
    >"$home/logs/console.log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  wait_ready
  echo "neo4j.sh: Neo4j up on bolt://127.0.0.1:$port in $((SECONDS - started))s (pid $(cat "$pidfile"))" >&2
}

stop() {
  if ! running; then rm -f "$pidfile"; return 0; fi
  local pid; pid=$(cat "$pidfile")
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$pidfile"
  echo "neo4j.sh: stopped" >&2
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  wait) wait_ready ;;
  status) if running; then echo "running (pid $(cat "$pidfile")) on 127.0.0.1:$port"; else echo "stopped"; exit 3; fi ;;
  reset) stop; rm -rf "$home"; echo "neo4j.sh: reset $home" >&2 ;;
  *) echo "usage: $0 fetch|start|stop|status|reset|wait" >&2; exit 2 ;;
esac
