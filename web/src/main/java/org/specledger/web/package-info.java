/** The read side and the entry point: the Javalin server (pages, API, exports) and the specledger command line. */
package org.specledger.web;
