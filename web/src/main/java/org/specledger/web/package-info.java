/**
 * The read side: the Javalin server alone (pages, API, exports, feeds), given its engines as a
 * {@link org.specledger.web.server.ServerContext}; the command line and the wiring are in {@code org.specledger.app}.
 */
package org.specledger.web;
