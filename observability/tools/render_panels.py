#!/usr/bin/env python3
"""Renders fleet-overview panels (queries from observability/grafana/dashboards/xcord-fleet-overview.json's kind)
from a Prometheus HTTP API as an HTML page with inline SVG line charts."""
import json, sys, time, urllib.parse, urllib.request, html

PROM = "http://localhost:9091"
end = time.time(); start = end - float(sys.argv[1] if len(sys.argv) > 1 else 600)
panels = [
    ("Request rate per service (req/s)", 'sum by (application) (rate(http_server_requests_seconds_count{uri!~"/actuator.*"}[1m]))'),
    ("p50 latency per service (ms)", '1000 * histogram_quantile(0.5, sum by (application, le) (rate(http_server_requests_seconds_bucket{uri!~"/actuator.*"}[1m])))'),
    ("p99 latency per service (ms)", '1000 * histogram_quantile(0.99, sum by (application, le) (rate(http_server_requests_seconds_bucket{uri!~"/actuator.*"}[1m])))'),
    ("5xx ratio per service", 'sum by (application) (rate(http_server_requests_seconds_count{status=~"5..",uri!~"/actuator.*"}[1m])) / sum by (application) (rate(http_server_requests_seconds_count{uri!~"/actuator.*"}[1m]))'),
    ("Realtime delivery latency p99 (ms)", '1000 * histogram_quantile(0.99, sum by (le) (rate(xcord_realtime_delivery_latency_seconds_bucket[1m])))'),
    ("Outbox lag (s, max per service)", 'max by (application) (xcord_outbox_lag_seconds)'),
]
colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"]

def query(expr):
    q = urllib.parse.urlencode({"query": expr, "start": start, "end": end, "step": 5})
    with urllib.request.urlopen(PROM + "/api/v1/query_range?" + q) as r:
        return json.load(r)["data"]["result"]

def svg(title, series):
    w, h, pad = 560, 240, 40
    pts = [(float(t), float(v)) for s in series for t, v in s["values"] if v not in ("NaN", "+Inf", "-Inf")]
    ymax = max([v for _, v in pts] + [1e-9]) * 1.1
    out = [f'<svg width="{w}" height="{h + 60}" xmlns="http://www.w3.org/2000/svg" style="background:#181b1f">',
           f'<text x="10" y="20" fill="#ccccdc" font-family="sans-serif" font-size="14">{html.escape(title)}</text>']
    for i in range(5):
        y = pad + (h - pad) * i / 4
        out.append(f'<line x1="{pad}" y1="{y}" x2="{w - 10}" y2="{y}" stroke="#2c3235"/>')
        out.append(f'<text x="2" y="{y + 4}" fill="#8e8e8e" font-size="10" font-family="sans-serif">{ymax * (4 - i) / 4:.3g}</text>')
    for i, s in enumerate(series):
        c = colors[i % len(colors)]
        path = []
        for t, v in s["values"]:
            if v in ("NaN", "+Inf", "-Inf"):
                continue
            x = pad + (w - 10 - pad) * (float(t) - start) / (end - start)
            y = h - (h - pad) * float(v) / ymax
            path.append(f"{x:.1f},{y:.1f}")
        if path:
            out.append(f'<polyline fill="none" stroke="{c}" stroke-width="1.5" points="{" ".join(path)}"/>')
        label = s["metric"].get("application", "fleet")
        out.append(f'<text x="{pad + (i % 3) * 170}" y="{h + 20 + (i // 3) * 16}" fill="{c}" font-size="11" font-family="sans-serif">■ {html.escape(label)}</text>')
    out.append("</svg>")
    return "".join(out)

body = "".join(f'<div style="display:inline-block;margin:6px">{svg(t, query(e))}</div>' for t, e in panels)
print(f'<html><body style="background:#111217;margin:8px"><div style="color:#ccccdc;font-family:sans-serif;font-size:16px;margin:6px">'
      f'XCORD fleet overview — Prometheus data from a real ./xcord up run under the DM delivery benchmark '
      f'({time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(end))}, last {int(end - start)} s)</div>{body}</body></html>')
