/**
 * The domain of SpecLedger: the records every module shares ({@link org.specledger.claims.Document},
 * {@link org.specledger.claims.Claim}, {@link org.specledger.claims.Flag}, {@link org.specledger.claims.Model})
 * and the vocabulary of ../shared/SPEC_SCHEMA.md. Pure Java: nothing in this module does I/O.
 */
package org.specledger.claims;
