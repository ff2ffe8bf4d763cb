/** Questions asked of the panel by commands: rows of one country, point-in-time picks, coverage. */
package org.borderland.data.query;
