/** robots.txt per origin (RFC 9309), fetched once, cached, parsed by crawler-commons. */
package org.specledger.crawler.robots;
