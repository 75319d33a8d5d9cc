/**
 * Reconciliation across documents: syndicated copies grouped into one source, consensus per (model, attribute), and flags.
 */
package org.specledger.claims.reconcile;
