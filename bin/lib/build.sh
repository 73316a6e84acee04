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
