#!/usr/bin/env bash
# The size of every embed page's HTML (and the time to serve it), for issue 12's budget: an embed page is at most
# 100 KB at any data size. Run it against a started server: `bench/embed-html.sh http://127.0.0.1:4890 [png]`.
# Each address is fetched twice; the second answer (from the server's caches) is the one whose time is printed beside
# the first's. With "png" as the second argument the static PNG images are fetched too.
set -euo pipefail
base="${1:?usage: embed-html.sh <base-url> [png]}"
state="$(curl -fsS "$base/api/v1/counts.json?groupBy=STATE" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const b=JSON.parse(s).buckets.filter(x=>x.state).sort((x,y)=>y.subpoenas-x.subpoenas);process.stdout.write(b[0].state)})')"
year="$(curl -fsS "$base/api/v1/counts.json?groupBy=PERIOD&interval=YEAR" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const b=JSON.parse(s).buckets.filter(x=>x.period&&x.batches>0);process.stdout.write(b[b.length-2].period.slice(0,4))})')"
pages=(
  "subpoenas-over-time"
  "subpoenas-over-time?stack=state"
  "subpoenas-over-time?stack=outcome"
  "subpoenas-over-time?stack=none"
  "subpoenas-over-time?interval=quarter"
  "subpoenas-over-time?interval=year"
  "subpoenas-over-time?interval=month&from=$year&to=$year"
  "subpoenas-over-time?interval=month&from=$year&to=$year&stack=state"
  "subpoenas-over-time?state=$state"
  "subpoenas-over-time?outcome=DECLINED&theme=dark"
  "by-jurisdiction"
  "by-jurisdiction?place=state"
  "by-jurisdiction?state=$state"
  "outcomes"
  "outcomes?state=$state"
  "where"
  "where?state=$state"
  "where?outcome=DECLINED"
  "where?from=$year&to=$year"
)
printf '| embed | HTML bytes | first s | again s |\n|---|---:|---:|---:|\n'
for page in "${pages[@]}"; do
  first="$(curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}' "$base/embed/${page/\?/?}")"
  again="$(curl -s -o /dev/null -w '%{time_total}' "$base/embed/$page")"
  read -r code size time <<<"$first"
  [ "$code" = 200 ] || size="HTTP $code"
  printf '| `%s` | %s | %s | %s |\n' "$page" "$size" "$time" "$again"
done
if [ "${2:-}" = png ]; then
  printf '\n| image | bytes | first s | again s |\n|---|---:|---:|---:|\n'
  for page in "subpoenas-over-time.png" "subpoenas-over-time.png?stack=state" "by-jurisdiction.png" "outcomes.png" "where.png" "where.png?state=$state"; do
    first="$(curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}' "$base/embed/$page")"
    again="$(curl -s -o /dev/null -w '%{time_total}' "$base/embed/$page")"
    read -r code size time <<<"$first"
    [ "$code" = 200 ] || size="HTTP $code"
    printf '| `%s` | %s | %s | %s |\n' "$page" "$size" "$time" "$again"
  done
fi
