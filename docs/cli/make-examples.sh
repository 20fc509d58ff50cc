#!/usr/bin/env bash
# Regenerates the example output in docs/cli/*.txt by running the leadership command on the files in samples/data.
# Run from the repository root after building the CLI: dotnet build samples/LeadershipModel.Cli -c Release
set -uo pipefail
cd "$(dirname "$0")/../.."
out=docs/cli
tmp=$(mktemp -d)
leadership() { dotnet samples/LeadershipModel.Cli/bin/Release/net10.0/leadership.dll "$@"; }
run() { # run NAME MAXLINES ARGS...: the command line, then its output (stdout and stderr), cut to MAXLINES lines
  local name=$1 max=$2; shift 2
  { printf '$ leadership %s\n' "$*"; leadership "$@" 2>&1 | head -n "$max"; } | sed "s|$tmp/|out/|g" >"$out/$name.txt"
}
run help 40 --help
run score 40 score samples/data/sample-360.csv
run feedback 48 feedback samples/data/sample-360.csv --target T1
run reliability 30 reliability samples/data/bfi.csv --scale agree=-A1,A2,A3,A4,A5
run simulate 12 simulate --people 100 --raters manager=1,peer=3 --seed 7 --out "$tmp/sim.csv"
run norms-build 12 norms build samples/data/reference.csv --instrument samples/data/instrument.json --out "$tmp/norms.json"
run instrument-show 16 instrument show canonical-short
run instrument-validate 8 instrument validate samples/data/instrument.json
run change 40 change samples/data/team-wave1.csv samples/data/team-wave2.csv --reliability sample
run team-report 40 team report samples/data/sample-360.csv
run consent 30 consent simulate --scenario withdrawal --seed 1
rm -rf "$tmp"
