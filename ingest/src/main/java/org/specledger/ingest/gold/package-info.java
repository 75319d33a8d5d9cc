/** Extraction measured against a gold file: saved pages through the real article and claim extraction, scored. */
package org.specledger.ingest.gold;
