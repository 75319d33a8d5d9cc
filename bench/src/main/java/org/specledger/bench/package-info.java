/** Benchmark harnesses (ingest throughput and heap, server load) and the Markdown report they write to bench-results/. */
package org.specledger.bench;
