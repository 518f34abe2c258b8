/*
 * An independent SQLCipher 4 reader (Zetetic's SQLCipher, not SQLite3MultipleCiphers) for the interoperability
 * test: opens a database, keys it with a raw hex key (or not at all when the key is "-"), runs one SQL statement
 * and prints each row as values separated by "|". Exit status 1 when the database cannot be read.
 * Usage: sqlcipher-check DATABASE HEXKEY|- SQL
 */
#include <stdio.h>
#include <string.h>
#include "sqlite3.h"

static int print_row(void *unused, int columns, char **values, char **names) {
  (void)unused;
  (void)names;
  for (int i = 0; i < columns; i++) printf("%s%s", i ? "|" : "", values[i] ? values[i] : "");
  printf("\n");
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: sqlcipher-check DATABASE HEXKEY|- SQL\n");
    return 2;
  }
  sqlite3 *db = NULL;
  if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
    fprintf(stderr, "open: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  if (strcmp(argv[2], "-") != 0) {
    char pragma[256];
    snprintf(pragma, sizeof pragma, "PRAGMA key = \"x'%s'\";", argv[2]);
    if (sqlite3_exec(db, pragma, NULL, NULL, NULL) != SQLITE_OK) {
      fprintf(stderr, "key: %s\n", sqlite3_errmsg(db));
      return 1;
    }
  }
  char *error = NULL;
  if (sqlite3_exec(db, "PRAGMA cipher_version;", print_row, NULL, &error) != SQLITE_OK) {
    sqlite3_free(error);
    error = NULL;
  }
  if (sqlite3_exec(db, argv[3], print_row, NULL, &error) != SQLITE_OK) {
    fprintf(stderr, "query: %s\n", error ? error : "?");
    sqlite3_free(error);
    sqlite3_close(db);
    return 1;
  }
  sqlite3_close(db);
  return 0;
}
