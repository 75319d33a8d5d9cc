/** How firmly a sentence states what it says: stated, reported, rumoured or speculative. */
package org.specledger.claims.hedges;
