/**
 * Reviewed public reference data (accelerators, training clusters, chip supply) that bounds what a claim may plausibly say.
 */
package org.specledger.claims.reference;
