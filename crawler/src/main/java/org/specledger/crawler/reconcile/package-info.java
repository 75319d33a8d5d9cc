/** The reconciliation stage: reruns consensus and flags for the models new documents touch, and stores the results. */
package org.specledger.crawler.reconcile;
