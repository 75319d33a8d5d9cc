/** Exports for people and programs: fact sheets (Markdown, CSV, JSON, PDF) and bulk claim dumps (JSON Lines, CSV). */
package org.specledger.web.export;
