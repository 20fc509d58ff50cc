#!/usr/bin/env bash
# Whole-process figures of `leadership score`, each beside its baseline in the same run:
#   1. throughput: score FILE --format csv --out FILE against --out /dev/null, and the engine alone (engine.cs), for the
#      canonical full form 2.0.0 (177 items) and 1.0.0 (94 items, the form when issue 15 set its target);
#   2. reports against the number of people: table, Markdown and HTML for 10,000, 40,000 and 100,000 people (self,
#      a peer and a manager each), beside the streamed CSV of the same profiles.
# Wall time and peak resident set come from /usr/bin/time; the load average is printed beside every figure.
#
# usage: benchmarks/score/run.sh [PEOPLE=300000]
#   LEADERSHIP  the command to time (default: the tool compare-psych/compare.sh installed, else `leadership`)
#   DATA_DIR    where the simulated files live (default ${TMPDIR:-/tmp}/leadershipmodel-score), reused when present
#   SIZES       the numbers of people for the reports (default "10000 40000 100000")
#   FORMATS     the report formats (default "csv table markdown html"; the HTML report takes minutes per 10,000 people)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
people="${1:-300000}"
dir="${DATA_DIR:-${TMPDIR:-/tmp}/leadershipmodel-score}"
mkdir -p "$dir"
tool="${LEADERSHIP:-${TMPDIR:-/tmp}/leadershipmodel-compare/tool/leadership}"
if [ ! -x "$tool" ]; then
  tool="$(command -v leadership || true)"
  [ -n "$tool" ] || { echo "no leadership tool: run benchmarks/compare-psych/compare.sh once (it installs one) or set LEADERSHIP" >&2; exit 2; }
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
load() { cut -d' ' -f1 /proc/loadavg; }

timed() { # timed LABEL SETS COMMAND…
  local label=$1 sets=$2; shift 2
  local l; l=$(load)
  /usr/bin/time -f "%e %M" -o "$dir/run.time" "$@" >/dev/null 2>"$dir/run.err" || { cat "$dir/run.err" >&2; return 1; }
  local wall peak; read -r wall peak < "$dir/run.time"
  python3 -c "import sys; w=float(sys.argv[2]); n=int(sys.argv[3]); print(f'{sys.argv[1]:<44}{w:>8.2f} s{int(sys.argv[4])/1024:>8.0f} MB{n/w:>12,.0f} sets/s   load {sys.argv[5]}')" \
    "$label" "$wall" "$sets" "$peak" "$l"
}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), tool $tool"
# simulated self-assessments; past 1,000,000 people, 1,000,000 simulated ones repeated with new ids (R0-, R1-, … on the
# respondent and target columns), since simulating takes about 37 s per million 2.0.0 sets here
make_self() { # make_self FILE PEOPLE [simulate options…]
  local file=$1 n=$2; shift 2
  [ -s "$file" ] && return
  if [ "$n" -le 1000000 ]; then
    "$tool" simulate --people "$n" --seed 3 --missing 0.01 --out "$file" "$@" >/dev/null
    return
  fi
  [ $((n % 1000000)) -eq 0 ] || { echo "people past 1,000,000 must be a multiple of 1,000,000" >&2; exit 2; }
  local one="$file.1m"
  "$tool" simulate --people 1000000 --seed 3 --missing 0.01 --out "$one" "$@" >/dev/null
  { head -n 1 "$one"; for ((i = 0; i < n / 1000000; i++)); do tail -n +2 "$one" | sed "s/^\([^,]*\),\([^,]*\),/R$i-\1,R$i-\2,/"; done; } > "$file"
  rm -f "$one"
}
self="$dir/self-$people.csv"
make_self "$self" "$people"
(cd "$here" && dotnet build -c Release engine.cs >/dev/null 2>&1) || true
engine_dll="$(cd "$here" && dotnet build -c Release engine.cs -getProperty:TargetPath 2>/dev/null | tail -1)"
self1="$dir/self-$people-1.0.0.csv"
make_self "$self1" "$people" --instrument canonical@1.0.0
for form in 2.0.0 1.0.0; do
  file="$self"; [ "$form" = 1.0.0 ] && file="$self1"
  echo "== throughput, $people canonical $form self-assessments ($(du -mL "$file" | cut -f1) MB)"
  # csv and json stream through a pipeline across every core whatever --parallel says.
  timed "score --format csv --out FILE" "$people" "$tool" score "$file" --instrument "canonical@$form" --format csv --out "$dir/profiles.csv"
  timed "score --format csv --out /dev/null" "$people" "$tool" score "$file" --instrument "canonical@$form" --format csv --out /dev/null
  echo "engine alone (one thread, CPU time), load $(load): $(dotnet "$engine_dll" "$file" "$form")"
done

echo "== reports against the number of people (self, a peer and a manager each)"
for n in ${SIZES:-10000 40000 100000}; do
  f="$dir/p360-$n.csv"
  [ -s "$f" ] || "$tool" simulate --people "$n" --raters peer=1,manager=1 --seed 5 --out "$f" >/dev/null
  for format in ${FORMATS:-csv table markdown html}; do
    timed "$n people: $format" $((3 * n)) "$tool" score "$f" --format "$format" --out "$dir/report.$format"
  done
done
