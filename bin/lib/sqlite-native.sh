# Shared by bin/kiosk and bin/kioskctl (after lib/build.sh). sqlite-jdbc copies its native library into
# java.io.tmpdir at every JVM start (sqlite-<version>-<uuid>-libsqlitejdbc.so and a .lck) and deletes the
# copy only at a clean exit; its start-up clean-up skips every copy whose .lck is still there, so a JVM
# that is killed (watchdog, kill -9, power cut) leaves both in /tmp for good. Unpacked here once per
# driver version and named through org.sqlite.lib.path/org.sqlite.lib.name, which the driver tries
# first, nothing is written to /tmp. If it cannot be unpacked the driver's own way is left in place.
# Usage: kiosk_sqlite_native  -> sets KIOSK_SQLITE_OPTS (java options, possibly none).
kiosk_sqlite_native() {
  KIOSK_SQLITE_OPTS=()
  local jar entry dir lib tmp
  jar="$(tr ':' '\n' <<<"$KIOSK_CLASSPATH" | grep -m 1 '/sqlite-jdbc-[^/]*\.jar$')" || return 0
  entry="org/sqlite/native/Linux/$(uname -m)/libsqlitejdbc.so"
  dir="${KIOSK_SQLITE_NATIVE_DIR:-$app/target/native}/$(basename "$jar" .jar)"
  lib="$dir/libsqlitejdbc.so"
  if [[ ! -s "$lib" ]]; then
    mkdir -p "$dir" 2>/dev/null && tmp="$(mktemp -d "$dir/.unpack.XXXXXX" 2>/dev/null)" || return 0
    # Unpacked aside and renamed into place: JVMs starting at the same time never load a half-written file.
    if (cd "$tmp" && { unzip -q "$jar" "$entry" 2>/dev/null || jar xf "$jar" "$entry" 2>/dev/null; }) && [[ -s "$tmp/$entry" ]]; then
      mv -f "$tmp/$entry" "$lib"
    fi
    rm -rf "$tmp"
    [[ -s "$lib" ]] || return 0
  fi
  KIOSK_SQLITE_OPTS=(-Dorg.sqlite.lib.path="$dir" -Dorg.sqlite.lib.name=libsqlitejdbc.so)
}
