/** The curated model and organisation alias lists, and finding model names in text. */
package org.specledger.claims.models;
