#!/usr/bin/env bash
# One PostgreSQL role and one schema per service, as `./xcord up` makes them (devstack's DatabaseRoles, DESIGN §2):
# the role can connect to the database and use its own schema, and nothing else — no other service's schema, not
# public, no right to create schemas. Every statement can run again without effect, so this runs on every
# `docker compose up` (service db-roles in docker-compose.yml) and keeps each password in line with .env.
#
# Input (environment): PGHOST/PGDATABASE/PGUSER/PGPASSWORD of the superuser; XCORD_DB_ROLES, the roles
# (= schemas) separated by spaces; XCORD_DB_PASSWORD_<ROLE> for each; optionally XCORD_DB_EXTENSIONS_<ROLE>,
# extensions the superuser creates inside that schema (a service's role may not create extensions itself).
set -euo pipefail

: "${PGDATABASE:?PGDATABASE: the database the services share}"
: "${XCORD_DB_ROLES:?XCORD_DB_ROLES: the service roles, e.g. \"auth feed\"}"

for role in $XCORD_DB_ROLES; do
  if [[ ! "$role" =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; then
    echo "db-roles: not a plain identifier: $role" >&2
    exit 1
  fi
  password_variable="XCORD_DB_PASSWORD_${role^^}"
  password="${!password_variable:-}"
  if [[ -z "$password" ]]; then
    echo "db-roles: $password_variable is empty (set it in .env)" >&2
    exit 1
  fi

  # values reach SQL only through psql variables quoted by format(): %I for names, %L for the password
  psql --quiet --no-psqlrc -v ON_ERROR_STOP=1 \
    -v role="$role" -v password="$password" -v database="$PGDATABASE" <<'SQL'
SELECT format('CREATE ROLE %I', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
              :'role', :'password') \gexec
SELECT format('ALTER ROLE %I SET search_path = %I', :'role', :'role') \gexec
-- by default every role may connect to every database and create in public
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'database') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', :'database', :'role') \gexec
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- not even USAGE: a service has no business in public (nor in any schema but its own)
REVOKE ALL ON SCHEMA public FROM PUBLIC;
SELECT format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', :'role', :'role') \gexec
-- a schema created earlier by someone else is handed over too
SELECT format('ALTER SCHEMA %I OWNER TO %I', :'role', :'role') \gexec
SQL

  extensions_variable="XCORD_DB_EXTENSIONS_${role^^}"
  for extension in ${!extensions_variable:-}; do
    psql --quiet --no-psqlrc -v ON_ERROR_STOP=1 -v role="$role" -v extension="$extension" <<'SQL'
SELECT format('CREATE EXTENSION IF NOT EXISTS %I SCHEMA %I', :'extension', :'role') \gexec
SQL
  done
  echo "db-roles: role and schema $role ready"
done
