/** One polite HTTP exchange: which URLs may be fetched, redirects, limits, conditional GET and retry hints. */
package org.specledger.crawler.fetch;
