// better-sqlite3-multiple-ciphers ships its typings outside its package "exports", so TypeScript's bundler
// resolution cannot see them. Its API is better-sqlite3's: reuse those typings for the module name.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database = require('better-sqlite3');
  export = Database;
}
