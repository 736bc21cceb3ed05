#!/usr/bin/env bash
# CI for the binary people get without .NET (README « Sans installer .NET »): publishes the
# linux-x64 Native AOT `objecteur`, runs it where no dotnet can be found (a mount namespace hides
# the SDK; without one, an empty PATH), and checks that every PDF it writes is byte-identical to the
# JIT build's: the whole kit, a blank and a pre-filled letter, a mail merge, the embedded kit.
# Called by .ci/run; runs alone too: bash .ci/binary.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
started=$(date +%s)

# Native AOT compiles and links with clang (or gcc) and needs zlib's headers.
if ! command -v clang >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1 || [ ! -e /usr/include/zlib.h ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev) >/dev/null
fi

# curl asks the web workshop for its pages.
command -v curl >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl) >/dev/null

work=$(mktemp -d /tmp/objecteur-binary.XXXXXX)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 1764547200)}

echo "== dotnet publish src/Objecteur.Print -c Release -r linux-x64 (Native AOT)"
publish_start=$(date +%s)
dotnet publish src/Objecteur.Print -c Release -r linux-x64 -o "$work/bin" -nologo -v q >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; exit 1; }
# Trimming and AOT warnings: only Handlebars.Net, which is not annotated, may have any.
if grep -E 'warning IL[0-9]+' "$work/publish.log" | grep -v "Assembly 'Handlebars' produced" | grep -q .; then
  echo "FAIL trimming or AOT warnings:"; grep -E 'warning IL[0-9]+' "$work/publish.log" | sort -u; exit 1
fi
bin="$work/bin/objecteur"
# OBJECTEUR_BINARY_OUT=DIR keeps a copy of the binary (to hand it out, or to time it).
if [ -n "${OBJECTEUR_BINARY_OUT:-}" ]; then mkdir -p "$OBJECTEUR_BINARY_OUT" && cp "$bin" "$OBJECTEUR_BINARY_OUT/"; fi
echo "ok   $bin: $(du -m "$bin" | cut -f1) MiB, published in $(( $(date +%s) - publish_start )) s"
# Native: no .NET host, no managed entry assembly beside it.
if ldd "$bin" | grep -qiE 'hostfxr|coreclr|libclrjit'; then echo "FAIL the binary links to .NET"; ldd "$bin"; exit 1; fi
[ "$(ls "$work/bin")" = "objecteur" ] || { echo "FAIL the publish folder holds more than the binary:"; ls "$work/bin"; exit 1; }

# The same commands through the JIT build, for reference.
dotnet build src/Objecteur.Print -nologo -v q >/dev/null
jit() { dotnet "$repo/src/Objecteur.Print/bin/Debug/net10.0/objecteur.dll" "$@"; }

# A tiny merge table: three people, all made up.
cat >"$work/personnes.csv" <<'CSV'
nom;adresse;numero_allocataire;caf_nom;caf_adresse;ville
Camille Exemple;3 place du Marché / 99000 Ville-Exemple;1234567;CAF de la Loire;1 rue des Exemples / 99000 Ville-Exemple;Ville-Exemple
Dominique Modèle;5 rue Haute / 99000 Ville-Exemple;7654321;CAF de la Loire;1 rue des Exemples / 99000 Ville-Exemple;Ville-Exemple
Sacha Essai;8 allée Basse / 99000 Ville-Exemple;1111111;CAF de la Loire;1 rue des Exemples / 99000 Ville-Exemple;Ville-Exemple
CSV
sender=tests/Objecteur.Print.Tests/Fixtures/expediteur.yaml

# Runs every command with one program ($1: a function or a path) into $2.
run_all() {
  local run=$1 out=$2
  mkdir -p "$out/vide"
  $run build --sortie "$out/kit" >/dev/null
  $run lettre caf-papier --vierge --sortie "$out/lettre" >/dev/null
  $run lettre caf-papier --expediteur "$sender" --sortie "$out/lettre" >/dev/null
  $run publipostage caf-papier --donnees "$work/personnes.csv" --par-fichier 2 --sortie "$out/publipostage" >/dev/null
  # From a folder with no kit: the kit embedded in the program.
  (cd "$out/vide" && $run build statut-a4 badges-58 >/dev/null 2>&1)
  $run nouveau-kit "$out/nouveau-kit" >/dev/null
  # The web workshop: its address comes first on stdout, then it serves a page and a blank
  # letter, and stops cleanly when asked.
  $run atelier --port 0 --sans-navigateur >"$out/atelier.txt" 2>"$out/atelier.err" &
  local pid=$! tries=0
  until [ -s "$out/atelier.txt" ] || [ "$tries" -ge 1200 ]; do sleep 0.1; tries=$((tries + 1)); done
  local address; address=$(head -n 1 "$out/atelier.txt")
  case "$address" in http://127.0.0.1:*/) ;; *) echo "FAIL atelier printed « $address » first"; cat "$out/atelier.err"; return 1 ;; esac
  curl -fsS --max-time 300 "$address" -o "$out/atelier-accueil.html"
  curl -fsS --max-time 120 "${address}lettres/caf-papier/vierge" -o "$out/atelier/lettre-vierge.pdf" --create-dirs
  # SIGTERM, as a service manager stops it: a shell may start background jobs with SIGINT
  # ignored, so Ctrl-C (SIGINT) is tested by the workshop's own process test instead.
  # $run is a shell function: the background job is a subshell whose child is the workshop.
  local workshop; workshop=$(pgrep -P "$pid" || echo "$pid")
  kill -TERM "$workshop"
  tries=0
  while kill -0 "$pid" 2>/dev/null && [ "$tries" -lt 600 ]; do sleep 0.1; tries=$((tries + 1)); done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$workshop" "$pid"; echo "FAIL atelier did not stop within 60 s"; return 1; fi
  wait "$pid"
  grep -q "Atelier arrêté" "$out/atelier.txt" || { echo "FAIL atelier did not stop cleanly"; return 1; }
}

