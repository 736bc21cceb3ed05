#!/usr/bin/env bash
# The benchmark's pairs: each job a user waits for, timed as a whole process with hyperfine, ours
# (the JIT build and, when given, the Native AOT binary) side by side with the tool people use
# today for the same kind of document, when it is installed:
#   A5 recto-verso flyer with bleed   WeasyPrint (pairs/tract.html + tract.css)
#   booklet A5                        pandoc + LuaLaTeX (Markdown made from content/livret/ by pairs/livret-md.py)
#   one letter                        LibreOffice headless (pairs/lettre.fodt)
#   100-letter merge                  LibreOffice headless, 100 documents in one call
#   whole kit, 1,000-row merge        ours only (letters/s, peak memory)
# then the medians and ratios (peer ÷ ours). Not run by CI: it takes minutes.
#   bash src/Objecteur.Print.Bench/pairs.sh [--runs N] [--aot BINARY | --publish] [--memory ROWS]
# --publish builds the AOT binary first (dotnet publish -r linux-x64); --memory ROWS also samples
# the resident memory of a ROWS-row merge (10,000 for the issue's goal) every half second.
# Peers on Debian: apt-get install weasyprint pandoc texlive-luatex texlive-latex-recommended libreoffice-writer-nogui
# (lualatex itself is in texlive-latex-base, which texlive-latex-recommended brings with the
# packages pandoc's LaTeX template loads; texlive-luatex alone has no lualatex command).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
pairs="$repo/src/Objecteur.Print.Bench/pairs"

runs=5 aot="" publish=false memory=0
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --aot) aot=${2:?--aot needs the path of the binary}; shift 2 ;;
    --publish) publish=true; shift ;;
    --memory) memory=${2:?--memory needs a number of rows}; shift 2 ;;
    *) echo "usage: pairs.sh [--runs N] [--aot BINARY | --publish] [--memory ROWS]" >&2; exit 2 ;;
  esac
done
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }

work=$(mktemp -d /tmp/objecteur-pairs.XXXXXX)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1764547200}

dotnet build src/Objecteur.Print -c Release -nologo -v q >/dev/null
jit="dotnet $repo/src/Objecteur.Print/bin/Release/net10.0/objecteur.dll"
if $publish; then
  dotnet publish src/Objecteur.Print -c Release -r linux-x64 -o "$work/aot" -nologo -v q >/dev/null
  aot="$work/aot/objecteur"
fi
builds=(jit)
[ -n "$aot" ] && builds+=(aot)
program() { if [ "$1" = jit ]; then echo "$jit"; else echo "$aot"; fi; }

# The merge tables: made-up people, one per row.
table() {
  python3 - "$1" "$2" <<'PY'
import sys
rows, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w", encoding="utf-8") as f:
    f.write("nom;adresse;numero_allocataire;caf_nom;caf_adresse;ville\n")
    for i in range(rows):
        f.write(f"Camille Exemple {i};{i} place du Marché / 99000 Ville-Exemple;{1000000 + i};CAF de la Loire;1 rue des Exemples / 99000 Ville-Exemple;Ville-Exemple\n")
PY
}
table 100 "$work/p100.csv"
table 1000 "$work/p1000.csv"
sender=tests/Objecteur.Print.Tests/Fixtures/expediteur.yaml

time_job() { # name, then the command
  local name=$1; shift
  hyperfine --style none --warmup 1 --runs "$runs" --export-json "$work/$name.json" "$@" >/dev/null 2>"$work/$name.err" \
    || { echo "  $name failed:"; tail -5 "$work/$name.err"; }
}

echo "Objecteur.Print pairs: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, $(date -u +%FT%TZ)"
for b in "${builds[@]}"; do
  p=$(program "$b")
  time_job "tract-$b" "$p build tract-caf-algorithme-a5 --sortie $work/out-$b"
  time_job "livret-$b" "$p build livret-a5 --sortie $work/out-$b"
  time_job "lettre-$b" "$p lettre caf-papier --expediteur $sender --sortie $work/out-$b"
  time_job "merge100-$b" "$p publipostage caf-papier --donnees $work/p100.csv --sortie $work/merge-$b"
  time_job "kit-$b" "$p build --sortie $work/kit-$b"
  hyperfine --style none --runs 1 --export-json "$work/merge1000-$b.json" \
    "$p publipostage caf-papier --donnees $work/p1000.csv --sortie $work/merge-$b" >/dev/null 2>&1 || true
  /usr/bin/time -f %M -o "$work/merge1000-$b.rss" $p publipostage caf-papier --donnees "$work/p1000.csv" --sortie "$work/merge-$b" >/dev/null 2>&1 || true
