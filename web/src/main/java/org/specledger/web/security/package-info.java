/** What every response and every admin action must pass: security headers, CSRF tokens, the admin token, URL checks. */
package org.specledger.web.security;
