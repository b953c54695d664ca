#!/usr/bin/env bash
# Median of 50 requests (after 5 to warm up) against a running web app logged in with cookie jar $1.
# Usage: bench/whatif-bench.sh JAR BASE_URL
J=$1; B=$2
run() { # label, curl args...
  local label=$1; shift
  for i in 1 2 3 4 5; do curl -s -o /dev/null -b $J "$@"; done
  for i in $(seq 50); do curl -s -o /dev/null -w "%{time_total}\n" -b $J "$@"; done | sort -n |
    awk -v l="$label" '{a[NR]=$1*1000} END {printf "%-34s median %.1f ms  (min %.1f, p90 %.1f, max %.1f)\n", l, (a[25]+a[26])/2, a[1], a[45], a[50]}'
}
run "GET /api/me/preview" "$B/api/me/preview"
run "POST /api/me/whatif (sale+night)" -H 'Content-Type: application/json' -d '{"extraSales":20000,"extraSalesTermMonths":12,"extraNightShifts":1}' "$B/api/me/whatif"
run "POST /api/me/whatif (KPI inputs)" -H 'Content-Type: application/json' -d '{"metrics":{"qa_score":95,"aht_seconds":180}}' "$B/api/me/whatif"
run "GET /Me/Estimate (page)" "$B/Me/Estimate"
