/** Text normalization that keeps every offset true to the stored text, sentence splitting and quotes. */
package org.specledger.claims.text;
