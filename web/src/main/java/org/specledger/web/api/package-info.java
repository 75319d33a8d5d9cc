/** The JSON API of SPEC_SCHEMA.md: models, claims, flags, documents, search, fact sheets. */
package org.specledger.web.api;
