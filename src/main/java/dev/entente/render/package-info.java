/** Human-readable renderings of a timeline: markdown with the explanation of each merge, pictures. */
package dev.entente.render;
