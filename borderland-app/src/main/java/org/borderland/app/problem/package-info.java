/**
 * Problems a user can cause, as one sealed hierarchy both doors map: the CLI to messages and exit
 * codes, the server to statuses and the JSON error shape.
 */
package org.borderland.app.problem;
