/** Precision and recall of extracted claims against a hand-made gold set. */
package org.specledger.claims.eval;
