/**
 * Reconciliation on Apache Spark: the stages of {@link dev.entente.reconcile.Components} run on
 * the executors of a cluster, with the same events as the single-machine reconciler.
 *
 * <p>Spark is a {@code provided} dependency: only an application that uses this package needs
 * Spark (4.x, Scala 2.13) on its class path, and no other package of the library loads it.
 */
package dev.entente.spark;
