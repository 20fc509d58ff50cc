#!/usr/bin/env bash
# Compares R psych's scoreItems(impute = "none") with LeadershipModel on the same generated CSV, in the same run:
# checks that every scale's alpha agrees to 1e-6 and prints both times and the ratio.
#
# usage: benchmarks/compare-psych/compare.sh [ROWS=1000000] [SEED=42]
#   DATA_DIR (default ${TMPDIR:-/tmp}/leadershipmodel-compare) holds the generated file, reused when present.
#
# Sides timed (wall clock of the whole process, plus the times each side reports for itself):
#   psych   Rscript psych.R            data.table::fread + scoreItems (read.csv when data.table is missing; skipped without R)
#   cli     leadership reliability     the installed native tool ($LEADERSHIP, or packed and installed into
#                                      $DATA_DIR/tool): reliability FILE --scale … --impute none --format json,
#                                      with its peak resident set from /usr/bin/time
#   cat     cat FILE > /dev/null       the floor for reading the file
#   inproc  time-dotnet.cs             ResponseCsvReader.ReadFile + ScaleScoring.ScoreItems in one process
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rows="${1:-1000000}"
seed="${2:-42}"
dir="${DATA_DIR:-${TMPDIR:-/tmp}/leadershipmodel-compare}"
mkdir -p "$dir"
file="$dir/responses-${rows}x76-seed${seed}.csv"
keys="$file.keys"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$2"; }

if [ ! -s "$file" ] || [ ! -s "$keys" ]; then
  echo "== generating $file"
  (cd "$here" && dotnet run -c Release generate.cs -- "$file" "$rows" "$seed")
fi
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"

# Build first so that no side pays for compilation; time-dotnet's dll then runs like an installed tool would.
(cd "$here" && dotnet build -c Release time-dotnet.cs >/dev/null 2>&1) || true
inproc_dll="$(cd "$here" && dotnet build -c Release time-dotnet.cs -getProperty:TargetPath 2>/dev/null | tail -1)"
mapfile -t scales < "$keys"
scale_args=()
for s in "${scales[@]}"; do [ -n "$s" ] && scale_args+=(--scale "$s"); done

results=()
cli_wall=""
cli_peak=""
cli_cpu=""
psych_cpu=""
# The leadership command as a user runs it: $LEADERSHIP when set, else the Native AOT tool packed from this checkout
# and installed with `dotnet tool install` into $dir/tool (as .ci/run does); REPACK=1 packs it again.
tool="${LEADERSHIP:-}"
if [ -z "$tool" ]; then
  tool="$dir/tool/leadership"
  if [ ! -x "$tool" ] || [ "${REPACK:-0}" = 1 ]; then
    echo "== packing the native leadership tool and installing it into $dir/tool (a few minutes)"
    pkgs="$dir/packages"
    rm -rf "$pkgs" "$dir/tool"
    nolink=(-p:EnableSourceLink=false -p:EnableSourceControlManagerQueries=false -p:IncludeSymbols=false)
    dotnet pack "$root/samples/LeadershipModel.Cli" -c Release -o "$pkgs" "${nolink[@]}" >/dev/null
    dotnet pack "$root/samples/LeadershipModel.Cli" -c Release -r linux-x64 -o "$pkgs" "${nolink[@]}" >/dev/null
    ver=$(ls "$pkgs" | sed -nE 's/^LeadershipModel\.Cli\.([0-9][^a-z]*[0-9])\.nupkg$/\1/p' | head -n 1)
    dotnet tool install LeadershipModel.Cli --tool-path "$dir/tool" --add-source "$pkgs" --version "$ver" >/dev/null
  fi
fi

