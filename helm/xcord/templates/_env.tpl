{{/*
A service's environment (docs/conventions.md "Configuration a service reads"); (dict "root" $ "short" $short "svc"
$svc). Values come from values.yaml; passwords and keys only as secretKeyRefs.
*/}}
{{- define "xcord.env" -}}
{{- $g := .root.Values.global -}}
{{- $svc := .svc -}}
- name: SERVER_PORT
  value: {{ $svc.port | quote }}
- name: SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE
  value: {{ printf "%vs" $svc.termination.drainSeconds | quote }}
{{- if $svc.database.enabled }}
{{- $schema := $svc.database.schema | default .short }}
{{- $params := ternary (printf "&%s" $g.postgresql.parameters) "" (ne $g.postgresql.parameters "") }}
- name: SPRING_DATASOURCE_URL
  value: {{ printf "jdbc:postgresql://%s:%v/%s?currentSchema=%s%s" $g.postgresql.host $g.postgresql.port $g.postgresql.database $schema $params | quote }}
- name: SPRING_DATASOURCE_USERNAME
  value: {{ $schema | quote }}
- name: SPRING_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "xcord.databaseSecret" . }}
      key: {{ $svc.database.passwordKey }}
{{- end }}
- name: SPRING_KAFKA_BOOTSTRAP_SERVERS
  value: {{ $g.kafka.bootstrapServers | quote }}
- name: SPRING_DATA_REDIS_HOST
  value: {{ $g.redis.host | quote }}
- name: SPRING_DATA_REDIS_PORT
  value: {{ $g.redis.port | quote }}
{{- if $g.redis.ssl }}
- name: SPRING_DATA_REDIS_SSL_ENABLED
  value: "true"
{{- end }}
{{- if $g.redis.existingSecret }}
- name: SPRING_DATA_REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $g.redis.existingSecret }}
      key: {{ $g.redis.passwordKey }}
{{- end }}
- name: XCORD_SECURITY_ISSUER
  value: {{ $g.security.issuer | quote }}
- name: XCORD_SECURITY_AUDIENCE
  value: {{ $g.security.audience | quote }}
{{- /* logs as ECS JSON lines, the OpenTelemetry agent's MDC entries named after ECS's fields (docs/conventions.md "Logs") */}}
- name: LOGGING_STRUCTURED_FORMAT_CONSOLE
  value: ecs
- name: OTEL_INSTRUMENTATION_COMMON_LOGGING_TRACE_ID
  value: trace.id
- name: OTEL_INSTRUMENTATION_COMMON_LOGGING_SPAN_ID
  value: span.id
{{- if $svc.jwks }}
- name: XCORD_SECURITY_JWKS_URI
  value: {{ include "xcord.jwksUri" .root | quote }}
{{- end }}
{{- with $svc.signingKey }}
- name: XCORD_AUTH_KEYS_ENCRYPTION_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ include "xcord.signingKeySecret" (dict "svc" $svc) }}
      key: {{ .key }}
{{- end }}
{{- with $svc.streamKeys }}
- name: XCORD_LIVE_STREAM_KEYS_ENCRYPTION_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ include "xcord.streamKeysSecret" (dict "svc" $svc) }}
      key: {{ .key }}
{{- end }}
{{- with $svc.ingestCallbackPort }}
{{- $ingest := $.root.Values.ingest }}
- name: XCORD_LIVE_INGEST_CALLBACK_PORT
  value: {{ . | quote }}
- name: XCORD_LIVE_INGEST_RTMP_URL
  value: {{ $ingest.publicRtmpUrl | quote }}
- name: XCORD_LIVE_INGEST_PLAYBACK_BASE_URL
  value: {{ $ingest.publicHlsUrl | quote }}
- name: XCORD_LIVE_INGEST_UPDATE_INTERVAL
  value: {{ $ingest.updateInterval | quote }}
{{- end }}
{{- with $svc.managementPort }}
- name: MANAGEMENT_SERVER_PORT
  value: {{ . | quote }}
{{- end }}
{{- if $svc.edge }}
{{- with .root.Values.ingress.trustedProxies }}
- name: XCORD_GATEWAY_TRUSTEDPROXIES
  value: {{ join "," . | quote }}
{{- end }}
{{- /* the gateway routes to every other enabled service by its Kubernetes Service */}}
{{- range $other, $target := include "xcord.services" .root | fromYaml }}
{{- if not $target.edge }}
- name: {{ printf "XCORD_GATEWAY_SERVICES_%s_URI" (upper $other) }}
  value: {{ printf "http://%s:%v" $target.module $target.port | quote }}
{{- end }}
{{- end }}
{{- end }}
{{- if $svc.s3 }}
- name: XCORD_S3_ENDPOINT
  value: {{ $g.s3.endpoint | quote }}
- name: XCORD_S3_REGION
  value: {{ $g.s3.region | quote }}
- name: XCORD_S3_BUCKET
  value: {{ $g.s3.bucket | quote }}
- name: XCORD_S3_PATH_STYLE_ACCESS
  value: {{ $g.s3.pathStyleAccess | quote }}
{{- /* without a Secret the AWS SDK's default chain applies: IRSA / an instance role */}}
{{- if $g.s3.existingSecret }}
- name: XCORD_S3_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef:
      name: {{ $g.s3.existingSecret }}
      key: {{ $g.s3.accessKeyIdKey }}
- name: XCORD_S3_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $g.s3.existingSecret }}
      key: {{ $g.s3.secretAccessKeyKey }}
{{- end }}
{{- end }}
{{- if $svc.config }}
- name: SPRING_CONFIG_ADDITIONAL_LOCATION
  value: optional:file:/config/
{{- end }}
{{- range $name, $value := $svc.env }}
- name: {{ $name }}
  value: {{ $value | toString | quote }}
{{- end }}
{{- range $name, $ref := $svc.secretEnv }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $ref.secretName }}
      key: {{ $ref.key }}
{{- end }}
{{- end -}}
