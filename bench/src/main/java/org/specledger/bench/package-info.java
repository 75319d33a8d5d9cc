/**
 * Every benchmark, out of the runtime jars: the {@code specledger bench} command (the bench jar's
 * {@link org.specledger.bench.BenchMain}), end-to-end harnesses (crawl, ingest throughput and heap, server load,
 * scale-out), their generated corpora, and the Markdown report they write to bench-results/. Subpackages by what is
 * measured: {@code extraction} (article extraction and dates against stored real pages, claim-extraction
 * throughput), {@code search} (the search index).
 */
package org.specledger.bench;
