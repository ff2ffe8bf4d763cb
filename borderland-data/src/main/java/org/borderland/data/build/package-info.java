/** Building the panel: run every importer, mark re-measurements, validate, and find the panel. */
package org.borderland.data.build;
