#!/bin/sh
# The RTMP ingest in a container (docker-compose's "ingest", the chart's ingest Deployment): renders the repository's
# template (helm/xcord/files/ingest/nginx-rtmp.conf.template, mounted at $XCORD_INGEST_TEMPLATE) with the
# environment below and runs nginx in the foreground with its own prefix. The image must have nginx with the RTMP
# module compiled in or loadable (XCORD_INGEST_LOAD_MODULE: e.g. "load_module /usr/lib/nginx/modules/ngx_rtmp_module.so;").
#
#   XCORD_INGEST_CALLBACK_BASE    live-service's ingest callbacks, e.g. http://live-service:18086/api/v1/live/ingest
#   XCORD_INGEST_RTMP_PORT        1935        XCORD_INGEST_HTTP_PORT   8080
#   XCORD_INGEST_UPDATE_INTERVAL  10s         XCORD_INGEST_PREFIX      /tmp/ingest (logs, temp files, HLS)
set -eu
template="${XCORD_INGEST_TEMPLATE:-/xcord/nginx-rtmp.conf.template}"
prefix="${XCORD_INGEST_PREFIX:-/tmp/ingest}"
: "${XCORD_INGEST_CALLBACK_BASE:?XCORD_INGEST_CALLBACK_BASE: live-service's ingest callback URL}"
mkdir -p "$prefix/logs" "$prefix/temp" "$prefix/hls"
escape() { printf '%s' "$1" | sed 's/[\/&|]/\\&/g'; }
sed -e "s|\${LOAD_MODULE}|$(escape "${XCORD_INGEST_LOAD_MODULE:-}")|" \
    -e "s|\${PREFIX}|$(escape "$prefix")|g" \
    -e "s|\${RTMP_BIND}|0.0.0.0|g" \
    -e "s|\${RTMP_PORT}|${XCORD_INGEST_RTMP_PORT:-1935}|g" \
    -e "s|\${HTTP_BIND}|0.0.0.0|g" \
    -e "s|\${HTTP_PORT}|${XCORD_INGEST_HTTP_PORT:-8080}|g" \
    -e "s|\${CALLBACK_BASE}|$(escape "$XCORD_INGEST_CALLBACK_BASE")|g" \
    -e "s|\${UPDATE_INTERVAL}|${XCORD_INGEST_UPDATE_INTERVAL:-10s}|g" \
    -e "s|\${HLS_ROOT}|$(escape "$prefix")|g" \
    "$template" > "$prefix/nginx.conf"
if grep -q '\${' "$prefix/nginx.conf"; then
  echo "ingest: a placeholder of $template has no value" >&2
  exit 1
fi
exec nginx -p "$prefix/" -c "$prefix/nginx.conf" -e stderr
