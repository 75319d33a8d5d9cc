/** Atom feeds of new flags and of each model's new claims, for readers that follow the ledger. */
package org.specledger.web.feeds;
