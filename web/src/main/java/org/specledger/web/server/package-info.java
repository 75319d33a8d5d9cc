/** The Javalin server: configuration, routes, error mapping and template rendering. */
package org.specledger.web.server;
