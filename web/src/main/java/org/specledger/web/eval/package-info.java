/** Scoring the ledger against an exhaustive gold file: import its documents for real, then compare what was stored. */
package org.specledger.web.eval;
