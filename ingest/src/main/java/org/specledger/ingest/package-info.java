/**
 * The ingest pipeline shared by crawl and import: decode, extract the article and its claims, store, notify
 * ({@code Ingester}); the index and reconciliation stages that listen to it ({@code IndexStage},
 * {@code ReconcileStage}). Subpackages: {@code local} (import of files and folders), {@code gold} (the same path
 * run on a gold set and scored).
 */
package org.specledger.ingest;