echo "== JIT build (dotnet objecteur.dll)"
run_all jit "$work/jit"

# No dotnet anywhere: the SDK folder hidden in a mount namespace when we may, PATH empty always.
nodotnet=(env -i PATH="$work/empty-path" HOME="$work/home" LANG=C.UTF-8 SOURCE_DATE_EPOCH="$SOURCE_DATE_EPOCH")
mkdir -p "$work/empty-path" "$work/home" "$work/empty"
# The few tools run_all needs; none of them is .NET.
for tool in mkdir sleep head cat curl grep pgrep; do ln -s "$(command -v "$tool")" "$work/empty-path/$tool"; done
dotnet_dir=$(dirname "$(readlink -f "$(command -v dotnet)")")
hide=""
if unshare -m true 2>/dev/null; then hide="mount --bind $work/empty $dotnet_dir &&"; fi
cat >"$work/aot.sh" <<EOF
set -euo pipefail
if command -v dotnet >/dev/null 2>&1 || [ -x /usr/bin/dotnet ] || [ -e "$dotnet_dir/dotnet" ]; then echo "FAIL dotnet is reachable"; exit 1; fi
cd "$repo"
source "$work/functions.sh"
aot() { "$bin" "\$@"; }
run_all aot "$work/aot"
"$bin" list >/dev/null
"$bin" >"$work/aide.txt"
set +e; "$bin" build inconnu 2>"$work/erreur.txt"; code=\$?; set -e
[ "\$code" -eq 2 ] || { echo "FAIL an unknown document exits \$code, not 2"; exit 1; }
EOF
{ declare -f run_all; echo "work=$work; sender=$sender"; } >"$work/functions.sh"
echo "== Native AOT binary, without dotnet${hide:+ (SDK hidden: $dotnet_dir)}"
if [ -n "$hide" ]; then
  unshare -m /bin/bash -c "$hide ${nodotnet[*]} /bin/bash $work/aot.sh"
else
  "${nodotnet[@]}" /bin/bash "$work/aot.sh"
fi
grep -q "Utilisation :" "$work/aide.txt" || { echo "FAIL « objecteur » alone prints no French help"; exit 1; }
grep -q "document « inconnu » inconnu" "$work/erreur.txt" || { echo "FAIL no French message for an unknown document"; exit 1; }

echo "== comparing the PDFs of both builds"
count=0; differ=0
while IFS= read -r -d '' pdf; do
  rel=${pdf#"$work/jit/"}
  count=$((count + 1))
  if ! cmp -s "$pdf" "$work/aot/$rel"; then echo "FAIL $rel differs (or is missing) in the AOT build"; differ=1; fi
done < <(find "$work/jit" -name '*.pdf' -print0 | sort -z)
extra=$(cd "$work/aot" && find . -name '*.pdf' | wc -l)
[ "$extra" -eq "$count" ] || { echo "FAIL the AOT build wrote $extra PDFs, the JIT build $count"; differ=1; }
diff -r "$work/jit/nouveau-kit" "$work/aot/nouveau-kit" >/dev/null || { echo "FAIL nouveau-kit wrote different files"; differ=1; }
diff -r content "$work/aot/nouveau-kit/content" >/dev/null && diff -r templates "$work/aot/nouveau-kit/templates" >/dev/null \
  || { echo "FAIL nouveau-kit did not write the repository's kit"; differ=1; }
[ "$differ" -eq 0 ]
[ "$count" -ge 30 ] || { echo "FAIL only $count PDFs compared"; exit 1; }
echo "ok   $count PDFs byte-identical (kit, letters, merge, embedded kit); binary checked in $(( $(date +%s) - started )) s"
