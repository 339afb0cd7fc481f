# Sourced by tests/run: a throwaway PostgreSQL cluster for the tests that run on both engines.
# start_postgres installs Debian's postgresql package when it is missing (as root), runs initdb into a temporary
# folder (as the postgres system user when we are root: initdb refuses root), starts the server on a free loopback
# port with its socket in that folder, and exports JOBCAPTURE_TEST_POSTGRES. stop_postgres stops it and deletes it.
# Tests run it with fsync off (a throwaway cluster); `start_postgres --durable` keeps fsync on, for benchmarks.

postgres_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && echo "$dir"
  done | sort -V | tail -n 1
}

free_port() {
  local port
  for port in $(seq 25432 25532); do
    if ! (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

as_cluster_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  local bin port durability="-c fsync=off"
  [ "${1:-}" = "--durable" ] && durability=""
  bin="$(postgres_bin)"
  if [ -z "$bin" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "No PostgreSQL found: installing Debian's postgresql package…"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin="$(postgres_bin)"
  fi
  if [ -z "$bin" ]; then
    echo "PostgreSQL not found (Debian/Ubuntu: sudo apt-get install -y postgresql): its tests are reported as ignored." >&2
    return 1
  fi
  port="$(free_port)" || { echo "No free port for PostgreSQL." >&2; return 1; }
  postgres_dir="$(mktemp -d /tmp/jobcapture-postgres-XXXXXX)"
  chmod 755 "$postgres_dir"
  [ "$(id -u)" = "0" ] && chown postgres: "$postgres_dir"
  as_cluster_owner "$bin/initdb" -D "$postgres_dir/data" -U jobcapture --auth=trust -E UTF8 --locale=C.UTF-8 >"$postgres_dir/initdb.log" 2>&1 \
    || { cat "$postgres_dir/initdb.log" >&2; return 1; }
  as_cluster_owner "$bin/pg_ctl" -D "$postgres_dir/data" -l "$postgres_dir/server.log" -w -o "-p $port -k $postgres_dir -c listen_addresses=127.0.0.1 $durability" start >/dev/null \
    || { cat "$postgres_dir/server.log" >&2; return 1; }
  postgres_ctl="$bin/pg_ctl"
  export JOBCAPTURE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=jobcapture;Database=postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on port $port"
}

stop_postgres() {
  if [ -n "${postgres_dir:-}" ] && [ -d "$postgres_dir" ]; then
    as_cluster_owner "$postgres_ctl" -D "$postgres_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$postgres_dir"
  fi
}
