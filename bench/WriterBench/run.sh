#!/bin/sh
# Three rounds, the four writers alternated within each round, each in its own process under /usr/bin/time -v.
# usage: bench/WriterBench/run.sh <agents.csv|synthetic:N> [rounds]   (from the repository root, after
#   dotnet build -c Release bench/WriterBench)
set -e
input=${1:-bench/100k/agents.csv}
rounds=${2:-3}
dll=bench/WriterBench/bin/Release/net10.0/WriterBench.dll
for round in $(seq 1 "$rounds"); do
  for writer in paycalc openxml miniexcel spreadcheetah; do
    out=$(mktemp /tmp/writerbench-XXXXXX.xlsx)
    /usr/bin/time -v -o "$out.time" dotnet "$dll" "$writer" "$input" "$out" | tr -d '\n'
    printf '\tround %s\twall %s\tmaxRSS %s KB\tCPU %s+%s s\n' "$round" \
      "$(grep 'Elapsed (wall' "$out.time" | awk '{print $NF}')" \
      "$(grep 'Maximum resident' "$out.time" | awk '{print $NF}')" \
      "$(grep 'User time' "$out.time" | awk '{print $NF}')" \
      "$(grep 'System time' "$out.time" | awk '{print $NF}')"
    rm -f "$out" "$out.time"
  done
done
