{{/*
The services of the fleet, each block merged over serviceDefaults, the disabled ones left out, as YAML (a map
short name → settings). Every template ranges over `include "xcord.services" . | fromYaml`: a service is one block in
values.yaml and nothing else (no template file per service).
*/}}
{{- define "xcord.services" -}}
{{- $services := dict -}}
{{- range $short, $block := .Values.services -}}
{{- $svc := deepCopy $.Values.serviceDefaults -}}
{{- include "xcord.mergeInto" (dict "dst" $svc "src" (deepCopy $block)) -}}
{{- if $svc.enabled -}}
{{- $_ := set $services $short $svc -}}
{{- end -}}
{{- end -}}
{{- toYaml $services -}}
{{- end -}}

{{/*
Deep merge of .src into .dst, src winning. Sprig's merge/mergeOverwrite treat false, 0 and "" as "unset", so a
service could not turn off what serviceDefaults turns on; this one replaces whatever src sets.
*/}}
{{- define "xcord.mergeInto" -}}
{{- $dst := .dst -}}
{{- range $key, $value := .src -}}
{{- if and (kindIs "map" $value) (kindIs "map" (get $dst $key)) -}}
{{- include "xcord.mergeInto" (dict "dst" (get $dst $key) "src" $value) -}}
{{- else -}}
{{- $_ := set $dst $key $value -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Labels every object of a service carries; (dict "root" $ "svc" $svc). */}}
{{- define "xcord.labels" -}}
{{ include "xcord.selectorLabels" . }}
app.kubernetes.io/version: {{ include "xcord.tag" . | quote }}
app.kubernetes.io/component: {{ ternary "edge" "service" .svc.edge }}
app.kubernetes.io/part-of: xcord
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* What a service's pods are selected by. */}}
{{- define "xcord.selectorLabels" -}}
app.kubernetes.io/name: {{ .svc.module }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* Labels of the whole release's pods (fleet-wide NetworkPolicy peers). */}}
{{- define "xcord.fleetLabels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: xcord
{{- end -}}

{{- define "xcord.tag" -}}
{{- .svc.image.tag | default .root.Chart.AppVersion -}}
{{- end -}}

{{/* <registry>/<repository>:<tag>[@<digest>] */}}
{{- define "xcord.image" -}}
{{- $registry := .root.Values.global.image.registry | trimSuffix "/" -}}
{{- $image := printf "%s/%s:%s" $registry .svc.image.repository (include "xcord.tag" .) -}}
{{- if .svc.image.digest -}}
{{- $image = printf "%s@%s" $image .svc.image.digest -}}
{{- end -}}
{{- $image -}}
{{- end -}}

{{/* The Secret holding a service's database password, and its key. */}}
{{- define "xcord.databaseSecret" -}}
{{- .svc.database.existingSecret | default (printf "%s-db" .svc.module) -}}
{{- end -}}

{{- define "xcord.signingKeySecret" -}}
{{- .svc.signingKey.existingSecret | default (printf "%s-signing-key" .svc.module) -}}
{{- end -}}

{{/* auth-service's JWKS, as every other service fetches it. */}}
{{/* The Secret holding live-service's stream-key encryption secret; (dict "svc" $svc). */}}
{{- define "xcord.streamKeysSecret" -}}
{{- .svc.streamKeys.existingSecret | default (printf "%s-stream-keys" .svc.module) -}}
{{- end }}

{{- define "xcord.jwksUri" -}}
{{- if .Values.global.security.jwksUri -}}
{{- .Values.global.security.jwksUri -}}
{{- else -}}
{{- $auth := required "services.auth is needed for the JWKS (or set global.security.jwksUri)" .Values.services.auth -}}
{{- printf "http://%s:%v/api/v1/auth/jwks" $auth.module $auth.port -}}
{{- end -}}
{{- end -}}

{{/* The edge service (the gateway): the one with edge: true. */}}
{{- define "xcord.edgeService" -}}
{{- range $short, $svc := include "xcord.services" . | fromYaml -}}
{{- if $svc.edge -}}{{ $svc.module }}{{- end -}}
{{- end -}}
{{- end -}}

{{/* Should the Prometheus operator's objects be rendered? "true" or "". */}}
{{- define "xcord.monitoring" -}}
{{- $m := .Values.global.monitoring -}}
{{- if and $m.enabled (or $m.force (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1")) -}}true{{- end -}}
{{- end -}}