done

if command -v weasyprint >/dev/null; then time_job tract-peer "weasyprint $pairs/tract.html $work/tract-weasyprint.pdf"; fi
if command -v pandoc >/dev/null && command -v lualatex >/dev/null; then
  python3 "$pairs/livret-md.py" "$repo" >"$work/livret.md"
  time_job livret-peer "pandoc $work/livret.md --pdf-engine=lualatex -o $work/livret-pandoc.pdf"
elif command -v pandoc >/dev/null; then
  echo "  pandoc is installed but lualatex is not: apt-get install texlive-latex-recommended" >&2
fi
if command -v soffice >/dev/null; then
  mkdir -p "$work/lo-one" "$work/lo-100"
  office="soffice -env:UserInstallation=file://$work/lo-profile --headless --convert-to pdf"
  cp "$pairs/lettre.fodt" "$work/lo-one/"
  for i in $(seq -w 1 100); do sed "s/NOM_PRENOM/Camille Exemple $i/; s/NUMERO/$((1000000 + 10#$i))/" "$pairs/lettre.fodt" >"$work/lo-100/lettre-$i.fodt"; done
  time_job lettre-peer "$office --outdir $work/lo-one $work/lo-one/lettre.fodt"
  time_job merge100-peer "$office --outdir $work/lo-100 $work/lo-100/*.fodt"
fi

if [ "$memory" -gt 0 ]; then
  table "$memory" "$work/pmem.csv"
  for b in "${builds[@]}"; do
    $(program "$b") publipostage caf-papier --donnees "$work/pmem.csv" --sortie "$work/mem-$b" >/dev/null 2>&1 &
    pid=$!
    : >"$work/mem-$b.samples"
    while kill -0 "$pid" 2>/dev/null; do
      # The CLI runs under dotnet (JIT) or alone (AOT): the process that holds the most is the merge.
      awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null >>"$work/mem-$b.samples" || true
      sleep 0.5
    done
    wait "$pid" || echo "  memory merge ($b) failed"
  done
fi

python3 - "$work" "$runs" "$memory" "${builds[@]}" <<'PY'
import json, os, statistics, sys
work, runs, memory, builds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]

def median(name):
    path = os.path.join(work, name + ".json")
    if not os.path.exists(path): return None
    times = json.load(open(path))["results"][0]["times"]
    return statistics.median(times) if times else None

jobs = [("tract", "A5 recto-verso flyer with bleed", "WeasyPrint"),
        ("livret", "booklet A5 + imposition + guide", "pandoc + LuaLaTeX"),
        ("lettre", "one letter", "LibreOffice headless"),
        ("merge100", "100-letter merge", "LibreOffice, 100 documents in one call"),
        ("kit", "whole kit from a fresh process", None)]
head = "| job | " + " | ".join(f"ours {b.upper()}" for b in builds) + " | peer | " + " | ".join(f"ratio {b.upper()}" for b in builds) + " |"
print(head)
print("|" + "---|" * (head.count("|") - 1))
for key, label, peer_name in jobs:
    ours = [median(f"{key}-{b}") for b in builds]
    peer = median(f"{key}-peer") if peer_name else None
    cells = [f"{t:.3f} s" if t else "–" for t in ours]
    peer_cell = f"{peer_name}: {peer:.3f} s" if peer else (f"{peer_name}: not installed" if peer_name else "–")
    ratios = [f"{peer / t:.1f}×" if peer and t else "–" for t in ours]
    print(f"| {label} | " + " | ".join(cells) + f" | {peer_cell} | " + " | ".join(ratios) + " |")
for b in builds:
    t = median(f"merge1000-{b}")
    rss_path = os.path.join(work, f"merge1000-{b}.rss")
    rss = int(open(rss_path).read().split()[-1]) / 1024 if os.path.exists(rss_path) and open(rss_path).read().strip() else None
    if t: print(f"1,000-row merge ({b.upper()}): {t:.2f} s, {1000 / t:.0f} letters/s" + (f", peak {rss:.0f} MiB" if rss else ""))
if memory:
    for b in builds:
        samples = [int(x) / 1024 for x in open(os.path.join(work, f"mem-{b}.samples")).read().split()]
        if not samples: continue
        step = max(1, len(samples) // 12)
        print(f"{memory}-row merge ({b.upper()}): peak {max(samples):.0f} MiB; resident memory every {step / 2:g} s: "
              + ", ".join(f"{s:.0f}" for s in samples[::step]) + " MiB")
PY
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
