# Shared by bin/kiosk and bin/kioskctl: (re)build the reactor when any source or pom is newer
# than the last build, then expose the kiosk-app class path as $KIOSK_CLASSPATH.
# Maven's output goes to standard error so command output (e.g. --json) stays clean.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
app="$root/kiosk-app"
stamp="$app/target/runtime-classpath.txt"

kiosk_stale() {
  [[ ! -f "$stamp" || ! -d "$app/target/classes" ]] && return 0
  [[ -n "$(find "$root"/*/src/main "$root"/*/pom.xml "$root/pom.xml" -newer "$stamp" -print -quit 2>/dev/null)" ]]
}

if kiosk_stale; then
  command -v mvn >/dev/null || { echo "$(basename "$0"): Maven (mvn) is needed to build the kiosk" >&2; exit 1; }
  command -v java >/dev/null || { echo "$(basename "$0"): a Java 17+ runtime (java) is needed" >&2; exit 1; }
  echo "$(basename "$0"): building (mvn -q -DskipTests package)…" >&2
  (cd "$root" && mvn -B -q -DskipTests package) >&2
  touch "$stamp"
fi

KIOSK_CLASSPATH="$app/target/classes:$(cat "$stamp")"
# The configuration directory: --config wins, then KIOSK_CONFIG, then this checkout's config/.
export KIOSK_CONFIG="${KIOSK_CONFIG:-$root/config}"

# Class Data Sharing: the classes a command loaded are kept in an archive its next start maps in
# instead of parsing and verifying them again (start-up is most of a short kioskctl command).
# An archive belongs to one exact class path (and jar dates): any change gives a new name, so a
# stale one is never used; a missing one is made by that run (-XX:ArchiveClassesAtExit) and moved
# into place only when complete. CDS needs every class path entry to be a jar, so it is used only
# when kiosk-app's jar is at least as new as its classes. KIOSK_CDS=off turns it off.
# Usage: kiosk_cds NAME  -> sets KIOSK_CDS_OPTS (java options) and KIOSK_CDS_DUMP (the archive being made, or empty).
kiosk_cds() {
  KIOSK_CDS_OPTS=()
  KIOSK_CDS_DUMP=""
  [[ "${KIOSK_CDS:-on}" == off ]] && return 0
  local jar
  jar="$(ls "$app"/target/kiosk-app-*.jar 2>/dev/null | head -n 1)"
  [[ -n "$jar" && -z "$(find "$app/target/classes" -newer "$jar" -type f -print -quit 2>/dev/null)" ]] || return 0
  KIOSK_CLASSPATH="$jar:$(cat "$stamp")"
  local key dir archive
  key="$( (echo "$KIOSK_CLASSPATH"; stat -c '%n %s %Y' "$(readlink -f "$(command -v java)")"; tr ':' '\n' <<<"$KIOSK_CLASSPATH" | xargs -d '\n' stat -c '%n %s %Y' 2>&1) | cksum | cut -d' ' -f1)"
  dir="$app/target/cds"
  archive="$dir/$1-$key.jsa"
  # -Xlog:disable: CDS never prints to standard output (kioskctl --json stays clean); a bad archive is ignored.
  if [[ -f "$archive" ]]; then
    KIOSK_CDS_OPTS=(-XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:disable)
  elif mkdir -p "$dir" 2>/dev/null && [[ -w "$dir" ]]; then
    rm -f "$dir/$1"-*.jsa
    KIOSK_CDS_DUMP="$archive.$$.tmp"
    KIOSK_CDS_OPTS=(-XX:ArchiveClassesAtExit="$KIOSK_CDS_DUMP" -Xlog:disable)
  fi
}

# After a run that made an archive: put it in place if the JVM wrote it whole.
kiosk_cds_keep() {
  [[ -n "$KIOSK_CDS_DUMP" ]] || return 0
  if [[ -s "$KIOSK_CDS_DUMP" ]]; then mv -f "$KIOSK_CDS_DUMP" "${KIOSK_CDS_DUMP%.*.tmp}"; else rm -f "$KIOSK_CDS_DUMP"; fi
}