# Whole process: wall time, peak resident set (VmHWM) and CPU seconds (user + system) from /usr/bin/time when
# present. On a loaded machine CPU time is the steadier figure: wall time then depends on the other processes.
timed() { # timed OUT.time COMMAND… : writes "seconds peak_kb cpu_seconds" to OUT.time
  local out=$1; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %M %U %S" -o "$out" "$@"
    local w m u s
    read -r w m u s < "$out"
    echo "$w $m $(python3 -c "import sys; print(f'{float(sys.argv[1]) + float(sys.argv[2]):.2f}')" "$u" "$s")" > "$out"
  else
    local t0 t1; t0=$(now); "$@"; t1=$(now); echo "$(secs "$t0" "$t1") " > "$out"
  fi
}

run_cli() { # run_cli N: one timed run of the installed tool; keeps the slower run (and the larger peak) in cli_wall/cli_peak
  timed "$dir/cli.time" "$tool" reliability "$file" "${scale_args[@]}" --impute none --format json > "$dir/cli.json"
  local wall peak cpu
  read -r wall peak cpu < "$dir/cli.time"
  echo "   run $1: whole process ${wall} s, CPU ${cpu:-?} s, peak resident ${peak:-?} KB, load $(cut -d' ' -f1 /proc/loadavg)"
  if [ -z "$cli_cpu" ] || python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) > float(sys.argv[2]) else 1)" "${cpu:-0}" "$cli_cpu"; then
    cli_cpu=$cpu
  fi
  if [ -z "$cli_wall" ] || python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) > float(sys.argv[2]) else 1)" "$wall" "$cli_wall"; then
    cli_wall=$wall
  fi
  if [ -z "$cli_peak" ] || [ "${peak:-0}" -gt "$cli_peak" ]; then cli_peak=$peak; fi
}

# The file goes into the page cache first, so that no side pays for the disk: a cold first read of 158 MB costs
# about 0.4 s here, which would fall on whichever side ran first. Then cat is timed warm: the floor of the read.
cat "$file" > /dev/null
echo "== cat FILE > /dev/null (the memory-speed floor of the read)"
timed "$dir/cat.time" sh -c 'cat "$1" > /dev/null' sh "$file"
read -r cat_wall _ < "$dir/cat.time"
echo "   whole process ${cat_wall} s"

have_cli=""
if "$tool" reliability --help 2>&1 | grep -q -- "--impute"; then
  have_cli=1
  results+=("cli=$dir/cli.json")
  # Timed just before and just after psych, so that both sides see the same machine; the slower run counts.
  echo "== leadership reliability ($tool), before psych"
  run_cli 1
else
  echo "== leadership reliability: $tool has no reliability command; skipping it"
fi

if command -v Rscript >/dev/null 2>&1; then
  echo "== psych (Rscript psych.R)"
  timed "$dir/psych.time" Rscript "$here/psych.R" "$file" "$keys" "$dir/psych.json" >/dev/null
  read -r psych_wall _ psych_cpu < "$dir/psych.time"
  results+=("psych=$dir/psych.json")
  echo "   whole process ${psych_wall} s, CPU ${psych_cpu:-?} s, load $(cut -d' ' -f1 /proc/loadavg)"
else
  echo "== psych: R is not installed (Rscript not found); skipping the R side. Install r-base-core and r-cran-psych to compare."
  psych_wall=""
fi

if [ -n "$have_cli" ]; then
  echo "== leadership reliability, after psych"
  run_cli 2
fi

echo "== in process (time-dotnet.cs)"
t0=$(now)
if [ -f "$inproc_dll" ]; then
  dotnet "$inproc_dll" "$file" "$keys" > "$dir/inproc.json"
  how="dotnet time-dotnet.dll"
else
  (cd "$here" && dotnet run -c Release --no-build time-dotnet.cs -- "$file" "$keys") > "$dir/inproc.json"
  how="dotnet run time-dotnet.cs"
fi
t1=$(now)
inproc_wall=$(secs "$t0" "$t1")
results+=("inproc=$dir/inproc.json")
echo "   whole process ${inproc_wall} s ($how, runtime start-up included)"

