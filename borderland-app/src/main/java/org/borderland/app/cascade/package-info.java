/** The domino cascade, step by step: {@code borderland cascade}. */
package org.borderland.app.cascade;
