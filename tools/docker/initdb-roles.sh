#!/bin/sh
# Runs once, when the PostgreSQL container creates its data folder (docker-entrypoint-initdb.d).
# Makes the two roles Leidraad uses, so the app never connects as the superuser:
# - leidraad_owner owns the database and schema: migrations and role set-up (DATABASE_URL);
# - leidraad_app is a plain login role: requests (DATABASE_APP_URL). The app grants it, at every
#   start, exactly what it needs (SELECT and INSERT only on the audit trail, no DDL).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$LEIDRAAD_DB_OWNER_PASSWORD" -v app_password="$LEIDRAAD_DB_APP_PASSWORD" <<'SQL'
CREATE ROLE leidraad_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE leidraad_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'app_password';
CREATE DATABASE leidraad OWNER leidraad_owner;
REVOKE ALL ON DATABASE leidraad FROM PUBLIC;
GRANT CONNECT ON DATABASE leidraad TO leidraad_app;
\connect leidraad
ALTER SCHEMA public OWNER TO leidraad_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
SQL
