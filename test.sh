#!/usr/bin/env bash
# Runs every Limber test on a fresh Debian machine: installs only what is missing (python3-jsonschema,
# postgresql, chromium, poppler-utils), starts a throwaway PostgreSQL server on loopback, runs `dotnet test` on the whole solution, validates `limber export` against the shared schema, and ends with one line:
#   tests: N passed, N failed[, N skipped]
# Exit code: non-zero when any test failed or none ran.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results=$(mktemp -d -t limber-tests-XXXXXX)
pg_dir=
cleanup() {
  [ -n "$pg_dir" ] && tests/postgres.sh stop "$pg_dir"
  rm -rf "$results"
}
trap cleanup EXIT

say() { printf '== %s\n' "$*" >&2; }

apt_updated=
need_apt() { # need_apt PACKAGE...: installs the Debian packages not yet installed
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=; [ "$(id -u)" -ne 0 ] && sudo=sudo
  if [ -z "$apt_updated" ]; then $sudo apt-get update -qq >&2 && apt_updated=1; fi
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# --- tools -----------------------------------------------------------------------------------------------
if ! command -v dotnet >/dev/null 2>&1; then
  echo "dotnet (the .NET 10 SDK) is needed and is not on PATH; see README.md" >&2
  echo "tests: 0 passed, 1 failed"; exit 1
fi
python=python3
if ! python3 -c 'import jsonschema' 2>/dev/null; then
  need_apt python3 python3-jsonschema
  python=/usr/bin/python3
fi

# Chromium (Debian's, never a downloaded one) for the web app's browser tests, with a font for its screenshots.
[ -x /usr/bin/chromium ] || need_apt chromium fonts-dejavu-core
# poppler's pdftotext and pdfinfo read the printed handouts back.
[ -x /usr/bin/pdftotext ] || need_apt poppler-utils

# PostgreSQL: the multi-user backend is tested against a real server on loopback, started here and stopped on exit.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt postgresql
if pg=$(tests/postgres.sh start); then
  pg_dir=$(printf '%s\n' "$pg" | sed -n 1p)
  export LIMBER_TEST_POSTGRES=$(printf '%s\n' "$pg" | sed -n 2p)
  say "PostgreSQL on ${LIMBER_TEST_POSTGRES}"
else
  echo "could not start PostgreSQL; the PostgreSQL tests will fail" >&2
fi

# --- the .NET test suites --------------------------------------------------------------------------------
say "dotnet build Limber.slnx"
dotnet build Limber.slnx --nologo -v quiet 2>&1 | grep -E "error|warn" >&2
dotnet_status=${PIPESTATUS[0]}
if [ "$dotnet_status" -eq 0 ]; then
  for project in tests/*/*.csproj; do
    name=$(basename "$project" .csproj)
    say "dotnet test $name"
    # One results file per project: TRX names made from timestamps can collide when two finish together.
    dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results/trx" 2>&1 \
      | grep -vE "^(Results File|A total of|Test run for|VSTest version|Starting test execution)" >&2
    [ "${PIPESTATUS[0]}" -eq 0 ] || dotnet_status=1
  done
fi

# --- the record contract: export checked by the shared schema tool ---------------------------------------
extra_passed=0; extra_failed=0
say "limber export --format json | check-export.py"
if dotnet run --project src/Limber --no-build -- export --format json --out "$results/export.json" >&2 \
   && "$python" ../shared/tools/check-export.py "$results/export.json" >&2; then
  extra_passed=1
else
  echo "FAILED: limber export does not validate against shared/spec/exercise.schema.json" >&2
  extra_failed=1
fi

# --- imported drafts obey the same contract: every seed and every test article, through `limber import` ----------
say "limber import (seeds and test articles) | check-export.py"
for article in ../shared/seeds/*.txt tests/Limber.Content.Tests/Import/Cases/*.{txt,md,html}; do
  out="$results/import-$(basename "$article").json"
  if dotnet run --project src/Limber --no-build -- import "$article" --format json > "$out" \
     && "$python" ../shared/tools/check-export.py "$out" >&2; then
    extra_passed=$(( extra_passed + 1 ))
  else
    echo "FAILED: limber import $article does not validate against shared/spec/exercise.schema.json" >&2
    extra_failed=$(( extra_failed + 1 ))
  fi
done

# --- totals from the runners' own results ----------------------------------------------------------------
read -r passed failed skipped < <("$python" - "$results/trx" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    if c is None: continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    s += int(c.get("notExecuted", 0)) + int(c.get("inconclusive", 0))
print(p, f, s)
PY
)
passed=$(( ${passed:-0} + extra_passed )); failed=$(( ${failed:-0} + extra_failed )); skipped=${skipped:-0}
if [ "$dotnet_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test failed before reporting results (build error?)" >&2
  failed=1
fi

summary="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
