#!/usr/bin/env bash
# Writes the sorted N-Quads that ingest makes of the sample pages and of 2,000 news stories, so a
# change that must not alter the output (a refactoring, a faster writer) can be checked byte for byte:
#
#   data/tools/nquads-snapshot.sh /tmp/before        # on the old commit
#   data/tools/nquads-snapshot.sh /tmp/after         # on the new one
#   diff -q /tmp/before/sample.nq /tmp/after/sample.nq && diff -q /tmp/before/news.nq /tmp/after/news.nq
#
# The news stories are read from ../shared/news beside the project (skipped when absent) and written
# to a temporary folder only. Extra arguments after OUT_DIR go to every ingest (e.g. --threads 1).
# NEWS_COUNT changes the number of stories (default 2000).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:?usage: nquads-snapshot.sh OUT_DIR [ingest options...]}"
shift
mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$repo/newskg" --help >/dev/null 2>&1 || true   # builds the jar when it is missing or stale
ingest_options=("$@")
# Ingests one folder into a fresh store and writes its N-Quads, sorted and without duplicates.
snapshot() { local name="$1" dir="$2"
    "$repo/newskg" ingest --store "$work/store-$name" ${ingest_options[@]+"${ingest_options[@]}"} "$dir" >/dev/null 2>"$work/$name.log" \
        || { echo "ingest of $dir failed:" >&2; tail -5 "$work/$name.log" >&2; exit 1; }
    "$repo/newskg" export --store "$work/store-$name" --format nquads --out "$work/$name.raw.nq" >/dev/null 2>>"$work/$name.log"
    LC_ALL=C sort -u "$work/$name.raw.nq" > "$out/$name.nq"
    printf '%s  %7s quads  %s\n' "$(sha256sum < "$out/$name.nq" | cut -c1-16)" "$(wc -l < "$out/$name.nq")" "$name" >&2
}

snapshot sample "$repo/data/corpus"
news="$repo/../shared/news"
if [[ -d "$news/xinwenlianbo" ]]; then
    java -cp "$repo/extractor/target/classes" "$repo/data/tools/NewsStories.java" "$news" "$work/news" "${NEWS_COUNT:-2000}"
    snapshot news "$work/news"
else
    echo "no ../shared/news beside the project: news snapshot skipped" >&2
fi

