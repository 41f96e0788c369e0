/**
 * The JSON interchange format, version 1 (report-format sections 1-3, 5 and 6): {@link
 * dev.entente.json.ReportReader} reads report documents ({@code .json}, {@code .jsonl}, folders)
 * and names every bad input with its file, line, column and JSON path ({@link
 * dev.entente.json.Problem}); {@link dev.entente.json.ReportWriter} writes the canonical form; {@link
 * dev.entente.json.EntenteJsonModule} plugs the same code into a user's Jackson 3 mapper.
 */
package dev.entente.json;
