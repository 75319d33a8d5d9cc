/** What to fetch next: URL normalization and the scope rules that decide which links a source follows. */
package org.specledger.crawler.frontier;
