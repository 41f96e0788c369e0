/**
 * The domain model: actors ({@link dev.entente.model.Actor}), event records ({@link
 * dev.entente.model.Event}) and the news {@link dev.entente.model.Report}s that carry them.
 *
 * <p>Every type is an immutable value with a fluent builder ({@code Meeting.builder()}); builders
 * validate at build time and throw {@link java.lang.IllegalArgumentException} naming the field and
 * the value. Collections are never null. Depends on {@code dev.entente.time} and nothing else of
 * the library.
 */
@ValueStyle
package dev.entente.model;

import dev.entente.internal.ValueStyle;
