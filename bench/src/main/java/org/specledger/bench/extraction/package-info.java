/**
 * Extraction measured: article extraction and publication dates against stored real-world pages (beside their
 * peers), and claim-extraction throughput on generated text.
 */
package org.specledger.bench.extraction;
