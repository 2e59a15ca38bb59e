#!/usr/bin/env bash
# Whole-process and JMH measurements of careguide. See benchmarks/README.md for what each part measures.
#
#   benchmarks/bench.sh [machine|generate|jmh|sync|sync_cli|pipeline|site|registry|maven|large_import|large_check|all]...
#
# Needs: the project built and installed (./mvnw -B -DskipTests install), the benchmarks jar
# (./mvnw -B -DskipTests -Pbenchmarks package -pl benchmarks), hyperfine and GNU gettext
# (apt-get install hyperfine gettext), /usr/bin/time (apt-get install time).
# Environment: BENCH_DIR (work and results folder, default /tmp/careguide-bench), RUNS (hyperfine runs, default 5),
# SIZES (pipeline article counts, default "100 1000 5000"), REGISTRY_SIZE (articles of the registry part, default 1000), LARGE (sizes from this one up run once, under
# /usr/bin/time only, default 5000), LOCALES (pipeline target locales, default 10),
# XMX (pipeline and large_import heap, default 512m), LARGE_IMPORT_MB (article size of large_import, default 50), LARGE_CHECK_KEYS (keys of large_check, default 100000), SITE_SIZES (article counts whose review site is measured, default 1000), SEQUENTIAL_SIZES (sizes also built with --threads 1, default 1000), CLI_JAR / BENCH_JAR (jars to use, default the ones built in the repository; the launcher beside CLI_JAR, cli/target/careguide, runs large_import and large_check a second time),
# SYNC_OPTS (JVM options of the sync runs measured beside the JVM's defaults, default the options the
# cli/target/careguide launcher starts careguide with, read from cli/src/main/launcher/careguide),
# CAREGUIDE_ROOT (repository, default the parent of this script's folder), JMH_ARGS (extra JMH options).
set -euo pipefail

