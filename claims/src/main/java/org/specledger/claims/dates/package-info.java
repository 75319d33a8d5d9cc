/** Datelines, event dates and relative dates, resolved against a publication date. */
package org.specledger.claims.dates;
