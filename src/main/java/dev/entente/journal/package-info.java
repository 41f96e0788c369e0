/**
 * An embedded, append-only journal that loses nothing it acknowledged: numbered entries (a key and a
 * UTF-8 payload) in checksummed JSON-lines segment files, a choice of sync policy, recovery of a torn
 * last entry on open, {@link dev.entente.journal.Journal#verify verify} and {@link
 * dev.entente.journal.Journal#repair repair} for corruption elsewhere, and atomic snapshots of the
 * caller's state. The journal does not interpret payloads. Format and guarantees: {@code
 * docs/durability.md}.
 */
package dev.entente.journal;
