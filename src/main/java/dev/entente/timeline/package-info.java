/**
 * The timeline service: a live, thread-safe timeline that services feed reports into and query
 * ({@link dev.entente.timeline.TimelineService}).
 */
@ValueStyle
package dev.entente.timeline;

import dev.entente.internal.ValueStyle;