python3 - "$psych_wall" "$cli_wall" "$inproc_wall" "$cat_wall" "$cli_peak" "$psych_cpu" "$cli_cpu" "${results[@]}" <<'PY'
import json, sys
psych_wall, cli_wall, inproc_wall, cat_wall, cli_peak, psych_cpu, cli_cpu = (float(x) if x else None for x in sys.argv[1:8])
sides = dict(a.split("=", 1) for a in sys.argv[8:])

def alphas(path):
    """Every {name/scale: …, alpha/rawAlpha: …} pair or {"alpha": {name: value}} map found anywhere in the JSON
    (the CLI writes {"scales": [{"name": …, "rawAlpha": …, …}]})."""
    found = {}
    def walk(o):
        if isinstance(o, dict):
            a = o.get("alpha", o.get("rawAlpha"))
            if isinstance(a, dict):
                found.update({k: v for k, v in a.items() if isinstance(v, (int, float))})
            name = o.get("name", o.get("scale"))
            if isinstance(name, dict):
                name = name.get("name")
            if isinstance(name, str) and isinstance(a, (int, float)):
                found[name] = a
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    with open(path) as f:
        walk(json.load(f))
    return found

data = {k: json.load(open(v)) for k, v in sides.items()}
al = {k: alphas(v) for k, v in sides.items()}
ok = True
if "psych" in al:
    ref = al["psych"]
    for side in [s for s in al if s != "psych"]:
        diffs = [abs(al[side][n] - ref[n]) for n in ref if n in al[side]]
        missing = [n for n in ref if n not in al[side]]
        worst = max(diffs) if diffs else float("nan")
        agree = not missing and worst <= 1e-6
        ok &= agree
        print(f"alphas {side} vs psych: {len(diffs)} scales, largest difference {worst:.2e}"
              + (f", missing {missing}" if missing else "") + (" — agree to 1e-6" if agree else " — DISAGREE"))
else:
    print("alphas: no psych run to compare against")

print()
print(f"{'side':<28}{'whole process s':>16}{'read s':>10}{'score s':>10}")
if "psych" in data:
    p = data["psych"]
    print(f"{'psych (' + p['reader'].split(' ')[0] + ')':<28}{psych_wall:>16.2f}{p['read_seconds']:>10.2f}{p['score_seconds']:>10.2f}")
if "cli" in data:
    print(f"{'leadership reliability':<28}{cli_wall:>16.2f}{'':>10}{'':>10}   peak {cli_peak / 1024 if cli_peak else float('nan'):.0f} MB")
i = data["inproc"]
print(f"{'LeadershipModel in process':<28}{inproc_wall:>16.2f}{i['read_seconds']:>10.2f}{i['score_seconds']:>10.2f}")
print(f"{'cat FILE > /dev/null':<28}{cat_wall:>16.2f}")
print()
print(f"read in process / cat, same file:                      {i['read_seconds'] / cat_wall:.1f}x")
if "psych" in data:
    p = data["psych"]
    if cli_wall:
        r = psych_wall / cli_wall
        print(f"ratio, whole process, psych / leadership reliability: {r:.1f}x ({'meets' if r >= 100 else 'below'} the 100x target)")
        if psych_cpu and cli_cpu:
            print(f"ratio, CPU seconds, psych / leadership reliability:   {psych_cpu / cli_cpu:.1f}x ({psych_cpu:.2f} s against {cli_cpu:.2f} s)")
    print(f"ratio, whole process, psych / time-dotnet.cs:         {psych_wall / inproc_wall:.1f}x")
    print(f"ratio, read + score, psych / LeadershipModel:          {(p['read_seconds'] + p['score_seconds']) / i['total_seconds']:.1f}x")
    print(f"ratio, score only (scoreItems / ScoreItems):           {p['score_seconds'] / i['score_seconds']:.1f}x")
sys.exit(0 if ok else 1)
PY
