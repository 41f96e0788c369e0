/**
 * The command line, {@code bin/entente} (spec/cli.md): one picocli subcommand per file. The only
 * package that writes to standard output.
 */
package dev.entente.cli;
