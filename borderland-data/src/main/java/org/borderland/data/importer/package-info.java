/** What every importer is: a reader of raw files that emits sourced observations. */
package org.borderland.data.importer;
