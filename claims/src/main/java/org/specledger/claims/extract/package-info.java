/** Text to claims: the {@link org.specledger.claims.extract.ClaimExtractor} facade and its attribute rules. */
package org.specledger.claims.extract;
