/** The HTML pages: search, spec sheets, flags board, benchmarks, documents, sources. */
package org.specledger.web.pages;
