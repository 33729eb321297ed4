/**
 * Checks of observability/: the alert rules through promtool ({@code check rules}, {@code test rules}), the Grafana
 * dashboards' structure and PromQL, and the metric names both use against issue 14's contract.
 */
package com.xcord.deploy.observability;
