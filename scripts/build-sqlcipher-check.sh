#!/usr/bin/env bash
# Builds tests/interop/sqlcipher-check against Zetetic's SQLCipher 4 (the amalgamation that the npm package
# @journeyapps/sqlcipher carries), for the test that an independent SQLCipher 4 implementation opens the vault
# with the vault key and not without it. Needs gcc and OpenSSL's headers (Debian: libssl-dev).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/.test-output/sqlcipher"
binary="$out/sqlcipher-check"
[ -x "$binary" ] && exit 0
mkdir -p "$out"
cd "$out"
rm -rf package ./*.tgz
npm pack --silent @journeyapps/sqlcipher@6.0.0 > /dev/null
tar xzf journeyapps-sqlcipher-6.0.0.tgz package/deps/sqlcipher-amalgamation
amalgamation="$out/package/deps/sqlcipher-amalgamation"
gcc -O1 -w \
  -DSQLITE_HAS_CODEC -DSQLCIPHER_CRYPTO_OPENSSL -DSQLITE_TEMP_STORE=2 -D_GNU_SOURCE -DSQLITE_THREADSAFE=1 -include stdint.h \
  -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_EXTRA_INIT=sqlcipher_extra_init -DSQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown \
  -I "$amalgamation" "$root/tests/interop/sqlcipher-check.c" "$amalgamation/sqlite3.c" \
  -lcrypto -lpthread -lm -o "$binary.partial"
mv "$binary.partial" "$binary"
rm -rf package ./*.tgz
echo "built $binary"
