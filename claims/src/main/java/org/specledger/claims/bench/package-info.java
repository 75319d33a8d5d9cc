/** Throughput harnesses (main code, not tests): they return figures, they assert nothing. */
package org.specledger.claims.bench;
