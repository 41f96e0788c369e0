/**
 * Dates as news reports them: the resolved {@link dev.entente.time.When} interval with its
 * {@link dev.entente.time.Precision}, the {@link dev.entente.time.Anchor} relative expressions are
 * read against, and the resolver for the English expressions of the interchange format (section 4).
 */
@ValueStyle
package dev.entente.time;

import dev.entente.internal.ValueStyle;
