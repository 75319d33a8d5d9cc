/** Numbers, scales, ranges, bounds and units as written in English and Chinese reports. */
package org.specledger.claims.numbers;