ROOT=${CAREGUIDE_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
WORK=${BENCH_DIR:-/tmp/careguide-bench}
RESULTS=$WORK/results
RUNS=${RUNS:-5}
SIZES=${SIZES:-"100 1000 5000"}
LOCALES=${LOCALES:-10}
XMX=${XMX:-512m}
BENCH_JAR=${BENCH_JAR:-$ROOT/benchmarks/target/benchmarks.jar}
CLI_JAR=${CLI_JAR:-$ROOT/cli/target/careguide.jar}
mkdir -p "$RESULTS"

need() {
  for f in "$@"; do
    [[ -e $f ]] || { echo "missing $f: build it first (see the header of $0)" >&2; exit 2; }
  done
}

# Peak resident memory (KB), wall time and exit code of one run of a command, appended to $RESULTS/peak-rss.txt.
peak() {
  local name=$1; shift
  local out
  /usr/bin/time -f "%e %M %x" "$@" >/dev/null 2>"$RESULTS/peak-$name.stderr" || true
  out=$(tail -1 "$RESULTS/peak-$name.stderr")
  printf '%-32s wall %8s s   peak RSS %8s KB   exit %s\n' "$name" ${out} | tee -a "$RESULTS/peak-rss.txt"
}

# The JVM options the cli/target/careguide launcher adds before the user's own for a command other than import.
launcher_opts() {
  sed -n 's/^CAREGUIDE_JVM_\(DEFAULTS\|SHORT_RUN\)="\(.*\)"$/\2/p' "$ROOT/cli/src/main/launcher/careguide" | xargs
}

summary() {
  java -cp "$BENCH_JAR" dev.careguide.benchmarks.HyperfineSummary "$@"
}

machine() {
  {
    echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "cpu:     $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    echo "memory:  $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
    echo "jdk:     $(java -version 2>&1 | head -1), $(java -version 2>&1 | sed -n 3p)"
    echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
    echo "tools:   $(hyperfine --version), $(msgmerge --version | head -1)"
  } | tee "$RESULTS/machine.txt"
}

jmh() {
  need "$BENCH_JAR"
  (cd "$ROOT" && java -jar "$BENCH_JAR" -rf json -rff "$RESULTS/jmh.json" ${JMH_ARGS:-} | tee "$RESULTS/jmh.txt")
  java -cp "$BENCH_JAR" dev.careguide.benchmarks.JmhSummary "$RESULTS/jmh.json" | tee "$RESULTS/jmh-summary.md"
}

sync() {
  need "$BENCH_JAR"
  local dir=$WORK/sync
  if [[ ! -d $dir ]]; then
    java -cp "$BENCH_JAR" dev.careguide.benchmarks.corpus.SyncScenarioWriter "$dir"
  fi
  # The JVM as careguide's launcher starts it (what a user of cli/target/careguide gets), beside the JVM's defaults
  # (plain java -jar); measured for time and memory alike.
  local small=${SYNC_OPTS:-$(launcher_opts)}
  local ours="java -cp $BENCH_JAR dev.careguide.benchmarks.CatalogSyncRun $dir/careguide/model-after.json $dir/run-i18n de"
  local ours_small="java $small -cp $BENCH_JAR dev.careguide.benchmarks.CatalogSyncRun $dir/careguide/model-after.json $dir/run-i18n de"
  local restore="rm -rf $dir/run-i18n && cp -r $dir/careguide/i18n $dir/run-i18n"
  local nofuzzy="msgmerge --quiet --no-fuzzy-matching -o $dir/out-nofuzzy.po $dir/gettext/de.po $dir/gettext/messages.pot"
  local fuzzy="msgmerge --quiet -o $dir/out-fuzzy.po $dir/gettext/de.po $dir/gettext/messages.pot"
  hyperfine --warmup 1 --runs "$RUNS" --prepare "$restore" --export-json "$RESULTS/sync.json" \
    -n "careguide sync (50k keys)" "$ours" \
    -n "careguide sync (50k keys, launcher options $small)" "$ours_small" \
    -n "msgmerge --no-fuzzy-matching" "$nofuzzy"
  hyperfine --runs "${FUZZY_RUNS:-3}" --export-json "$RESULTS/sync-fuzzy.json" -n "msgmerge (fuzzy)" "$fuzzy"
  eval "$restore"
  peak sync-careguide java -cp "$BENCH_JAR" dev.careguide.benchmarks.CatalogSyncRun \
    "$dir/careguide/model-after.json" "$dir/run-i18n" de
  peak sync-msgmerge-no-fuzzy msgmerge --quiet --no-fuzzy-matching -o "$dir/out-nofuzzy.po" \
    "$dir/gettext/de.po" "$dir/gettext/messages.pot"
  peak sync-msgmerge-fuzzy msgmerge --quiet -o "$dir/out-fuzzy.po" "$dir/gettext/de.po" "$dir/gettext/messages.pot"
  # The same sync as the launcher runs the JVM (with the JVM's defaults the initial heap alone is 1/64 of the
  # machine's memory).
  eval "$restore"
  peak sync-careguide-launcher java $small -cp "$BENCH_JAR" \
    dev.careguide.benchmarks.CatalogSyncRun "$dir/careguide/model-after.json" "$dir/run-i18n" de
  # The translation-memory step alone: memory built from the catalogs, suggestions for the changed strings.
  eval "$restore"
  java -cp "$BENCH_JAR" dev.careguide.benchmarks.SuggestionRun "$dir/careguide/model-after.json" "$dir/run-i18n" de \
    2>/dev/null | tee "$RESULTS/suggest.txt"
  summary "$RESULTS/sync.json" "$RESULTS/sync-fuzzy.json" | tee "$RESULTS/sync-summary.md"
}

# The CLI's own sync (import + catalog sync) on a generated project whose articles were revised: 5% of list
# items and numbered paragraphs reworded, 2% deleted. Whatever keys that changes is counted from its output.
sync_cli() {
  need "$BENCH_JAR" "$CLI_JAR"
  local size=${SYNC_CLI_SIZE:-1000}
  local base=$WORK/pipeline-$size dir=$WORK/sync-cli-$size
  [[ -d $base/src/main/i18n ]] || generate "$base" "$size"
  if [[ ! -d $dir/pristine-i18n ]]; then
    rm -rf "$dir" && mkdir -p "$dir" && cp -r "$base/src" "$dir/"
    java -cp "$BENCH_JAR" dev.careguide.benchmarks.corpus.CorpusReviser "$dir" 5 2 2>&1 | tee "$RESULTS/sync-cli.txt"
    cp -r "$dir/src/main/i18n" "$dir/pristine-i18n"
  fi
  local restore="rm -rf $dir/src/main/i18n && cp -r $dir/pristine-i18n $dir/src/main/i18n"
  hyperfine --runs "${SYNC_CLI_RUNS:-3}" --prepare "$restore" --export-json "$RESULTS/sync-cli.json" \
    -n "careguide sync CLI ($size articles x $LOCALES locales, revised)" "java -jar $CLI_JAR sync -p $dir"
  eval "$restore"
  peak "sync-cli-$size" java -jar "$CLI_JAR" sync -p "$dir"
  grep -h "Rewrote\|in sync" "$RESULTS/peak-sync-cli-$size.stderr" | tee -a "$RESULTS/sync-cli.txt"
  summary "$RESULTS/sync-cli.json" | tee "$RESULTS/sync-cli-summary.md"
}

# A generated project with translated catalogs: the articles, then the CLI's own sync for the target
# locales, synthetic translations in every untranslated entry, and a second sync that records them.
generate() {
  local project=$1 n=$2 tags start
  rm -rf "$project"
  start=$(date +%s)
  java -cp "$BENCH_JAR" dev.careguide.benchmarks.corpus.CorpusGenerator "$project" "$n" 0
  tags=$(java -cp "$BENCH_JAR" dev.careguide.benchmarks.corpus.CatalogFiller --tags "$LOCALES")
  java -Xmx6g -jar "$CLI_JAR" sync -p "$project" -l "$tags" >/dev/null
  java -cp "$BENCH_JAR" dev.careguide.benchmarks.corpus.CatalogFiller "$project" "$LOCALES"
  java -Xmx6g -jar "$CLI_JAR" sync -p "$project" -l "$tags" >/dev/null
  echo "generated $n articles x $LOCALES locales ($tags) in $(( $(date +%s) - start )) s" | tee -a "$RESULTS/generate.txt"
}

pipeline() {
  need "$BENCH_JAR" "$CLI_JAR"
  local files=()
  for n in $SIZES; do
    local project=$WORK/pipeline-$n
    if [[ ! -d $project/src/main/i18n ]]; then
      generate "$project" "$n"
    fi
    # The largest projects run once, under /usr/bin/time only (wall time and peak memory of that one run).
    # Sizes in SEQUENTIAL_SIZES also run with one thread, side by side with the default (one per processor).
    if [[ $n -lt ${LARGE:-5000} ]]; then
      local sequential=()
      if [[ " ${SEQUENTIAL_SIZES:-1000} " == *" $n "* ]]; then
        sequential=(-n "build $n articles x $LOCALES locales, -Xmx$XMX, --threads 1"
          "java -Xmx$XMX -jar $CLI_JAR build -p $project --threads 1")
      fi
      hyperfine -i --runs "$RUNS" --prepare "rm -rf $project/target" \
        --export-json "$RESULTS/pipeline-$n-xmx$XMX.json" \
        -n "build $n articles x $LOCALES locales, -Xmx$XMX" "java -Xmx$XMX -jar $CLI_JAR build -p $project" \
        "${sequential[@]}"
      files+=("$RESULTS/pipeline-$n-xmx$XMX.json")
    fi
    rm -rf "$project/target"
    peak "pipeline-$n-xmx$XMX" java -Xmx"$XMX" -jar "$CLI_JAR" build -p "$project"
  done
  [[ ${#files[@]} -gt 0 ]] && summary "${files[@]}" | tee "$RESULTS/pipeline-xmx$XMX-summary.md"
}

# Re-importing the generated project with its id registry against the same import without one (issue 12):
# the registry sync wrote for the project as generated (every item matches by its text), and the same registry
# after CorpusReviser reworded 5% and deleted 2% of the list items (items match by their lines and words).
registry() {
  need "$BENCH_JAR" "$CLI_JAR"
  local size=${REGISTRY_SIZE:-1000}
  local base=$WORK/pipeline-$size dir=$WORK/registry-$size
  [[ -f $base/src/main/careguide/ids.json ]] || generate "$base" "$size"
  if [[ ! -d $dir/revised/src ]]; then
    rm -rf "$dir" && mkdir -p "$dir/revised" && cp -r "$base/src" "$dir/revised/"
    java -cp "$BENCH_JAR" dev.careguide.benchmarks.corpus.CorpusReviser "$dir/revised" 5 2 | tee "$RESULTS/registry.txt"
  fi
  local import="java -Xmx$XMX -jar $CLI_JAR import"
  hyperfine --warmup 1 --runs "$RUNS" --prepare "rm -rf $base/target $dir/revised/target" \
    --export-json "$RESULTS/registry.json" \
    -n "import $size articles, no registry" "$import -p $base --ids $base/no-registry.json" \
    -n "import $size articles with their registry" "$import -p $base" \
    -n "import $size revised articles, no registry" "$import -p $dir/revised --ids $dir/revised/no-registry.json" \
    -n "import $size revised articles with the registry" "$import -p $dir/revised"
  wc -c "$base/src/main/careguide/ids.json" | tee -a "$RESULTS/registry.txt"
  summary "$RESULTS/registry.json" | tee "$RESULTS/registry-summary.md"
}

# The review site of the pipeline projects: `careguide site` on a project whose build is up to date (the
# fingerprint check, then the site alone) against `careguide build` on the same project (the fingerprint check
# alone); the difference is the site. Then the site's size and file count.
site() {
  need "$BENCH_JAR" "$CLI_JAR"
  local files=()
  for n in ${SITE_SIZES:-1000}; do
    local project=$WORK/pipeline-$n
    [[ -d $project/src/main/i18n ]] || generate "$project" "$n"
    java -Xmx"$XMX" -jar "$CLI_JAR" build -p "$project" >/dev/null 2>&1 || true
    hyperfine --warmup 1 --runs "$RUNS" --export-json "$RESULTS/site-$n.json" \
      -n "build $n articles, up to date (baseline)" "java -Xmx$XMX -jar $CLI_JAR build -p $project" \
      -n "site $n articles, build up to date" "java -Xmx$XMX -jar $CLI_JAR site -p $project"
    peak "site-$n-xmx$XMX" java -Xmx"$XMX" -jar "$CLI_JAR" site -p "$project"
    local dir=$project/target/careguide/site
    echo "site of $n articles: $(find "$dir" -type f | wc -l) files, $(find "$dir" -name '*.html' | wc -l) pages, $(du -sh "$dir" | cut -f1), largest page $(find "$dir" -name '*.html' -printf '%s\n' | sort -n | tail -1) bytes" \
      | tee -a "$RESULTS/site-size.txt"
    files+=("$RESULTS/site-$n.json")
  done
  summary "${files[@]}" | tee "$RESULTS/site-summary.md"
}

# One article of LARGE_IMPORT_MB megabytes (the example's text repeated, each copy's words numbered so nothing
# merges) imported under -Xmx$XMX: wall time, peak memory and exit code (0 expected; 3 means it ran out).
large_import() {
  need "$CLI_JAR"
  local mb=${LARGE_IMPORT_MB:-50} dir=$WORK/large-import
  local article=$dir/large.txt source=$ROOT/examples/leg-cramps/src/main/content/leg-cramps-pregnancy.txt
  mkdir -p "$dir"
  if [[ ! -s $article || $(stat -c %s "$article") -lt $(( mb << 20 )) ]]; then
    head -1 "$source" > "$article"
    local i=0
    while [[ $(stat -c %s "$article") -lt $(( mb << 20 )) ]]; do
      for _ in $(seq 100); do sed "1d; s/cramps/cramps$i/g" "$source"; i=$((i + 1)); done >> "$article"
    done
  fi
  rm -rf "$dir/out"
  peak "import-${mb}mb-xmx$XMX" java -Xmx"$XMX" -jar "$CLI_JAR" import "$article" -o "$dir/out"
  # The same through the launcher users get (its batch-job options, no heap cap).
  rm -rf "$dir/out"
  peak "import-${mb}mb-launcher" "$(dirname "$CLI_JAR")/careguide" import "$article" -o "$dir/out"
}

# The example project with LARGE_CHECK_KEYS (default 100,000) keys the source does not have appended to its
# de catalog, checked under -Xmx$XMX with the SARIF log on stdout: one problem per key, streamed. Exit 1 expected.
large_check() {
  need "$CLI_JAR"
  local keys=${LARGE_CHECK_KEYS:-100000} dir=$WORK/large-check
  rm -rf "$dir" && mkdir -p "$dir" && cp -r "$ROOT/examples/leg-cramps/src" "$dir/"
  seq 0 $((keys - 1)) | sed 's/.*/unknown.key&=Übersetzung {n} Nummer &/' \
    >> "$dir/src/main/i18n/leg-cramps-pregnancy/messages_de.properties"
  peak "check-${keys}-keys-xmx$XMX" sh -c "java -Xmx$XMX -jar $CLI_JAR check -p $dir --format sarif > $dir/check.sarif"
  echo "SARIF log: $(stat -c %s "$dir/check.sarif") bytes, $(grep -c '"ruleId"' "$dir/check.sarif") results" \
    | tee -a "$RESULTS/peak-rss.txt"
  peak "check-${keys}-keys-launcher" sh -c "$(dirname "$CLI_JAR")/careguide check -p $dir --format sarif > $dir/check.sarif"
  echo "SARIF log (launcher): $(stat -c %s "$dir/check.sarif") bytes, $(grep -c '"ruleId"' "$dir/check.sarif") results" \
    | tee -a "$RESULTS/peak-rss.txt"
}

maven() {
  local example=$ROOT/examples/leg-cramps/pom.xml
  local mvn="$ROOT/mvnw -B -q -o -f $example"
  hyperfine --runs "$RUNS" --prepare "rm -rf $ROOT/examples/leg-cramps/target" --export-json "$RESULTS/maven-full.json" \
    -n "example: full build (clean)" "$mvn package"
  hyperfine --warmup 1 --runs "$RUNS" --export-json "$RESULTS/maven-incremental.json" \
    -n "example: plugin skipped" "$mvn package -Dcareguide.skip" \
    -n "example: up-to-date rebuild" "$mvn package"
  summary "$RESULTS/maven-full.json" "$RESULTS/maven-incremental.json" | tee "$RESULTS/maven-summary.md"
}

[[ $# -eq 0 ]] && set -- all
for part in "$@"; do
  case $part in
    machine|jmh|sync|sync_cli|pipeline|site|registry|maven|large_import|large_check) $part ;;
    generate) need "$BENCH_JAR" "$CLI_JAR"; for n in $SIZES; do generate "$WORK/pipeline-$n" "$n"; done ;;
    all) machine; jmh; sync; sync_cli; pipeline; site; registry; maven; large_import; large_check; machine ;;
    *) echo "unknown part '$part' (machine, generate, jmh, sync, sync_cli, pipeline, site, registry, maven," \
            "large_import, large_check, all)" >&2
       exit 2 ;;
  esac
done
