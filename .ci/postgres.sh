#!/usr/bin/env bash
# Installs (Debian package) and starts a local PostgreSQL for the postgres-profile test, with a fresh
# database; prints the JDBC URL. Loopback only.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
fi
ver=$(ls -d /usr/lib/postgresql/*/bin/postgres | sed "s|/usr/lib/postgresql/\([0-9]*\)/.*|\1|" | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$ver main$"; then
  pg_createcluster "$ver" main >/dev/null 2>&1
fi
pg_ctlcluster "$ver" main start >/dev/null 2>&1 || true
for i in $(seq 1 30); do
  su postgres -c "psql -qtAc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='lkauditor'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE lkauditor LOGIN PASSWORD 'lkauditor'\"" >/dev/null
su postgres -c "psql -qc 'DROP DATABASE IF EXISTS lkauditor_ci'" >/dev/null 2>&1
su postgres -c "psql -qc 'CREATE DATABASE lkauditor_ci OWNER lkauditor'" >/dev/null
echo "jdbc:postgresql://127.0.0.1:5432/lkauditor_ci"
