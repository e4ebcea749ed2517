#!/usr/bin/env bash
# Marsad's main-content benchmark: Marsad's HTML extractor, SmartReader and Mozilla Readability on
# the same pages (../shared/data/html: the Arabic pages and the multilingual benchmark), scored by
# bag-of-words precision/recall/F1 against the expected text, with pages/s. Prints a markdown table
# (also written to bench/html/results/table.md). Usage: bench/html/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
data="${MARSAD_SHARED_DATA:-$repo/../shared/data}/html"
pages="$here/.pages"   # git-ignored: the unpacked benchmark (about 120 MB)
[ -d "$data" ] || { echo "run.sh: $data not found (set MARSAD_SHARED_DATA)" >&2; exit 1; }
if [ ! -d "$pages/fundus" ] || [ ! -d "$pages/scrapinghub-aeb" ]; then
  mkdir -p "$pages"
  tar xzf "$data/benchmark/scrapinghub-aeb.tar.gz" -C "$pages"
  tar xzf "$data/benchmark/fundus.tar.gz" -C "$pages"
fi
ln -sfn "$data/arabic" "$pages/arabic"
[ -d "$here/node_modules" ] || (cd "$here" && npm ci --no-audit --no-fund)
mkdir -p "$here/results"
dotnet build -c Release "$here/HtmlCompare/HtmlCompare.csproj" -nologo -v quiet -clp:"ErrorsOnly;NoSummary"
# One tool at a time, so that none competes with another for the CPU.
node "$here/readability.mjs" "$pages" "$here/results/readability.jsonl"
dotnet "$here/HtmlCompare/bin/Release/net10.0/HtmlCompare.dll" "$pages" \
  --readability "$here/results/readability.jsonl" --details "$here/results/details.jsonl" | tee "$here/results/table.md"
echo
echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
